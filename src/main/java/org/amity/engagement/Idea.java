package org.amity.engagement;

import java.time.Instant;

/** A citizen's idea or feedback on a topic (an event's or a program's slug). */
public record Idea(long id, String topic, String author, String text, Status status, String reason, Instant createdAt) {

	public enum Status {
		PENDING, APPROVED, REJECTED
	}
}
