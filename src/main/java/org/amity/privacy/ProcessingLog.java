package org.amity.privacy;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What was done with each person's data, when, by whom and why; the person reads it on their data page. Entries are
 * only added, and purged by the retention schedule.
 */
@Component
class ProcessingLog {

	private final JdbcClient jdbc;

	ProcessingLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void record(long accountId, String actor, String action, String detail) {
		jdbc.sql("insert into privacy.processing_log (account_id, actor, action, detail) values (:a, :actor, :action, :d)")
			.param("a", accountId).param("actor", actor).param("action", action)
			.param("d", detail == null ? null : detail.length() > 4000 ? detail.substring(0, 4000) : detail)
			.update();
	}

	List<Entry> of(long accountId) {
		return jdbc.sql("select * from privacy.processing_log where account_id = :a order by at desc, id desc")
			.param("a", accountId)
			.query((rs, n) -> new Entry(rs.getTimestamp("at").toInstant(), rs.getString("actor"),
					rs.getString("action"), rs.getString("detail")))
			.list();
	}

	int purgeBefore(Instant before) {
		return jdbc.sql("delete from privacy.processing_log where at < :before").param("before", Timestamp.from(before))
			.update();
	}

	/** One thing done with the person's data; {@code action} is a message key suffix. */
	record Entry(Instant at, String actor, String action, String detail) {
	}
}
