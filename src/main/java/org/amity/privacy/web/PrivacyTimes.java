package org.amity.privacy.web;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

/** Times and deadline clocks on the personal-data pages, in UTC. */
@Component("privacyTimes")
class PrivacyTimes {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

	public String format(Instant instant) {
		return instant == null ? "" : TIME.format(instant) + " UTC";
	}

	/** Whole hours in a duration, rounded towards zero (a clock shows "71 h" until the 72nd hour is over). */
	public long hours(Duration duration) {
		return duration.toHours();
	}
}
