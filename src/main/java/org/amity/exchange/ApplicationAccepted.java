package org.amity.exchange;

/** An application got a place in its direction (at selection, or promoted from the waiting list). */
public record ApplicationAccepted(long applicationId, long callId, long programId, Direction direction, int year) {
}
