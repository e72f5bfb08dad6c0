package org.amity.notification;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The personal-data rights' side of the outbox: sent mail to a person is deleted on erasure, and sent mail older than
 * the retention schedule is deleted by the purge. Unsent mail stays until the relay has tried it.
 */
@Service
public class MailErasure {

	private final JdbcClient jdbc;

	MailErasure(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Deletes the mail sent to this address, and blanks the address and text of mail still waiting. */
	@Transactional
	public int forget(String recipient, String pseudonym) {
		int deleted = jdbc.sql("delete from notification.outbox where lower(recipient) = lower(:r) and sent_at is not null")
			.param("r", recipient).update();
		int blanked = jdbc.sql("""
				update notification.outbox set recipient = :pseudonym, subject = '-', body = '', sent_at = now(),
				       last_error = 'erased'
				 where lower(recipient) = lower(:r)""")
			.param("r", recipient).param("pseudonym", pseudonym + "@erased.invalid").update();
		return deleted + blanked;
	}

	/** Deletes sent mail queued before the given moment. */
	@Transactional
	public int purgeSentBefore(Instant before) {
		return jdbc.sql("delete from notification.outbox where sent_at is not null and queued_at < :before")
			.param("before", Timestamp.from(before)).update();
	}
}
