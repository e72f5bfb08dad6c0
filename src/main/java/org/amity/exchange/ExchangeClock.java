package org.amity.exchange;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** The time the exchange rules read (a call's dates, when things happened); a test may set its own clock. */
@Component
class ExchangeClock {

	private final Clock clock;

	ExchangeClock(ObjectProvider<Clock> clock) {
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	Instant now() {
		return clock.instant();
	}

	LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
	}
}
