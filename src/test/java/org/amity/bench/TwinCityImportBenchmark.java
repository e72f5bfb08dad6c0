package org.amity.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;

import org.amity.AmityApplication;
import org.amity.interop.ImportProgress;
import org.amity.interop.ImportReport;
import org.amity.interop.TwinCityImport;
import org.postgresql.PGConnection;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Times the resolved twin-city import (the call Amity makes on first start) against a bare PostgreSQL {@code COPY} of
 * the same file into a staging table, in the same run on the same database, and prints rows per second and the ratio
 * of the two. Shared machines are noisy, so the ratio is the figure to watch: both sides suffer the same noise.
 *
 * <p>
 * Two more lines help read that ratio: the re-run of the import onto the filled registry (the idempotent path, which
 * resolves everything and writes nothing), and the write floor: the rows the import wrote, copied back with bare
 * {@code COPY} into the emptied registry tables, with their keys, indexes and foreign keys, in one transaction. No
 * import that writes the same registry can be faster than its write floor.
 *
 * <p>
 * A plain {@code main}, not a test: {@code ./mvnw verify} never runs it, and it reports rather than gates (exit code 0
 * whether the goals are met or not, non-zero only on an error). Run it with {@code bench/twin-city-import.sh}.
 *
 * <pre>
 * arguments: [ROUNDS] [--warmup=N] [--pairs=FILE] [--geocoded=FILE] [--no-rerun]
 *   ROUNDS          rounds to run, the first ones as warm-up (default 5)
 *   --warmup=N      warm-up rounds left out of the median (default 2, or 1 with fewer than 4 rounds)
 *   --pairs=FILE    the pairs file (default: the bundled data/twin-cities/twin_cities_raw.csv)
 *   --geocoded=FILE the geocoded companion (default: the bundled data/twin-cities/twin_cities_geocoded.csv)
 *   --no-rerun      skip timing the second import onto the filled registry
 * </pre>
 */
public final class TwinCityImportBenchmark {

	static final long GOAL_MILLIS = 10_000;
	static final double GOAL_RATIO = 3.0;

	private static final String PAIRS = "data/twin-cities/twin_cities_raw.csv";
	private static final String GEOCODED = "data/twin-cities/twin_cities_geocoded.csv";

	/** Everything the import writes, emptied before each round so that every round is a first start. */
	private static final String EMPTY_REGISTRY = """
			truncate city.place, city.place_name, partnership.partnership, partnership.status_change,
			         partnership.agreement, partnership.agreement_party, partnership.agreement_field,
			         partnership.partnership_source, interop.import_run
			restart identity cascade
			""";

	private static final String STAGING = "bench_twin_city_staging";

	/** What the import writes, parents before children; the write floor copies these back. */
	private static final List<String> WRITTEN = List.of("city.place", "city.place_name", "partnership.partnership",
			"partnership.status_change", "partnership.partnership_source");

	/** The steps {@link TwinCityImport} reports through {@link ImportProgress}, in order; they delimit its phases. */
	private static final List<String> PHASES = List.of(
			"parse CSV, begin, lock, load gazetteer index",
			"read rows (countries, name parsing)",
			"resolve + register cities",
			"resolve + register wards",
			"fold pairs + write partnerships",
			"coordinates, commit, import log");

	private TwinCityImportBenchmark() {
	}

	public static void main(String[] args) {
		try {
			var options = Options.parse(args);
			run(options);
			System.exit(0);
		}
		catch (IllegalArgumentException e) {
			System.err.println("twin-city-import benchmark: " + e.getMessage());
			System.exit(2);
		}
		catch (Exception e) {
			System.err.println("twin-city-import benchmark failed:");
			e.printStackTrace();
			System.exit(1);
		}
	}

