package org.amity.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The application runs as a separate JVM on this test's PostgreSQL and is killed with SIGKILL at random moments while
 * people register. After each restart, every registration a client was told about exists, each confirmed registration
 * has exactly one confirmation mail in the outbox, no mail speaks of a registration that was rolled back, and
 * requests replayed with their Idempotency-Key make no second registration.
 */
@SpringBootTest
class RegistrationCrashTest {

	static final int ROUNDS = 3;
	static final int CLIENTS = 6;

	@Autowired
	EventPlanning planning;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	javax.sql.DataSource dataSource;

	final Random random = new Random();
	final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	/** What clients were told: Idempotency-Key to the reference answered. */
	final Map<String, String> answered = new ConcurrentHashMap<>();
	/** Keys sent whose answer never came (the application died under them). */
	final Map<String, String> unanswered = new ConcurrentHashMap<>();

	@Test
	void killing_the_application_during_registrations_loses_no_place_and_sends_each_confirmation_once()
			throws Exception {
		var fixture = new EventFixture(planning, jdbc);
		var event = fixture.simple(60);
		var log = Path.of("target/crash-test");
		Files.createDirectories(log);
		var counter = new AtomicInteger();
		for (int round = 0; round < ROUNDS; round++) {
			int port = freePort();
			var app = start(port, log.resolve("app-" + round + ".log"));
			try {
				awaitUp(port, app);
				var stop = new AtomicBoolean();
				ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
				for (int c = 0; c < CLIENTS; c++) {
					clients.submit(() -> {
						while (!stop.get()) {
							int n = counter.incrementAndGet();
							register(port, event.slug(), "crash-" + n, n);
						}
					});
				}
				Thread.sleep(300 + random.nextInt(1500));
				// SIGKILL: no shutdown hook, no commit of what is under way
				app.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
				stop.set(true);
				clients.shutdown();
				clients.awaitTermination(30, TimeUnit.SECONDS);
			}
			finally {
				app.destroyForcibly();
			}
		}
		assertThat(unanswered).as("requests under way when the application was killed").isNotEmpty();
		int port = freePort();
		var app = start(port, log.resolve("app-final.log"));
		try {
			awaitUp(port, app);
			// whoever never heard back tries again with the same key: an existing registration answers, never a second
			for (var key : List.copyOf(unanswered.keySet())) {
				register(port, event.slug(), key, Integer.parseInt(key.substring("crash-".length())));
			}
		}
		finally {
			app.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		}
		assertThat(answered).as("registrations answered before and after the crashes").isNotEmpty();
		for (var entry : answered.entrySet()) {
			assertThat(jdbc.sql("select count(*) from event.registration where reference = :r")
				.param("r", entry.getValue()).query(Integer.class).single())
				.as("registration answered to %s exists", entry.getKey()).isEqualTo(1);
		}
		var people = jdbc.sql("select email, count(*) from event.registration where event_id = :e group by email")
			.param("e", event.eventId()).query((rs, n) -> rs.getInt(2)).list();
		assertThat(people).as("nobody registered twice").allMatch(count -> count == 1);
		var orphanMails = jdbc.sql("""
				select count(*) from notification.outbox o where o.mail_key like 'event-registration-%'
				and not exists (select 1 from event.registration r where o.mail_key like '%:' || r.reference
				  or o.mail_key like '%:' || r.reference || ':%')
				""").query(Integer.class).single();
		assertThat(orphanMails).as("mails about registrations that were rolled back").isZero();
		fixture.assertConsistent(event.eventId(), false);
	}

	private void register(int port, String slug, String key, int n) {
		var body = "{\"type\":\"general\",\"email\":\"crash" + n + "@example.org\",\"name\":\"Crash " + n
				+ "\",\"quantity\":1}";
		var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/events/" + slug
				+ "/registrations"))
			.header("Content-Type", "application/json")
			.header("Idempotency-Key", key)
			.timeout(Duration.ofSeconds(20))
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		unanswered.put(key, "");
		try {
			var response = http.send(request, HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() == 201) {
				var reference = response.body().replaceAll(".*\"reference\":\"([A-Z0-9]+)\".*", "$1");
				var earlier = answered.putIfAbsent(key, reference);
				assertThat(earlier == null || earlier.equals(reference)).as("same key, same answer").isTrue();
				unanswered.remove(key);
			}
		}
		catch (IOException | InterruptedException e) {
			// the application died under this request; the key stays unanswered
		}
	}

	private Process start(int port, Path log) throws IOException {
		var url = ((HikariDataSource) dataSource).getJdbcUrl();
		var command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx384m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
				"org.amity.AmityApplication", "--server.port=" + port, "--spring.datasource.url=" + url,
				"--spring.datasource.username=postgres", "--amity.data.load-on-start=false",
				"--amity.search.warm-up=false", "--amity.network.warm-up=false", "--amity.demo.enabled=false",
				"--spring.datasource.hikari.maximum-pool-size=6"));
		return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
	}

	private void awaitUp(int port, Process app) throws Exception {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
		while (System.nanoTime() < deadline) {
			assertThat(app.isAlive()).as("the application started").isTrue();
			try {
				var response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
						+ "/actuator/health")).timeout(Duration.ofSeconds(2)).build(),
						HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() == 200) {
					return;
				}
			}
			catch (IOException e) {
				// not listening yet
			}
			Thread.sleep(250);
		}
		throw new AssertionError("the application did not start within 180 s");
	}

	private static int freePort() throws IOException {
		try (var socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}
}
