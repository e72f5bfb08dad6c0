package org.amity.exchange;

/** An applicant submitted a complete application to a call. */
public record ApplicationSubmitted(long applicationId, long callId, long programId, Direction direction, int year) {
}
