package org.amity.approval;

/**
 * Where a proposal stands. Only a pending proposal moves; every other status is final, so a replayed decision finds
 * the proposal already decided and changes nothing.
 */
public enum ProposalStatus {

	PENDING, APPROVED, REFUSED, WITHDRAWN, SUPERSEDED;

	public boolean isFinal() {
		return this != PENDING;
	}
}
