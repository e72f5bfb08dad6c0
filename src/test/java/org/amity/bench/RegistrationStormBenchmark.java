package org.amity.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.amity.event.RegistrationScript;

/**
 * The registration storm: two Amity instances on one PostgreSQL, 10,000 registration attempts for 500 places sent at
 * once (a bounded number in flight), then the checks (exactly 500 confirmed, the rest waitlisted, no duplicates, no
 * errors, the quota's count and the confirmation mails agreeing) and, on the same database in the same run, pgbench's
 * rate for a single-row update transaction as the reference, and pgbench's rate for the registration's own SQL as the
 * ceiling any application could reach. A plain {@code main} that reports; it exits non-zero
 * only when a check fails or something breaks. See bench/README.md.
 */
public final class RegistrationStormBenchmark {

	static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");

	int attempts = 10_000;
	int places = 500;
	int inFlight = 200;
	int pgbenchSeconds = 15;
	/** 0: as many as the two instances' pools hold together. */
	int pgbenchClients = 0;
	int poolSize = 8;
	/** 0: twice the pool size. */
	int tomcatThreads = 0;
	int warmup = 2_000;
	/**
	 * JVM options for the instances. By default the client compiler only and the serial collector: on two cores shared
	 * with the database and the load, the optimising compiler's and a parallel collector's threads cost the
	 * registrations more CPU than they give back within a storm (see bench/README.md).
	 */
	List<String> instanceOptions = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
	String pgbench = "pgbench";

	public static void main(String[] args) throws Exception {
		var bench = new RegistrationStormBenchmark();
		for (var arg : args) {
			var parts = arg.split("=", 2);
			switch (parts[0]) {
				case "--attempts" -> bench.attempts = Integer.parseInt(parts[1]);
				case "--places" -> bench.places = Integer.parseInt(parts[1]);
				case "--in-flight" -> bench.inFlight = Integer.parseInt(parts[1]);
				case "--pgbench-seconds" -> bench.pgbenchSeconds = Integer.parseInt(parts[1]);
				case "--pgbench-clients" -> bench.pgbenchClients = Integer.parseInt(parts[1]);
				case "--pool-size" -> bench.poolSize = Integer.parseInt(parts[1]);
				case "--tomcat-threads" -> bench.tomcatThreads = Integer.parseInt(parts[1]);
				case "--warmup" -> bench.warmup = Integer.parseInt(parts[1]);
				case "--instance-options" -> bench.instanceOptions = parts[1].isBlank() ? List.of()
						: List.of(parts[1].trim().split("\\s+"));
				case "--pgbench" -> bench.pgbench = parts[1];
				default -> throw new IllegalArgumentException("unknown argument " + arg);
			}
		}
		if (bench.pgbenchClients == 0) {
			bench.pgbenchClients = 2 * bench.poolSize;
		}
		if (bench.tomcatThreads == 0) {
			bench.tomcatThreads = 2 * bench.poolSize;
		}
		System.exit(bench.run() ? 0 : 1);
	}

