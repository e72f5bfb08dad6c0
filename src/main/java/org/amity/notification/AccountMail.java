package org.amity.notification;

import org.amity.identity.PasswordResetRequested;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Queues the mail the identity module asks for (password-reset links) in the transaction that asked. */
@Component
class AccountMail {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(AccountMail.class);

	private final Outbox outbox;

	AccountMail(Outbox outbox) {
		this.outbox = outbox;
	}

	@EventListener
	void passwordResetRequested(PasswordResetRequested mail) {
		OutgoingMail outgoing;
		try {
			outgoing = new OutgoingMail(mail.recipient(), mail.subject(), mail.body(), mail.key());
		}
		catch (IllegalArgumentException e) {
			// an account whose address cannot be mailed; the person is told nothing either way
			log.warn("No password-reset mail: {}", e.getMessage());
			return;
		}
		outbox.enqueue(outgoing);
	}
}
