package org.amity.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The identity schema's accounts and grants through JDBC. */
@Repository
class AccountRepository {

	private final JdbcClient jdbc;

	AccountRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** An account with its password hash, for signing in. */
	record Stored(Account account, String passwordHash, int failedSignIns) {
	}

	Optional<Stored> findByUsername(String username) {
		if (!org.amity.shared.PlainText.isWellFormed(username)) {
			// no account has such a name, and the database could not even compare it
			return Optional.empty();
		}
		return jdbc.sql("select * from identity.account where lower(username) = lower(:username)")
			.param("username", username)
			.query(this::stored)
			.optional();
	}

	Optional<Stored> findById(long id) {
		return jdbc.sql("select * from identity.account where id = :id").param("id", id).query(this::stored).optional();
	}

	Optional<Stored> findByOidc(String issuer, String subject) {
		return jdbc.sql("select * from identity.account where oidc_issuer = :issuer and oidc_subject = :subject")
			.param("issuer", issuer)
			.param("subject", subject)
			.query(this::stored)
			.optional();
	}

	List<Account> all() {
		return jdbc.sql("select * from identity.account order by lower(username)")
			.query(this::stored)
			.list()
			.stream()
			.map(Stored::account)
			.toList();
	}

	long insert(NewAccount account, String passwordHash, String oidcIssuer, String oidcSubject) {
		return jdbc.sql("""
				insert into identity.account (username, display_name, email, password_hash, language, demo,
				  oidc_issuer, oidc_subject)
				values (:username, :displayName, :email, :hash, :language, :demo, :issuer, :subject) returning id
				""")
			.param("username", account.username())
			.param("displayName", account.displayName())
			.param("email", account.email())
			.param("hash", passwordHash)
			.param("language", account.language())
			.param("demo", account.demo())
			.param("issuer", oidcIssuer)
			.param("subject", oidcSubject)
			.query(Long.class)
			.single();
	}

	boolean addGrant(long accountId, Grant grant) {
		return jdbc.sql("""
				insert into identity.account_grant (account_id, role, scope_id) values (:id, :role, :scope)
				on conflict do nothing
				""")
			.param("id", accountId)
			.param("role", grant.role().name())
			.param("scope", grant.scopeId() == null ? 0L : grant.scopeId())
			.update() == 1;
	}

	boolean removeGrant(long accountId, Grant grant) {
		return jdbc.sql("delete from identity.account_grant where account_id = :id and role = :role and scope_id = :scope")
			.param("id", accountId)
			.param("role", grant.role().name())
			.param("scope", grant.scopeId() == null ? 0L : grant.scopeId())
			.update() == 1;
	}

	void setPassword(long accountId, String passwordHash) {
		jdbc.sql("update identity.account set password_hash = :hash, failed_sign_ins = 0, locked_until = null where id = :id")
			.param("hash", passwordHash)
			.param("id", accountId)
			.update();
	}

	/** Counts a failed sign-in and locks the account once the count reaches the limit; returns the new count. */
	int failedSignIn(String username, int limit, Instant lockUntil) {
		return jdbc.sql("""
				update identity.account
				   set failed_sign_ins = failed_sign_ins + 1,
				       locked_until = case when failed_sign_ins + 1 >= :limit then :until else locked_until end
				 where lower(username) = lower(:username)
				returning failed_sign_ins
				""")
			.param("limit", limit)
			.param("until", Timestamp.from(lockUntil))
			.param("username", username)
			.query(Integer.class)
			.optional()
			.orElse(0);
	}

	void succeededSignIn(long accountId) {
		jdbc.sql("update identity.account set failed_sign_ins = 0, locked_until = null where id = :id and (failed_sign_ins > 0 or locked_until is not null)")
			.param("id", accountId)
			.update();
	}

	private Stored stored(ResultSet rs, int row) throws SQLException {
		long id = rs.getLong("id");
		var locked = rs.getTimestamp("locked_until");
		var account = new Account(id, rs.getString("username"), rs.getString("display_name"), rs.getString("email"),
				rs.getString("language"), rs.getBoolean("demo"), rs.getBoolean("enabled"),
				locked == null ? null : locked.toInstant(), grants(id));
		return new Stored(account, rs.getString("password_hash"), rs.getInt("failed_sign_ins"));
	}

	private Set<Grant> grants(long accountId) {
		return new HashSet<>(jdbc.sql("select role, scope_id from identity.account_grant where account_id = :id")
			.param("id", accountId)
			.query((rs, row) -> {
				var role = Role.valueOf(rs.getString("role"));
				return role.scope() == Role.Scope.PLATFORM ? Grant.platform(role) : Grant.of(role, rs.getLong("scope_id"));
			})
			.list());
	}
}
