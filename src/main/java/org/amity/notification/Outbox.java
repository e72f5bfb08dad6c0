package org.amity.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.amity.identity.Access;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The transactional outbox. A module queues mail inside the transaction that changes what the mail announces; if that
 * transaction rolls back, the mail was never queued, and if it commits, the relay sends it even after a crash.
 */
@Service
public class Outbox {

	private final JdbcClient jdbc;
	private final Access access;

	Outbox(JdbcClient jdbc, Access access) {
		this.jdbc = jdbc;
		this.access = access;
	}

	/**
	 * Queues the mail unless one with the same key is queued already.
	 *
	 * @return whether this call queued it
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean enqueue(OutgoingMail mail) {
		return jdbc.sql("""
				insert into notification.outbox (mail_key, recipient, subject, body)
				values (:key, :recipient, :subject, :body)
				on conflict (mail_key) do nothing""")
			.param("key", mail.key())
			.param("recipient", mail.recipient())
			.param("subject", mail.subject())
			.param("body", mail.body())
			.update() == 1;
	}

	@Transactional(readOnly = true)
	public Optional<QueuedMail> byKey(String key) {
		return jdbc.sql("select * from notification.outbox where mail_key = :key").param("key", key)
			.query(Outbox::row).optional();
	}

	/**
	 * The newest mail first, for the outbox page: platform admins only, since mail to everyone (password-reset links
	 * included) is there.
	 */
	@Transactional(readOnly = true)
	public List<QueuedMail> recent(int limit) {
		access.requirePlatformAdmin();
		return jdbc.sql("select * from notification.outbox order by id desc limit :limit").param("limit", limit)
			.query(Outbox::row).list();
	}

	/** Mail sent to one person, newest first: what they were told, for their own data export. */
	@Transactional(readOnly = true)
	public List<QueuedMail> to(String recipient) {
		return jdbc.sql("select * from notification.outbox where lower(recipient) = lower(:recipient) order by id desc")
			.param("recipient", recipient).query(Outbox::row).list();
	}

	/** How many mails are queued under keys that start with the prefix ({@code registration-confirmed:}). */
	@Transactional(readOnly = true)
	public long countByKeyPrefix(String prefix) {
		return jdbc.sql("select count(*) from notification.outbox where starts_with(mail_key, :prefix)")
			.param("prefix", prefix).query(Long.class).single();
	}

	static QueuedMail row(ResultSet rs, int n) throws SQLException {
		return new QueuedMail(rs.getLong("id"), rs.getString("mail_key"), rs.getString("recipient"),
				rs.getString("subject"), rs.getString("body"), instant(rs.getTimestamp("queued_at")),
				instant(rs.getTimestamp("sent_at")), rs.getInt("attempts"), rs.getString("last_error"));
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}
}