	private static void run(Options options) throws SQLException, IOException {
		byte[] pairs = options.pairs == null ? resource(PAIRS) : Files.readAllBytes(options.pairs);
		byte[] geocoded = options.geocoded == null ? resource(GEOCODED) : Files.readAllBytes(options.geocoded);
		String pairsName = options.pairs == null ? PAIRS : options.pairs.getFileName().toString();

		System.out.println("Starting Amity (embedded PostgreSQL, no web server)...");
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(AmityApplication.class)
			.web(WebApplicationType.NONE)
			.logStartupInfo(false)
			// As command-line arguments, not default properties: application.yml would override those.
			.run("--amity.data.load-on-start=false", "--amity.embedded-database.clean=true",
					"--amity.embedded-database.directory=target/bench-postgres", "--logging.level.root=WARN",
					"--spring.main.banner-mode=off", "--spring.thymeleaf.check-template-location=false")) {
			var importer = context.getBean(TwinCityImport.class);
			var dataSource = context.getBean(DataSource.class);
			var jdbc = JdbcClient.create(dataSource);
			jdbc.sql("create unlogged table if not exists " + STAGING
					+ " (city1 text, country1 text, city2 text, country2 text)").update();

			String postgres = jdbc.sql("show server_version").query(String.class).single();
			System.out.printf(Locale.ROOT, "%s (%,d bytes) + geocoded companion (%,d bytes)%n", pairsName, pairs.length,
					geocoded.length);
			System.out.printf(Locale.ROOT, "Java %s, %d cores, PostgreSQL %s; %d rounds, the first %d as warm-up%n%n",
					System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), postgres,
					options.rounds, options.warmup);
			System.out.printf(Locale.ROOT, "%-12s %9s %9s %8s %10s %7s %9s %9s %9s %7s%n", "round", "import ms",
					"rows/s", "COPY ms", "rows/s", "ratio", "re-run ms", "rows/s", "floor ms", "ratio");

			var rounds = new ArrayList<Round>();
			ImportReport firstReport = null;
			ImportReport rerunReport = null;
			for (int r = 1; r <= options.rounds; r++) {
				jdbc.sql(EMPTY_REGISTRY).update();
				jdbc.sql("truncate " + STAGING).update();

				var phases = new PhaseClock();
				System.gc();
				long start = System.nanoTime();
				phases.start(start);
				var report = importer.run(pairs, geocoded, "twin-cities", phases);
				long importNanos = System.nanoTime() - start;
				phases.finish(System.nanoTime());

				System.gc();
				start = System.nanoTime();
				long copied = bareCopy(dataSource, pairs);
				long copyNanos = System.nanoTime() - start;

				long rerunNanos = -1;
				if (options.rerun) {
					System.gc();
					start = System.nanoTime();
					var again = importer.run(pairs, geocoded, "twin-cities", ImportProgress.NONE);
					rerunNanos = System.nanoTime() - start;
					rerunReport = again;
				}

				var written = export(dataSource);
				jdbc.sql(EMPTY_REGISTRY).update();
				System.gc();
				start = System.nanoTime();
				copyBack(dataSource, written);
				long floorNanos = System.nanoTime() - start;

				if (firstReport == null) {
					firstReport = report;
				}
				else if (report.placesCreated() != firstReport.placesCreated()
						|| report.partnershipsCreated() != firstReport.partnershipsCreated()) {
					throw new IllegalStateException("Round " + r + " imported differently from round 1: "
							+ report.summary() + " / " + firstReport.summary());
				}
				if (copied != report.rowsRead()) {
					System.out.printf(Locale.ROOT, "  note: COPY took %,d rows, the import read %,d%n", copied,
							report.rowsRead());
				}
				var round = new Round(r, r <= options.warmup, report.rowsRead(), copied, importNanos, copyNanos,
						rerunNanos, floorNanos, phases.millis());
				rounds.add(round);
				System.out.println(round.line());
			}

			var measured = rounds.stream().filter(r -> !r.warmup).toList();
			double importMs = median(measured.stream().mapToDouble(Round::importMillis).toArray());
			double copyMs = median(measured.stream().mapToDouble(Round::copyMillis).toArray());
			double ratio = median(measured.stream().mapToDouble(Round::ratio).toArray());
			double rerunMs = options.rerun ? median(measured.stream().mapToDouble(Round::rerunMillis).toArray()) : -1;
			double floorMs = median(measured.stream().mapToDouble(Round::floorMillis).toArray());
			double floorRatio = median(measured.stream().mapToDouble(Round::floorRatio).toArray());
			int rows = firstReport.rowsRead();
			System.out.printf(Locale.ROOT, "%-12s %9.0f %9s %8.0f %10s %6.1fx %9s %9s %9.0f %6.1fx%n", "median",
					importMs, perSecond(rows, importMs), copyMs, perSecond(rows, copyMs), ratio,
					options.rerun ? String.format(Locale.ROOT, "%.0f", rerunMs) : "-",
					options.rerun ? perSecond(rows, rerunMs) : "-", floorMs, floorRatio);
			System.out.println("ratio: import ms / COPY ms of the same round (the median is over those ratios)");
			System.out.printf(Locale.ROOT, "floor: the %,d rows the import wrote, copied back into the empty registry "
					+ "tables; its ratio is import ms / floor ms%n", written(jdbc));
			System.out.printf(Locale.ROOT, "       the floor alone is %.1f× the bare COPY (median of floor ms / COPY ms)%n",
					median(measured.stream().mapToDouble(r -> (double) r.floorNanos / r.copyNanos).toArray()));

