package org.amity.event;

/** A volunteer sign-up or swap the rules refuse. */
public class VolunteerRefusedException extends RuntimeException {

	private final Reason reason;

	public VolunteerRefusedException(Reason reason) {
		super(reason.name());
		this.reason = reason;
	}

	public Reason reason() {
		return reason;
	}

	public enum Reason {
		SHIFT_FULL, TOO_YOUNG, LANGUAGE_MISSING, TRAINING_MISSING, ALREADY_SIGNED_UP, NOT_SIGNED_UP, INVALID_PERSON
	}
}
