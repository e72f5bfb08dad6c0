package org.amity.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Resetting a forgotten password by e-mail: a one-time link valid for a short while, mailed through the outbox in the
 * account's language. Whether an account exists is never told to the one who asks; only the token's hash is stored.
 */
@Service
public class PasswordResets {

	/** Shortest and longest new password accepted. */
	public static final int MIN_PASSWORD = 10;

	public static final int MAX_PASSWORD = 200;

	static final Duration VALID = Duration.ofMinutes(30);

	/** A second request within this time sends no second mail (the first link still works). */
	static final Duration QUIET = Duration.ofMinutes(15);

	private final SecureRandom random = new SecureRandom();
	private final AccountRepository accounts;
	private final JdbcClient jdbc;
	private final PasswordEncoder passwords;
	private final ApplicationEventPublisher events;
	private final MessageSource messages;
	private final Clock clock;
	private final String baseUrl;

	PasswordResets(AccountRepository accounts, JdbcClient jdbc, PasswordEncoder passwords,
			ApplicationEventPublisher events, MessageSource messages, Clock identityClock,
			@Value("${amity.base-url:http://localhost:8080}") String baseUrl) {
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.passwords = passwords;
		this.events = events;
		this.messages = messages;
		this.clock = identityClock;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	/** Mails a reset link to the account with this username, if there is one with an e-mail address. */
	@Transactional
	public void request(String username) {
		if (username == null || username.isBlank() || username.length() > NewAccount.MAX_USERNAME) {
			return;
		}
		var stored = accounts.findByUsername(username.strip());
		if (stored.isEmpty() || stored.get().account().email() == null || !stored.get().account().enabled()) {
			return;
		}
		var account = stored.get().account();
		var now = clock.instant();
		var recent = jdbc.sql("""
				select count(*) from identity.password_reset
				 where account_id = :id and used_at is null and expires_at > :quiet""")
			.param("id", account.id())
			.param("quiet", Timestamp.from(now.plus(VALID).minus(QUIET)))
			.query(Long.class)
			.single();
		if (recent > 0) {
			return;
		}
		var bytes = new byte[32];
		random.nextBytes(bytes);
		var token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		var hash = hash(token);
		jdbc.sql("insert into identity.password_reset (token_hash, account_id, expires_at) values (:hash, :id, :expires)")
			.param("hash", hash)
			.param("id", account.id())
			.param("expires", Timestamp.from(now.plus(VALID)))
			.update();
		var locale = Locale.forLanguageTag(account.language());
		var link = baseUrl + "/" + account.language() + "/password-reset/" + token;
		events.publishEvent(new PasswordResetRequested(account.email(),
				messages.getMessage("reset.mail.subject", null, locale),
				messages.getMessage("reset.mail.body", new Object[] { account.displayName(), link, VALID.toMinutes() },
						locale),
				"password-reset:" + hash));
	}

	/** Whether a link's token can still set a password (shown before the person types a new one). */
	@Transactional(readOnly = true)
	public boolean isValid(String token) {
		return token != null && token.length() <= 100 && jdbc.sql("""
				select count(*) from identity.password_reset
				 where token_hash = :hash and used_at is null and expires_at > :now""")
			.param("hash", hash(token))
			.param("now", Timestamp.from(clock.instant()))
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * Sets a new password with a link's token, once; the account's lock and failed sign-ins are cleared.
	 *
	 * @return whether the token was valid and the password set
	 */
	@Transactional
	public boolean reset(String token, String newPassword) {
		if (newPassword == null || newPassword.length() < MIN_PASSWORD || newPassword.length() > MAX_PASSWORD
				|| token == null || token.length() > 100) {
			return false;
		}
		var accountId = jdbc.sql("""
				update identity.password_reset set used_at = :now
				 where token_hash = :hash and used_at is null and expires_at > :now
				returning account_id""")
			.param("hash", hash(token))
			.param("now", Timestamp.from(clock.instant()))
			.query(Long.class)
			.optional();
		accountId.ifPresent(id -> accounts.setPassword(id, passwords.encode(newPassword)));
		return accountId.isPresent();
	}

	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
