package org.amity.partnership;

/** A change to a partnership that its rules refuse, with the reason as a type the web layer can translate. */
public class PartnershipRefusedException extends RuntimeException {

	private final Reason reason;

	public PartnershipRefusedException(Reason reason, String message) {
		super(message);
		this.reason = reason;
	}

	public Reason reason() {
		return reason;
	}

	public enum Reason {
		SAME_PLACE, STATUS_TRANSITION, NOT_A_PARTY, ALREADY_EXISTS, CONCURRENT_CHANGE
	}
}
