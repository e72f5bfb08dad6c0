package org.amity.exchange;

/** A participant was placed with a host; evaluation counts participants per direction and year from it. */
public record ParticipantPlaced(long applicationId, long callId, long programId, long hostId, Direction direction,
		int year, String reason) {
}
