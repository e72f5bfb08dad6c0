package org.amity.event;

import java.time.Instant;
import java.util.Map;

/** A person's registration for one event, for themselves or a group of {@code quantity} people. */
public record Registration(long id, String reference, long eventId, long typeId, String email, String name,
		String language, int quantity, Status status, Map<String, String> answers, Instant offerExpires,
		Instant createdAt, Instant checkedInAt) {

	public boolean holdsPlaces() {
		return status == Status.CONFIRMED || status == Status.OFFERED;
	}

	public enum Status {
		CONFIRMED, WAITLISTED, OFFERED, CANCELLED, REMOVED, EXPIRED
	}
}
