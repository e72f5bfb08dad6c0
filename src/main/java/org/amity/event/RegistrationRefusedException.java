package org.amity.event;

/** A registration or waiting-list change that the rules refuse, with a reason the web layer translates. */
public class RegistrationRefusedException extends RuntimeException {

	private final Reason reason;

	public RegistrationRefusedException(Reason reason, String message) {
		super(message);
		this.reason = reason;
	}

	public Reason reason() {
		return reason;
	}

	public enum Reason {
		/** an Idempotency-Key or form token reused with a different registration */
		KEY_REUSED,
		UNKNOWN_TYPE, GROUP_TOO_LARGE, MISSING_ANSWER, UNKNOWN_QUESTION, INVALID_PERSON, EVENT_CLOSED,
		/** the registration is not in a state that allows this (cancelling twice, accepting without an offer) */
		WRONG_STATE, OFFER_EXPIRED, REASON_REQUIRED, INVALID_CAPACITY, INVALID_POSITION
	}
}
