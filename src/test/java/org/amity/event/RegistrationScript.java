package org.amity.event;

import java.util.Map;

/**
 * A registration's own SQL as a pgbench script, for the registration storm's ceiling: the statement
 * {@link Registrations} sends for a type counted against one quota, then the outbox's insert of the mail, in one
 * transaction, exactly as the application commits them, but without HTTP, Java or a connection pool. What pgbench
 * reaches with it is the most registrations per second this database can take, whatever the application in front.
 * <p>
 * pgbench binds {@code :name} variables as parameters (with {@code -M prepared}, as the JDBC driver does once a
 * statement is used often), so the application's named parameters stay; only the ones that must differ in every
 * transaction (the key, the reference and the address) are made from a random number.
 */
public final class RegistrationScript {

	/** The type the JDBC driver binds each variable's Java value as. */
	private static final Map<String, String> TYPES = Map.ofEntries(Map.entry("r", "bigint"), Map.entry("event", "bigint"),
			Map.entry("version", "bigint"), Map.entry("type", "bigint"), Map.entry("quota", "bigint"),
			Map.entry("quantity", "int"), Map.entry("quotaCount", "int"), Map.entry("lockTimeout", "varchar"),
			Map.entry("hash", "varchar"), Map.entry("name", "varchar"), Map.entry("language", "varchar"),
			Map.entry("answers", "varchar"), Map.entry("subject", "varchar"), Map.entry("body", "varchar"));

	private RegistrationScript() {
	}

	/**
	 * The script; pgbench must be given the variables {@code event}, {@code version}, {@code type}, {@code quota},
	 * {@code quantity}, {@code quotaCount}, {@code lockTimeout}, {@code hash}, {@code name}, {@code language},
	 * {@code answers}, {@code subject} and {@code body} with {@code -D}.
	 */
	public static String pgbench() {
		var registration = Registrations.registrationStatement(1, true)
			.replace(":key", "('ceiling-' || :r)")
			.replace(":reference", "('C' || :r)")
			.replace(":email", "('ceiling' || :r || '@example.org')")
			.strip();
		// the same insert as the outbox's enqueue, with the waiting-list mail's key (whose colon is kept apart from
		// the letters after it: pgbench would take it for a variable even inside a literal)
		var mail = """
				insert into notification.outbox (mail_key, recipient, subject, body)
				values ('event-registration-waitlisted' || ':' || 'C' || :r, 'ceiling' || :r || '@example.org', :subject, :body)
				on conflict (mail_key) do nothing""";
		return "\\set r random(1, 9000000000000000000)\nbegin;\n" + typed(registration) + ";\n" + typed(mail)
				+ ";\ncommit;\n";
	}

	/**
	 * Each variable cast to the type the JDBC driver gives its Java value (pgbench sends them untyped, and some
	 * places of the statement cannot tell a type).
	 */
	static String typed(String sql) {
		for (var variable : TYPES.entrySet()) {
			sql = sql.replaceAll(":" + variable.getKey() + "\\b",
					"cast(:" + variable.getKey() + " as " + variable.getValue() + ")");
		}
		return sql;
	}
}