	boolean run() throws Exception {
		var directory = Path.of("target/bench-storm");
		Files.createDirectories(directory);
		try (var postgres = EmbeddedPostgres.builder()
			.setDataDirectory(Files.createTempDirectory(directory, "postgres-"))
			.setCleanDataDirectory(true)
			.setServerConfig("max_connections", "200")
			.setServerConfig("shared_buffers", "128MB")
			// the same durable settings as Amity's own embedded database
			.setServerConfig("fsync", "on")
			.start()) {
			var url = "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/postgres";
			log("PostgreSQL on port " + postgres.getPort());
			var first = start(url, directory.resolve("instance-1.log"));
			awaitUp(first);
			var second = start(url, directory.resolve("instance-2.log"));
			awaitUp(second);
			try {
				var ports = List.of(first.port, second.port);
				if (warmup > 0) {
					// fresh JVMs interpret and compile the path first; a server in service has done that long before
					createEvent(url, "storm-warmup", warmup / 2);
					log("warming up with " + warmup + " attempts on another event");
					var warm = storm(ports, "storm-warmup", warmup, "warmup-");
					log("warm-up took " + String.format(Locale.ROOT, "%.1f", warm.seconds) + " s");
				}
				var slug = createEvent(url, "storm", places);
				double pgbenchBefore = pgbench(postgres.getPort(), false);
				var cpu = new Cpu(url, first, second);
				var storm = storm(ports, slug, attempts, "");
				var used = cpu.since();
				boolean ok = check(url, slug, storm);
				double pgbenchAfter = pgbench(postgres.getPort(), false);
				double pgbenchHot = pgbench(postgres.getPort(), true);
				double ceiling = ceiling(postgres.getPort(), url, slug);
				// the higher of the two: the reference is never the one that happened to be slowed down
				double pgbenchRandom = Math.max(pgbenchBefore, pgbenchAfter);
				double rate = storm.rate();
				System.out.printf(Locale.ROOT, "%nregistrations/s           %10.1f  (%d attempts in %.2f s, %d in flight, 2 instances,"
						+ " pool %d and %d request threads each, JVM options %s)%n", rate, attempts, storm.seconds,
						inFlight, poolSize, tomcatThreads, instanceOptions);
				System.out.printf(Locale.ROOT, "pgbench single-row update %10.1f  tps (random row of 100,000, %d clients, %d s;"
						+ " before the storm %.1f, after %.1f)%n", pgbenchRandom, pgbenchClients, pgbenchSeconds,
						pgbenchBefore, pgbenchAfter);
				System.out.printf(Locale.ROOT, "pgbench same-row update   %10.1f  tps (one hot row, %d clients, %d s)%n",
						pgbenchHot, pgbenchClients, pgbenchSeconds);
				System.out.printf(Locale.ROOT, "ratio registrations/pgbench single-row update: %.3f (goal >= 0.3: %s)%n",
						rate / pgbenchRandom, rate / pgbenchRandom >= 0.3 ? "met" : "NOT met");
				System.out.printf(Locale.ROOT, "ratio registrations/pgbench same-row update:   %.3f%n", rate / pgbenchHot);
				System.out.printf(Locale.ROOT, "pgbench registration SQL  %10.1f  tps (the statement and mail of a waiting-list"
						+ " registration, as Amity sends them, prepared, %d clients, %d s: no HTTP, no JVM)%n", ceiling,
						pgbenchClients, pgbenchSeconds);
				System.out.printf(Locale.ROOT, "ratio registration SQL/pgbench single-row update: %.3f (the most any"
						+ " application writing a registration's rows could reach here)%n", ceiling / pgbenchRandom);
				System.out.printf(Locale.ROOT, "CPU per registration: %.0f us in the two instances, %.0f us in PostgreSQL"
						+ " (%.1f s and %.1f s in all)%n", used[0] * 1e6 / attempts, used[1] * 1e6 / attempts, used[0],
						used[1]);
				System.out.println("machine load average (1, 5, 15 min) at the end: " + loadAverage());
				System.out.println(ok ? "checks: all passed (0 oversold)" : "checks: FAILED");
				return ok;
			}
			finally {
				first.process.destroy();
				second.process.destroy();
				first.process.waitFor(30, TimeUnit.SECONDS);
				second.process.waitFor(30, TimeUnit.SECONDS);
			}
		}
	}

	record Instance(Process process, int port) {
	}

	/**
	 * CPU time spent from now on by the two instances (their JVMs) and by PostgreSQL (the server's processes, whose
	 * connections from the instances' pools live through the storm): a machine shared with other work slows the clock
	 * but not the CPU a registration costs.
	 */
	static final class Cpu {

		final Instance first;
		final Instance second;
		final long postmaster;
		final double apps;
		final double database;

		Cpu(String url, Instance first, Instance second) throws SQLException, IOException {
			this.first = first;
			this.second = second;
			try (var db = connect(url); var st = db.createStatement(); var rs = st.executeQuery("select pg_backend_pid()")) {
				rs.next();
				postmaster = Long.parseLong(stat(rs.getLong(1))[3]);
			}
			apps = apps();
			database = database();
		}

		/** Seconds of CPU since this was made: the instances', then PostgreSQL's. */
		double[] since() throws IOException {
			return new double[] { apps() - apps, database() - database };
		}

