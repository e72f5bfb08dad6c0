package org.amity.exchange;

/** An accepted applicant confirmed they take their place. */
public record ApplicationConfirmed(long applicationId, long callId, long programId, Direction direction, int year) {
}
