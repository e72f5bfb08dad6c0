package org.amity.exchange;

import java.time.LocalDate;
import java.util.Objects;

import org.amity.shared.LocalizedText;

/** A call for applications to a program for one year, open between two dates once published. */
public record Call(long id, long programId, int year, LocalizedText title, LocalDate opens, LocalDate closes,
		boolean published, CallSettings settings, boolean demo) {

	public Call {
		Objects.requireNonNull(settings, "settings");
		if (title == null || title.isEmpty()) {
			throw new ExchangeRefusedException(ExchangeRefusedException.Reason.TITLE_MISSING, "A call needs a title");
		}
		if (opens == null || closes == null || closes.isBefore(opens)) {
			throw new ExchangeRefusedException(ExchangeRefusedException.Reason.DATES_REVERSED,
					"A call closes after it opens");
		}
		if (year < 1900 || year > 2200) {
			throw new ExchangeRefusedException(ExchangeRefusedException.Reason.DATES_REVERSED, "Not a year: " + year);
		}
	}

	public boolean isOpenOn(LocalDate day) {
		return published && !day.isBefore(opens) && !day.isAfter(closes);
	}

	public boolean isClosedOn(LocalDate day) {
		return day.isAfter(closes);
	}

	public Phase phaseOn(LocalDate day) {
		if (!published) {
			return Phase.DRAFT;
		}
		return day.isBefore(opens) ? Phase.ANNOUNCED : day.isAfter(closes) ? Phase.CLOSED : Phase.OPEN;
	}

	public Call publish() {
		return new Call(id, programId, year, title, opens, closes, true, settings, demo);
	}

	public enum Phase {
		DRAFT, ANNOUNCED, OPEN, CLOSED
	}
}
