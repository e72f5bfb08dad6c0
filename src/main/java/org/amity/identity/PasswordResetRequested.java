package org.amity.identity;

/**
 * Someone asked to reset an account's password: the mail to send, written in the account's language. Published inside
 * the transaction that stores the reset token, so that the mail is queued with it or not at all; the notification
 * module puts it in its outbox.
 *
 * @param key the same key for the same token, so that a replay never mails twice
 */
public record PasswordResetRequested(String recipient, String subject, String body, String key) {
}
