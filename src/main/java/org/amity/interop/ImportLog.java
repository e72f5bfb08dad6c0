package org.amity.interop;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs each import in one transaction under a PostgreSQL advisory lock (two imports at once, from two app instances
 * or a command line beside the server, would otherwise both create the same new places), and keeps each finished
 * import with its report in that same transaction.
 */
@Component
public class ImportLog {

	private static final Logger log = LoggerFactory.getLogger(ImportLog.class);

	private final JdbcClient jdbc;
	private final TransactionTemplate transaction;

	ImportLog(JdbcClient jdbc, TransactionTemplate transaction) {
		this.jdbc = jdbc;
		this.transaction = transaction;
	}

	/** Runs the import's work and records its report, all or nothing. */
	ImportReport run(ImportReport report, java.util.function.Consumer<ImportReport> work) {
		transaction.executeWithoutResult(status -> {
			lock();
			work.accept(report);
			record(report);
		});
		return report;
	}

	/**
	 * Runs the import's work and records its report, all or nothing, as one that can be undone; {@code recorded} is
	 * told the import's id in the same transaction, to keep what the import changed beside its report.
	 */
	long runUndoable(ImportReport report, java.util.function.Consumer<ImportReport> work,
			java.util.function.LongConsumer recorded) {
		return transaction.execute(status -> {
			lock();
			work.accept(report);
			long id = record(report);
			jdbc.sql("update interop.import_run set undoable = true where id = :id").param("id", id).update();
			recorded.accept(id);
			return id;
		});
	}

	/** Runs work under the import lock in one transaction (an undo), so that no import runs beside it. */
	<T> T locked(java.util.function.Supplier<T> work) {
		return transaction.execute(status -> {
			lock();
			return work.get();
		});
	}

	private void lock() {
		jdbc.sql("select pg_advisory_xact_lock(hashtext('amity.registry.import'))").query(Object.class).single();
	}

	private long record(ImportReport report) {
		log.info(report.summary());
		report.unresolved().stream().limit(20).forEach(problem -> log.info("  line {}: {} ({})", problem.line(),
				problem.reason(), problem.detail()));
		if (report.unresolved().size() > 20) {
			log.info("  ... and {} more unresolved rows in the downloadable report", report.unresolved().size() - 20);
		}
		return jdbc.sql("""
				insert into interop.import_run (kind, source, rows_read, places_created, partnerships_created,
				  agreements_created, merged_duplicates, merged_into_existing, unresolved, summary, report_csv)
				values (:kind, :source, :rows, :places, :partnerships, :agreements, :dups, :existing, :unresolved,
				  :summary, :csv) returning id
				""")
			.param("kind", report.kind())
			.param("source", report.source())
			.param("rows", report.rowsRead())
			.param("places", report.placesCreated())
			.param("partnerships", report.partnershipsCreated())
			.param("agreements", report.agreementsCreated())
			.param("dups", report.mergedDuplicates())
			.param("existing", report.mergedIntoExisting())
			.param("unresolved", report.unresolved().size())
			.param("summary", report.summary())
			.param("csv", report.toCsv())
			.query(Long.class)
			.single();
	}

	public List<ImportRun> recent(int limit) {
		return jdbc.sql("select " + RUN_COLUMNS + " from interop.import_run order by id desc limit :n")
			.param("n", limit)
			.query(ImportLog::run)
			.list();
	}

	/** The most recent imports of these cities' lists. */
	public List<ImportRun> recentOwnedBy(java.util.Collection<Long> cities, int limit) {
		if (cities.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select " + RUN_COLUMNS + " from interop.import_run where owner_city in (:cities)"
				+ " order by id desc limit :n")
			.param("cities", cities)
			.param("n", limit)
			.query(ImportLog::run)
			.list();
	}

	/** The city whose list the import was, if it was one city's. */
	Optional<Long> ownerOf(long id) {
		return jdbc.sql("select owner_city from interop.import_run where id = :id")
			.param("id", id)
			.query((rs, n) -> java.util.Optional.ofNullable(rs.getObject(1, Long.class)))
			.optional()
			.flatMap(owner -> owner);
	}

	public Optional<ImportRun> find(long id) {
		return jdbc.sql("select " + RUN_COLUMNS + " from interop.import_run where id = :id")
			.param("id", id)
			.query(ImportLog::run)
			.optional();
	}

	private static final String RUN_COLUMNS = """
			id, kind, source, finished_at, summary, rows_read, places_created, partnerships_created,
			merged_into_existing, unresolved, undoable, undone_at""";

	private static ImportRun run(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		var undone = rs.getTimestamp("undone_at");
		return new ImportRun(rs.getLong("id"), rs.getString("kind"), rs.getString("source"),
				rs.getTimestamp("finished_at").toInstant(), rs.getString("summary"), rs.getInt("rows_read"),
				rs.getInt("places_created"), rs.getInt("partnerships_created"), rs.getInt("merged_into_existing"),
				rs.getInt("unresolved"), rs.getBoolean("undoable"), undone == null ? null : undone.toInstant());
	}

	public Optional<String> reportCsv(long id) {
		return jdbc.sql("select report_csv from interop.import_run where id = :id").param("id", id)
			.query(String.class)
			.optional();
	}

	boolean hasRun(String kind, String source) {
		return jdbc.sql("select exists (select 1 from interop.import_run where kind = :kind and source = :source)")
			.param("kind", kind)
			.param("source", source)
			.query(Boolean.class)
			.single();
	}

	/** A finished import as listed to staff. */
	public record ImportRun(long id, String kind, String source, Instant finishedAt, String summary, int rowsRead,
			int placesCreated, int partnershipsCreated, int mergedIntoExisting, int unresolved, boolean undoable,
			Instant undoneAt) {

		public boolean undone() {
			return undoneAt != null;
		}
	}
}
