package org.amity.approval;

/** A decision on a proposal that the approval rules refuse, with the reason as a type the web layer translates. */
public class ApprovalRefusedException extends RuntimeException {

	private final Reason reason;

	public ApprovalRefusedException(Reason reason, String message) {
		super(message);
		this.reason = reason;
	}

	public Reason reason() {
		return reason;
	}

	public enum Reason {
		/** The proposing city's staff cannot approve or refuse their own proposal. */
		OWN_PROPOSAL,
		/** Only the proposing side can withdraw. */
		NOT_PROPOSER,
		/** The proposal was decided already, differently. */
		ALREADY_DECIDED,
		/** The record changed after the proposal was made; it was superseded, not applied. */
		STALE,
		/** A refusal needs a reason. */
		REASON_REQUIRED,
		/** No applier knows this kind of record. */
		UNKNOWN_KIND
	}
}
