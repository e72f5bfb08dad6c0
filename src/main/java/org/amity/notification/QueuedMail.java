package org.amity.notification;

import java.time.Instant;

/** A message as the outbox holds it: queued, and sent once the relay has handed it to the mail server. */
public record QueuedMail(long id, String key, String recipient, String subject, String body, Instant queuedAt,
		Instant sentAt, int attempts, String lastError) {

	public boolean isSent() {
		return sentAt != null;
	}
}
