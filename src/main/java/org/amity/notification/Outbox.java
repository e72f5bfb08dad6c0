package org.amity.notification;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Queues mail in the caller's transaction: rolled back with it, and queued once per key. */
@Service
public class Outbox {

	private final JdbcClient jdbc;

	Outbox(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Answers whether the mail was queued now (false: a mail with this key already was). */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean enqueue(OutgoingMail mail) {
		return jdbc.sql("""
				insert into notification.outbox (key, recipient, subject, body) values (:key, :recipient, :subject, :body)
				on conflict (key) do nothing
				""")
			.param("key", mail.key())
			.param("recipient", mail.recipient())
			.param("subject", mail.subject())
			.param("body", mail.body())
			.update() == 1;
	}
}
