package org.amity.event;

import java.sql.SQLException;
import javax.sql.DataSource;

import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.SQLErrorCodeSQLExceptionTranslator;

/**
 * PostgreSQL's "lock not available" (55P03, the end of a {@code lock_timeout}) reaches Spring uncategorized; the
 * registrations' own template names it a {@link CannotAcquireLockException}, which the web layer answers as "busy,
 * try again" (429) rather than a server error.
 */
final class LockTimeouts {

	private LockTimeouts() {
	}

	static JdbcTemplate template(DataSource dataSource) {
		var template = new JdbcTemplate(dataSource);
		var standard = new SQLErrorCodeSQLExceptionTranslator(dataSource);
		template.setExceptionTranslator((task, sql, e) -> translate(task, sql, e, standard));
		return template;
	}

	private static DataAccessException translate(String task, String sql, SQLException e,
			SQLErrorCodeSQLExceptionTranslator standard) {
		if ("55P03".equals(e.getSQLState())) {
			return new CannotAcquireLockException(task + ": lock not had within the lock timeout", e);
		}
		return standard.translate(task, sql, e);
	}
}
