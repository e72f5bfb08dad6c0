package org.amity.engagement;

import java.time.Instant;

/**
 * A citizen's idea or feedback on a topic: an event (the topic is its slug) or an exchange program (the topic is its
 * id), as {@link #about} says.
 */
public record Idea(long id, About about, String topic, String author, String text, Status status, String reason,
		Instant createdAt) {

	public enum Status {
		PENDING, APPROVED, REJECTED
	}

	/** What an idea is about. */
	public enum About {
		EVENT, PROGRAM
	}
}
