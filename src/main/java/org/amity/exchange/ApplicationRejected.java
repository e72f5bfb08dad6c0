package org.amity.exchange;

/** An application was turned down. */
public record ApplicationRejected(long applicationId, long callId, long programId, Direction direction, int year) {
}