			System.out.println();
			System.out.println("Where the import spends its time (median of the measured rounds):");
			for (int p = 0; p < PHASES.size(); p++) {
				int phase = p;
				double ms = median(measured.stream().mapToDouble(r -> r.phases[phase]).toArray());
				System.out.printf(Locale.ROOT, "  %-46s %8.0f ms %5.0f%%%n", PHASES.get(p), ms, 100 * ms / importMs);
			}

			System.out.println();
			System.out.printf(Locale.ROOT, "goal: ≤ 10 s → %s (median import %,.0f ms)%n",
					importMs <= GOAL_MILLIS ? "PASS" : "FAIL", importMs);
			System.out.printf(Locale.ROOT, "goal: ≤ 3× COPY → %s (median ratio %.1f×)%n",
					ratio <= GOAL_RATIO ? "PASS" : "FAIL", ratio);
			System.out.printf(Locale.ROOT, "  (for reading: import / write floor = %.1f×)%n", floorRatio);
			System.out.println();
			System.out.println("import:  " + firstReport.summary());
			if (rerunReport != null) {
				System.out.println("re-run:  " + rerunReport.summary());
			}
			jdbc.sql("drop table " + STAGING).update();
		}
	}

	/** The baseline: the same bytes, no resolution, straight into a staging table in a transaction of its own. */
	private static long bareCopy(DataSource dataSource, byte[] pairs) throws SQLException, IOException {
		try (var connection = dataSource.getConnection()) {
			connection.setAutoCommit(true);
			InputStream in = new ByteArrayInputStream(pairs);
			return connection.unwrap(PGConnection.class)
				.getCopyAPI()
				.copyIn("COPY " + STAGING + " (city1, country1, city2, country2) FROM STDIN (FORMAT csv, HEADER true)",
						in);
		}
	}

	/** The rows the import wrote, table by table, in COPY's text format. */
	private static Map<String, byte[]> export(DataSource dataSource) throws SQLException, IOException {
		var tables = new LinkedHashMap<String, byte[]>();
		try (var connection = dataSource.getConnection()) {
			var copy = connection.unwrap(PGConnection.class).getCopyAPI();
			for (var table : WRITTEN) {
				var out = new ByteArrayOutputStream();
				copy.copyOut("COPY " + table + " TO STDOUT", out);
				tables.put(table, out.toByteArray());
			}
		}
		return tables;
	}

	/** The write floor: those rows copied back in one transaction, as the import writes them. */
	private static void copyBack(DataSource dataSource, Map<String, byte[]> tables) throws SQLException, IOException {
		try (var connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			var copy = connection.unwrap(PGConnection.class).getCopyAPI();
			for (var table : tables.entrySet()) {
				copy.copyIn("COPY " + table.getKey() + " FROM STDIN", new ByteArrayInputStream(table.getValue()));
			}
			connection.commit();
		}
	}

	private static long written(JdbcClient jdbc) {
		long rows = 0;
		for (var table : WRITTEN) {
			rows += jdbc.sql("select count(*) from " + table).query(Long.class).single();
		}
		return rows;
	}

	private static byte[] resource(String name) {
		try (var in = TwinCityImportBenchmark.class.getClassLoader().getResourceAsStream(name)) {
			if (in == null) {
				throw new IllegalArgumentException(name + " is not on the classpath; give the files with --pairs=FILE "
						+ "--geocoded=FILE");
			}
			return in.readAllBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static double median(double[] values) {
		if (values.length == 0) {
			return Double.NaN;
		}
		var sorted = values.clone();
		java.util.Arrays.sort(sorted);
		int middle = sorted.length / 2;
		return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
	}

	static String perSecond(long rows, double millis) {
		return millis <= 0 ? "-" : String.format(Locale.ROOT, "%,.0f", rows * 1000 / millis);
	}

	/** One round's figures. */
	private record Round(int number, boolean warmup, int rows, long copied, long importNanos, long copyNanos,
			long rerunNanos, long floorNanos, double[] phases) {

		double importMillis() {
			return importNanos / 1e6;
		}

		double copyMillis() {
			return copyNanos / 1e6;
		}

		double rerunMillis() {
			return rerunNanos / 1e6;
		}

		double ratio() {
			return (double) importNanos / copyNanos;
		}

		double floorMillis() {
			return floorNanos / 1e6;
		}

		double floorRatio() {
			return (double) importNanos / floorNanos;
		}

		String line() {
			return String.format(Locale.ROOT, "%-12s %9.0f %9s %8.0f %10s %6.1fx %9s %9s %9.0f %6.1fx",
					number + (warmup ? " (warm-up)" : ""), importMillis(), perSecond(rows, importMillis()),
					copyMillis(), perSecond(copied, copyMillis()), ratio(),
					rerunNanos < 0 ? "-" : String.format(Locale.ROOT, "%.0f", rerunMillis()),
					rerunNanos < 0 ? "-" : perSecond(rows, rerunMillis()), floorMillis(), floorRatio());
		}
	}

	/**
	 * Splits one import into its phases from the progress it reports: the first "read" comes once the files are parsed
	 * and the gazetteer loaded, the last once every row is read, then "places" 1/2 (cities), "places" 2/2 (wards) and
	 * "partnerships"; what follows is coordinates, commit and the import log.
	 */
	private static final class PhaseClock implements ImportProgress {

		private final Map<String, Long> marks = new LinkedHashMap<>();
		private long start;
		private long end;

		void start(long nanos) {
			start = nanos;
		}

		void finish(long nanos) {
			end = nanos;
		}

		@Override
		public void advance(String step, long done, long total) {
			long now = System.nanoTime();
			if (step.equals("read") && done == 0) {
				marks.putIfAbsent("read-start", now);
			}
			else if (done == total) {
				marks.put(step + "-" + done, now);
			}
			else {
				marks.putIfAbsent(step + "-" + done, now);
			}
		}

		double[] millis() {
			long[] bounds = { start, mark("read-start"), mark("read-" + lastRead()), mark("places-1"),
					mark("places-2"), mark("partnerships-1"), end };
			var phases = new double[bounds.length - 1];
			for (int i = 0; i < phases.length; i++) {
				phases[i] = (bounds[i + 1] - bounds[i]) / 1e6;
			}
			return phases;
		}

		private String lastRead() {
			return marks.keySet().stream().filter(k -> k.startsWith("read-") && !k.equals("read-start"))
				.reduce((a, b) -> b)
				.map(k -> k.substring("read-".length()))
				.orElse("start");
		}

		private long mark(String name) {
			var nanos = marks.get(name);
			if (nanos == null) {
				throw new IllegalStateException("The import no longer reports the step " + name
						+ "; update the benchmark's phases");
			}
			return nanos;
		}
	}

	private static final class Options {

		int rounds = 5;
		int warmup = -1;
		Path pairs;
		Path geocoded;
		boolean rerun = true;

		static Options parse(String[] args) {
			var options = new Options();
			for (var arg : args) {
				if (arg.startsWith("--warmup=")) {
					options.warmup = number(arg.substring("--warmup=".length()), arg);
				}
				else if (arg.startsWith("--pairs=")) {
					options.pairs = existing(arg.substring("--pairs=".length()));
				}
				else if (arg.startsWith("--geocoded=")) {
					options.geocoded = existing(arg.substring("--geocoded=".length()));
				}
				else if (arg.equals("--no-rerun")) {
					options.rerun = false;
				}
				else if (arg.matches("\\d+")) {
					options.rounds = number(arg, arg);
				}
				else {
					throw new IllegalArgumentException("unknown argument " + arg
							+ "; use [ROUNDS] [--warmup=N] [--pairs=FILE] [--geocoded=FILE] [--no-rerun]");
				}
			}
			if (options.rounds < 1) {
				throw new IllegalArgumentException("at least one round is needed");
			}
			if (options.warmup < 0) {
				options.warmup = options.rounds >= 4 ? 2 : options.rounds >= 2 ? 1 : 0;
			}
			if (options.warmup >= options.rounds) {
				throw new IllegalArgumentException(
						"--warmup=" + options.warmup + " leaves no measured round out of " + options.rounds);
			}
			return options;
		}

		private static int number(String text, String arg) {
			try {
				return Integer.parseInt(text);
			}
			catch (NumberFormatException e) {
				throw new IllegalArgumentException("not a number in " + arg);
			}
		}

		private static Path existing(String file) {
			var path = Path.of(file);
			if (!Files.isReadable(path)) {
				throw new IllegalArgumentException(file + " cannot be read");
			}
			return path;
		}
	}
}
