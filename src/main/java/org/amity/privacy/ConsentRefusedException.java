package org.amity.privacy;

/** Consent that cannot be recorded as given, with the reason as a message key suffix. */
public class ConsentRefusedException extends RuntimeException {

	private final Reason reason;

	public ConsentRefusedException(Reason reason, String message) {
		super(message);
		this.reason = reason;
	}

	public Reason reason() {
		return reason;
	}

	public enum Reason {
		/** A minor's own consent is not enough: the guardian's name, contact and confirmation are needed. */
		GUARDIAN_REQUIRED,
		/** A birth date in the future or more than 130 years ago. */
		BIRTH_DATE,
		/** A guardian's name or contact that is too long. */
		TOO_LONG,
		/** A guardian's name or contact with a control character or a broken character, which cannot be stored. */
		BROKEN_TEXT
	}
}
