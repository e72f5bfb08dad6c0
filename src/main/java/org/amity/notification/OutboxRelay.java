package org.amity.notification;

import java.nio.charset.StandardCharsets;

import jakarta.mail.MessagingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands queued mail to the mail server. Each batch locks its rows ({@code skip locked}), so several Amity instances
 * relay side by side without sending a message twice; a message is marked sent in the transaction that sent it. A
 * crash between the server's acceptance and that commit sends it once more after restart: mail is delivered at least
 * once, never lost. A message the server refuses is tried again later, each time after twice as long.
 */
class OutboxRelay {

	private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

	static final int BATCH = 50;
	/** After this many failed attempts a message waits for a person to look at its error. */
	static final int MAX_ATTEMPTS = 10;

	private final JdbcClient jdbc;
	private final JavaMailSender sender;
	private final String from;

	OutboxRelay(JdbcClient jdbc, JavaMailSender sender, String from) {
		this.jdbc = jdbc;
		this.sender = sender;
		this.from = from;
	}

	@Scheduled(fixedDelayString = "${amity.mail.relay-interval:PT2S}", initialDelayString = "PT1S")
	void relayQueued() {
		while (relayBatch() == BATCH) {
			// a full batch: more may be waiting
		}
	}

	/** Sends up to one batch; the number of messages tried. */
	@Transactional
	int relayBatch() {
		var batch = jdbc.sql("""
				select * from notification.outbox
				where sent_at is null and attempts < :max and (retry_at is null or retry_at <= now())
				order by id limit :batch
				for update skip locked""")
			.param("max", MAX_ATTEMPTS)
			.param("batch", BATCH)
			.query(Outbox::row).list();
		for (var mail : batch) {
			try {
				send(mail);
				jdbc.sql("update notification.outbox set sent_at = now(), attempts = attempts + 1, last_error = null where id = :id")
					.param("id", mail.id()).update();
			}
			catch (MailException | MessagingException e) {
				log.warn("Mail {} to the outbox's recipient could not be sent: {}", mail.key(), e.getMessage());
				jdbc.sql("""
						update notification.outbox
						set attempts = attempts + 1, last_error = :error,
						    retry_at = now() + make_interval(secs => power(2, attempts + 1))
						where id = :id""")
					.param("id", mail.id()).param("error", String.valueOf(e.getMessage())).update();
			}
		}
		return batch.size();
	}

	private void send(QueuedMail mail) throws MessagingException {
		var message = sender.createMimeMessage();
		var helper = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
		helper.setFrom(from);
		helper.setTo(mail.recipient());
		helper.setSubject(mail.subject());
		helper.setText(mail.body());
		// the key goes with the message so a receiving system can drop a duplicate of an at-least-once delivery
		message.setHeader("X-Amity-Mail-Key", mail.key());
		sender.send(message);
	}
}
