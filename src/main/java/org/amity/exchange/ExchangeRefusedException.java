package org.amity.exchange;

import java.util.List;

/** A rule of the exchange refused a change; the reason is translated for the user, the details name what is missing. */
public class ExchangeRefusedException extends RuntimeException {

	private final Reason reason;
	private final List<String> details;

	public ExchangeRefusedException(Reason reason, String message) {
		this(reason, message, List.of());
	}

	public ExchangeRefusedException(Reason reason, String message, List<String> details) {
		super(message);
		this.reason = reason;
		this.details = List.copyOf(details);
	}

	public Reason reason() {
		return reason;
	}

	public List<String> details() {
		return details;
	}

	public enum Reason {
		TITLE_MISSING, TERM_REQUIRED, TERM_NOT_APPLICABLE, SAME_ORGANISATION_SIDES, NOT_THE_PARTNER, ALREADY_CONFIRMED,
		DATES_REVERSED, QUOTA_INVALID, DIRECTION_UNKNOWN, CALL_NOT_OPEN, CALL_NOT_CLOSED, TRANSITION, REQUIRED_ITEMS_MISSING,
		NOT_ELIGIBLE, FIELD_UNKNOWN, FIELD_TOO_LONG, DOCUMENT_UNKNOWN, DOCUMENT_TOO_LARGE, DOCUMENT_TYPE,
		DOCUMENT_BOMB, CONFLICT_OF_INTEREST, SCORE_OUT_OF_RANGE, CRITERION_UNKNOWN, NOT_ALLOWED, CAPACITY_FULL,
		NOT_ACCEPTED, REASON_REQUIRED, ALREADY_APPLIED, CONCURRENT_CHANGE,
		ORGANISATION_UNKNOWN, CALL_PUBLISHED, TOO_LONG
	}
}
