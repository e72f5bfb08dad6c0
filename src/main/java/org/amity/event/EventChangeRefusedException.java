package org.amity.event;

/** A staff change to an event that the rules refuse; the reason names the message the page shows. */
public class EventChangeRefusedException extends RuntimeException {

	private final Reason reason;

	public EventChangeRefusedException(Reason reason, String message) {
		super(message);
		this.reason = reason;
	}

	public Reason reason() {
		return reason;
	}

	/** Message keys {@code event.manage.error.<REASON>}. */
	public enum Reason {
		TITLE_REQUIRED, TOO_LONG, BAD_DATES, UNKNOWN_VENUE, BAD_VENUE, UNKNOWN_CITY, NO_CITY, BAD_LANGUAGE,
		UNKNOWN_SERIES, BAD_CODE, DUPLICATE_CODE, BAD_CAPACITY, NO_TYPES, STALE, REASON_REQUIRED, BAD_POSITION,
		NOT_WAITING, NOT_CONFIRMED,
		/** a sub-event to detach that is not in the series */
		NOT_IN_SERIES
	}
}
