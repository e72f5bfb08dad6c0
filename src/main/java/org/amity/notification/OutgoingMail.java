package org.amity.notification;

/** A message to send; its key names the one change it tells of, so that the same change is never told twice. */
public record OutgoingMail(String recipient, String subject, String body, String key) {

	public OutgoingMail {
		if (recipient == null || recipient.isBlank() || key == null || key.isBlank()) {
			throw new IllegalArgumentException("a mail needs a recipient and a key");
		}
	}
}
