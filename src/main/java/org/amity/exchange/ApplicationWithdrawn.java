package org.amity.exchange;

/** An applicant withdrew, or declined the place offered; heldAPlace says whether a place is freed. */
public record ApplicationWithdrawn(long applicationId, long callId, long programId, Direction direction, int year, boolean heldAPlace) {
}
