package org.amity.notification;

import java.util.regex.Pattern;

/**
 * A message to one person, written in their language by the module that sends it. The key names what the message
 * announces ({@code registration-confirmed:42}); the outbox queues a key once, so a replayed request or a retried
 * transaction never mails twice.
 */
public record OutgoingMail(String recipient, String subject, String body, String key) {

	static final int MAX_SUBJECT = 300;
	static final int MAX_BODY = 100_000;
	static final int MAX_KEY = 200;

	/** Deliberately plain: one address, no display name, nothing a mail header could be smuggled through. */
	private static final Pattern ADDRESS = Pattern.compile("[^@\\s<>\",;]{1,64}@[^@\\s<>\",;]{1,255}");

	public OutgoingMail {
		if (recipient == null || !ADDRESS.matcher(recipient).matches()) {
			throw new IllegalArgumentException("not a single e-mail address: " + recipient);
		}
		if (subject == null || subject.isBlank() || subject.length() > MAX_SUBJECT || subject.matches("(?s).*[\\r\\n].*")) {
			throw new IllegalArgumentException("a subject is one line of at most " + MAX_SUBJECT + " characters");
		}
		if (body == null || body.length() > MAX_BODY) {
			throw new IllegalArgumentException("a body is at most " + MAX_BODY + " characters");
		}
		if (key == null || key.isBlank() || key.length() > MAX_KEY) {
			throw new IllegalArgumentException("a mail needs a key of at most " + MAX_KEY + " characters");
		}
	}
}
