package org.amity.approval;

/** A proposal was approved, refused, withdrawn or superseded; for audit trails and notifications. */
public record ProposalDecided(long proposalId, String kind, long recordId, ProposalStatus status, String reason) {
}
