package org.amity.shared;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Bulk writes through PostgreSQL's COPY in its text format, on the connection of the current transaction, so that a
 * failed import rolls back with everything else it wrote.
 */
public final class Copy {

	private Copy() {
	}

	/** Appends one row; {@code null} becomes SQL NULL, text is escaped as COPY's text format requires. */
	public static void row(StringBuilder out, Object... values) {
		for (int i = 0; i < values.length; i++) {
			if (i > 0) {
				out.append('\t');
			}
			var value = values[i];
			if (value == null) {
				out.append("\\N");
			}
			else if (value instanceof CharSequence text) {
				escape(out, text);
			}
			else {
				out.append(value);
			}
		}
		out.append('\n');
	}

	/** Copies the rows into {@code table (columns)} and answers how many rows PostgreSQL took. */
	public static long into(DataSource dataSource, String tableAndColumns, CharSequence rows) {
		if (rows.isEmpty()) {
			return 0;
		}
		var connection = DataSourceUtils.getConnection(dataSource);
		try {
			var copy = connection.unwrap(PGConnection.class).getCopyAPI();
			return copy.copyIn("COPY " + tableAndColumns + " FROM STDIN", new StringReader(rows.toString()));
		}
		catch (SQLException e) {
			throw new DataAccessResourceFailureException("COPY into " + tableAndColumns + " failed: " + e.getMessage(), e);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
	}

	private static void escape(StringBuilder out, CharSequence text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '\\' -> out.append("\\\\");
				case '\t' -> out.append("\\t");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				default -> out.append(c);
			}
		}
	}
}