		double apps() {
			return cpu(first.process) + cpu(second.process);
		}

		static double cpu(Process process) {
			return process.info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(0.0);
		}

		double database() throws IOException {
			double ticks = 0;
			try (var processes = Files.list(Path.of("/proc"))) {
				for (var dir : processes.filter(p -> p.getFileName().toString().matches("[0-9]+")).toList()) {
					try {
						var fields = stat(Long.parseLong(dir.getFileName().toString()));
						if (Long.parseLong(fields[3]) == postmaster || Long.parseLong(fields[0]) == postmaster) {
							// utime and stime, in clock ticks (100 a second on Linux)
							ticks += Long.parseLong(fields[13]) + Long.parseLong(fields[14]);
						}
					}
					catch (IOException | RuntimeException e) {
						// a process that ended meanwhile
					}
				}
			}
			return ticks / 100.0;
		}

		/** The fields of /proc/PID/stat, the command name (which may hold spaces) taken out. */
		static String[] stat(long pid) throws IOException {
			var text = Files.readString(Path.of("/proc/" + pid + "/stat"));
			var rest = text.substring(text.lastIndexOf(')') + 2).split(" ");
			var fields = new String[rest.length + 2];
			fields[0] = String.valueOf(pid);
			fields[1] = "";
			System.arraycopy(rest, 0, fields, 2, rest.length);
			return fields;
		}
	}

	record Storm(Map<String, Integer> outcomes, int retries, double seconds, int attempts) {

		double rate() {
			return attempts / seconds;
		}
	}

