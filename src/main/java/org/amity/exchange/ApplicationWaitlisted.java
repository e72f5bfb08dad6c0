package org.amity.exchange;

/** An application was put on its direction's waiting list. */
public record ApplicationWaitlisted(long applicationId, long callId, long programId, Direction direction, int year) {
}
