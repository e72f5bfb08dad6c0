package org.amity.event;

import java.time.Instant;

/** One line of an event's append-only registration history. */
public record HistoryEntry(long seq, long registrationId, Action action, Integer position, String reason, String actor,
		Instant at) {

	public enum Action {
		CONFIRMED, WAITLISTED, MOVED, LEFT, OFFERED, ACCEPTED, EXPIRED, CANCELLED, REMOVED
	}
}