	Instance start(String url, Path log) throws IOException {
		int port = freePort();
		var command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx512m"));
		command.addAll(instanceOptions.stream().map(o -> o.replace("{log}", log.toString())).toList());
		command.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.amity.AmityApplication",
				"--server.port=" + port, "--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
				"--spring.datasource.hikari.maximum-pool-size=" + poolSize,
				"--server.tomcat.threads.max=" + tomcatThreads, "--amity.data.load-on-start=false",
				"--amity.search.warm-up=false", "--amity.network.warm-up=false", "--amity.demo.enabled=false",
				"--logging.level.root=WARN"));
		log("starting an instance on port " + port + " (log: " + log + ")");
		return new Instance(new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start(),
				port);
	}

	void awaitUp(Instance instance) throws Exception {
		var http = HttpClient.newHttpClient();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
		while (System.nanoTime() < deadline) {
			if (!instance.process.isAlive()) {
				throw new IllegalStateException("an instance stopped while starting; see its log");
			}
			try {
				if (http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + instance.port
						+ "/actuator/health")).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
					return;
				}
			}
			catch (IOException e) {
				// not listening yet
			}
			Thread.sleep(250);
		}
		throw new IllegalStateException("an instance did not start within 300 s");
	}

	String createEvent(String url, String slug, int capacity) throws SQLException {
		try (var db = connect(url); var st = db.createStatement()) {
			st.execute("""
					insert into event.venue (slug, name, address, locality, country, time_zone)
					values ('storm-hall', '{"en":"Storm hall"}', '1 Storm street', 'Seoul', 'KR', 'Asia/Seoul')
					on conflict do nothing;
					insert into event.event (slug, kind, title, venue_id, starts_at, ends_at, languages)
					select '%1$s', 'CONCERT', '{"en":"Storm"}', id, '2027-09-03 19:00', '2027-09-03 21:00', '{en}'
					from event.venue where slug = 'storm-hall';
					insert into event.registration_type (event_id, code, name, max_group)
					select id, 'general', '{"en":"General"}', 1 from event.event where slug = '%1$s';
					insert into event.quota (event_id, code, name, capacity)
					select id, 'hall', '{"en":"Hall"}', %2$d from event.event where slug = '%1$s';
					insert into event.quota_type (quota_id, type_id)
					select q.id, t.id from event.quota q join event.registration_type t on t.event_id = q.event_id
					join event.event e on e.id = q.event_id where e.slug = '%1$s'
					""".formatted(slug, capacity));
		}
		return slug;
	}

	Storm storm(List<Integer> ports, String slug, int attempts, String prefix) throws Exception {
		var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
		var gate = new Semaphore(inFlight);
		var outcomes = new ConcurrentHashMap<String, Integer>();
		var retries = new AtomicInteger();
		var futures = new ArrayList<CompletableFuture<Void>>();
		log("sending " + attempts + " registration attempts to event " + slug);
		long start = System.nanoTime();
		for (int i = 0; i < attempts; i++) {
			int n = i;
			gate.acquire();
			futures.add(attempt(http, ports.get(n % ports.size()), slug, prefix, n, 0, retries)
				.whenComplete((outcome, error) -> {
					outcomes.merge(error != null ? "error " + error.getClass().getSimpleName() : outcome, 1,
							Integer::sum);
					gate.release();
				})
				.handle((outcome, error) -> null));
		}
		CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).join();
		double seconds = (System.nanoTime() - start) / 1e9;
		log("outcomes: " + outcomes + ", retries after 429: " + retries.get());
		return new Storm(outcomes, retries.get(), seconds, attempts);
	}

	/** One person's attempt; a 429 (busy) is tried again with the same Idempotency-Key after its Retry-After. */
	CompletableFuture<String> attempt(HttpClient http, int port, String slug, String prefix, int n, int tries,
			AtomicInteger retries) {
		var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/events/" + slug
				+ "/registrations"))
			.header("Content-Type", "application/json")
			.header("Idempotency-Key", prefix + "storm-" + n)
			.timeout(Duration.ofSeconds(60))
			.POST(HttpRequest.BodyPublishers.ofString("{\"type\":\"general\",\"email\":\"" + prefix + "storm" + n
					+ "@example.org\",\"name\":\"Storm " + n + "\",\"quantity\":1}"))
			.build();
		return http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).thenCompose(response -> {
			if (response.statusCode() == 429 && tries < 5) {
				retries.incrementAndGet();
				return CompletableFuture.supplyAsync(() -> null,
						CompletableFuture.delayedExecutor(1, TimeUnit.SECONDS))
					.thenCompose(x -> attempt(http, port, slug, prefix, n, tries + 1, retries));
			}
			if (response.statusCode() != 201) {
				return CompletableFuture.completedFuture("http " + response.statusCode());
			}
			var body = response.body();
			return CompletableFuture.completedFuture(body.contains("\"answered\":\"CONFIRMED\"") ? "CONFIRMED"
					: body.contains("\"answered\":\"WAITLISTED\"") ? "WAITLISTED" : "unexpected answer");
		});
	}

	boolean check(String url, String slug, Storm storm) throws SQLException {
		try (var db = connect(url)) {
			var of = " from event.registration r join event.event e on e.id = r.event_id where e.slug = '" + slug + "'";
			int confirmed = count(db, "select count(*)" + of + " and r.status = 'CONFIRMED'");
			int waitlisted = count(db, "select count(*)" + of + " and r.status = 'WAITLISTED'");
			int duplicates = count(db, "select count(*) from (select r.email" + of + " group by r.email"
					+ " having count(*) > 1) d");
			int taken = count(db, "select q.taken from event.quota q join event.event e on e.id = q.event_id"
					+ " where e.slug = '" + slug + "'");
			// every confirmation mail of the event's registrations, whatever their status now
			int mails = count(db, "select count(*) from notification.outbox o join event.registration r"
					+ " on o.mail_key = 'event-registration-confirmed:' || r.reference join event.event e"
					+ " on e.id = r.event_id where e.slug = '" + slug + "'");
			int errors = storm.outcomes().entrySet().stream()
				.filter(e -> !e.getKey().equals("CONFIRMED") && !e.getKey().equals("WAITLISTED"))
				.mapToInt(Map.Entry::getValue).sum();
			int answeredConfirmed = storm.outcomes().getOrDefault("CONFIRMED", 0);
			System.out.printf(Locale.ROOT, "%nconfirmed %d (answered %d), waitlisted %d, duplicates %d, errors %d,"
					+ " quota taken %d, confirmation mails %d, retries after 429: %d%n", confirmed, answeredConfirmed,
					waitlisted, duplicates, errors, taken, mails, storm.retries());
			return confirmed == places && answeredConfirmed == places && waitlisted == attempts - places
					&& duplicates == 0 && errors == 0 && taken == places && mails == places;
		}
	}

	double pgbench(int port, boolean hotRow) throws Exception {
		var script = Files.createTempFile("storm-pgbench", ".sql");
		try (var db = connect("jdbc:postgresql://127.0.0.1:" + port + "/postgres"); var st = db.createStatement()) {
			st.execute("drop table if exists bench_row");
			st.execute("create table bench_row (id int primary key, n bigint not null default 0)");
			st.execute("insert into bench_row (id) select generate_series(1, 100000)");
			st.execute("vacuum analyze bench_row");
		}
		Files.writeString(script, hotRow ? "UPDATE bench_row SET n = n + 1 WHERE id = 1;\n"
				: "\\set id random(1, 100000)\nUPDATE bench_row SET n = n + 1 WHERE id = :id;\n");
		return rate(new ProcessBuilder(pgbench, "-n", "-h", "127.0.0.1", "-p", String.valueOf(port), "-U",
				"postgres", "-c", String.valueOf(pgbenchClients), "-j", "2", "-T", String.valueOf(pgbenchSeconds),
				"-f", script.toString(), "postgres"));
	}

	/**
	 * pgbench sending a registration's own statements (see {@link RegistrationScript}) to the storm's event, by now
	 * full, so that each transaction is a waiting-list registration like 95% of the storm's; the mail's subject and
	 * body are the last one the storm queued.
	 */
	double ceiling(int port, String url, String slug) throws Exception {
		var script = Files.createTempFile("storm-registration", ".sql");
		Files.writeString(script, RegistrationScript.pgbench());
		var variables = new ArrayList<String>();
		try (var db = connect(url); var st = db.createStatement(); var rs = st.executeQuery("""
				select e.id, e.definition_version, t.id, q.id,
				  (select subject from notification.outbox order by id desc limit 1),
				  (select body from notification.outbox order by id desc limit 1)
				from event.event e join event.registration_type t on t.event_id = e.id
				join event.quota q on q.event_id = e.id where e.slug = '%s'""".formatted(slug))) {
			rs.next();
			variables.addAll(List.of("event=" + rs.getLong(1), "version=" + rs.getLong(2), "type=" + rs.getLong(3),
					"quota=" + rs.getLong(4), "subject=" + rs.getString(5), "body=" + rs.getString(6)));
		}
		variables.addAll(List.of("quantity=1", "quotaCount=1", "lockTimeout=3000", "name=Ceiling Person",
				"language=en", "answers={}",
				"hash=" + "0".repeat(64)));
		var command = new ArrayList<>(List.of(pgbench, "-n", "-M", "prepared", "-h", "127.0.0.1", "-p",
				String.valueOf(port), "-U", "postgres", "-c", String.valueOf(pgbenchClients), "-j", "2", "-T",
				String.valueOf(pgbenchSeconds), "-f", script.toString()));
		variables.forEach(v -> command.addAll(List.of("-D", v)));
		command.add("postgres");
		return rate(new ProcessBuilder(command));
	}

	static double rate(ProcessBuilder pgbench) throws Exception {
		var process = pgbench.redirectErrorStream(true).start();
		var output = new String(process.getInputStream().readAllBytes());
		process.waitFor();
		var matcher = TPS.matcher(output);
		if (!matcher.find()) {
			throw new IllegalStateException("pgbench gave no rate:\n" + output);
		}
		return Double.parseDouble(matcher.group(1));
	}

	/** The machine is shared: its load says how far apart the two rates' conditions may have been. */
	static String loadAverage() {
		try {
			var fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
			return fields[0] + ", " + fields[1] + ", " + fields[2] + " on " + Runtime.getRuntime().availableProcessors()
					+ " cores";
		}
		catch (IOException e) {
			return "unknown";
		}
	}

	static int count(Connection db, String sql) throws SQLException {
		try (var st = db.createStatement(); var rs = st.executeQuery(sql)) {
			rs.next();
			return rs.getInt(1);
		}
	}

	static Connection connect(String url) throws SQLException {
		return DriverManager.getConnection(url, "postgres", "");
	}

	static int freePort() throws IOException {
		try (var socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	static void log(String message) {
		System.err.println(message);
	}
}
