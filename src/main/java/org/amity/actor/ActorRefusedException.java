package org.amity.actor;

/** A change to the directory that its rules refuse, with a reason the web layer translates. */
public class ActorRefusedException extends RuntimeException {

	private final Reason reason;

	public ActorRefusedException(Reason reason, String message) {
		super(message);
		this.reason = reason;
	}

	public Reason reason() {
		return reason;
	}

	public enum Reason {
		BAD_SLUG, NAME_MISSING, BAD_WEBSITE, BAD_EMAIL, PERIOD_REVERSED, SELF_RELATION, SLUG_TAKEN, NAME_TOO_LONG,
		CONTROL_CHARACTER,
		/** The organisation changed after the editor read it; nothing was written. */
		STALE
	}
}
