package org.amity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts an embedded PostgreSQL when no external database is configured, so that a newcomer needs nothing installed.
 * Its data directory persists between runs (under {@code ./data} by default). Setting {@code spring.datasource.url}
 * switches this off and Spring Boot's ordinary datasource takes over.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

	/**
	 * The embedded database: started here, or, when another Amity process (the web application beside the command
	 * line) already runs one on the same data directory, that one.
	 */
	record EmbeddedDatabase(EmbeddedPostgres started, int port) implements AutoCloseable {

		String jdbcUrl() {
			return "jdbc:postgresql://localhost:" + port + "/postgres";
		}

		@Override
		public void close() throws IOException {
			if (started != null) {
				started.close();
			}
		}
	}

	@Bean(destroyMethod = "close")
	EmbeddedDatabase embeddedDatabase(@Value("${amity.embedded-database.directory:./data/postgres}") Path directory,
			@Value("${amity.embedded-database.clean:false}") boolean clean,
			@Value("${amity.embedded-database.port:0}") int port) {
		try {
			Files.createDirectories(directory);
			// A clean database (tests) gets a directory of its own, so that several can run side by side.
			var dataDirectory = clean ? Files.createTempDirectory(directory, "run-") : directory;
			var running = serverOfAnotherProcess(dataDirectory);
			if (running.isPresent()) {
				log.info("Using the embedded PostgreSQL that another Amity process runs on port {} with data in {}",
						running.get(), dataDirectory.toAbsolutePath().normalize());
				return new EmbeddedDatabase(null, running.get());
			}
			stopOrphanedServer(dataDirectory);
			var builder = EmbeddedPostgres.builder()
				.setDataDirectory(dataDirectory)
				.setCleanDataDirectory(clean)
				// Spring stops it (destroy method) after the beans that still use it; a hook of its own would stop
				// the server while the context is closing and leave those beans waiting for connections
				.setRegisterShutdownHook(false)
				.setServerConfig("max_connections", "100")
				.setServerConfig("shared_buffers", "128MB")
				.setServerConfig("fsync", clean ? "off" : "on");
			if (port > 0) {
				builder.setPort(port);
			}
			var postgres = builder.start();
			log.info("Embedded PostgreSQL started on port {} with data in {}", postgres.getPort(),
					dataDirectory.toAbsolutePath().normalize());
			return new EmbeddedDatabase(postgres, postgres.getPort());
		}
		catch (IOException e) {
			throw new UncheckedIOException("The embedded PostgreSQL could not start in " + directory, e);
		}
	}

	/**
	 * The port of a server on this data directory that a live Amity process owns: the embedded server's owner holds a
	 * lock on {@code epg-lock} in the directory for as long as it runs. A server whose lock nobody holds is an orphan.
	 */
	static Optional<Integer> serverOfAnotherProcess(Path dataDirectory) throws IOException {
		var pidFile = dataDirectory.resolve("postmaster.pid");
		var lockFile = dataDirectory.resolve("epg-lock");
		if (!Files.isRegularFile(pidFile) || !Files.isRegularFile(lockFile)) {
			return Optional.empty();
		}
		var lines = Files.readAllLines(pidFile);
		if (lines.size() < 4 || !lines.get(0).strip().matches("\\d+") || !lines.get(3).strip().matches("\\d+")
				|| ProcessHandle.of(Long.parseLong(lines.get(0).strip())).filter(ProcessHandle::isAlive).isEmpty()) {
			return Optional.empty();
		}
		try (var channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
			var lock = channel.tryLock();
			if (lock != null) {
				lock.release();
				return Optional.empty();
			}
		}
		catch (OverlappingFileLockException e) {
			// held in this very process: not another one's server
			return Optional.empty();
		}
		return Optional.of(Integer.parseInt(lines.get(3).strip()));
	}

	/**
	 * A server left running by an application that was killed outright still holds the data directory; a new one
	 * could not start on it. Stop it the way PostgreSQL documents (SIGTERM, a smart shutdown: its clients are gone).
	 */
	static void stopOrphanedServer(Path dataDirectory) throws IOException {
		var pidFile = dataDirectory.resolve("postmaster.pid");
		if (!Files.isRegularFile(pidFile)) {
			return;
		}
		var lines = Files.readAllLines(pidFile);
		if (lines.isEmpty() || !lines.get(0).strip().matches("\\d+")) {
			return;
		}
		var server = ProcessHandle.of(Long.parseLong(lines.get(0).strip()))
			.filter(ProcessHandle::isAlive)
			.filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false));
		if (server.isPresent()) {
			log.warn("Stopping the embedded PostgreSQL (pid {}) left running by an earlier run", server.get().pid());
			server.get().destroy();
			try {
				server.get().onExit().get(30, TimeUnit.SECONDS);
			}
			catch (Exception e) {
				throw new IOException("The earlier embedded PostgreSQL (pid " + server.get().pid()
						+ ") did not stop; stop it and start Amity again", e);
			}
		}
	}

	@Bean
	DataSource dataSource(EmbeddedDatabase database,
			@Value("${amity.embedded-database.pool-size:10}") int poolSize) {
		var dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(database.jdbcUrl());
		dataSource.setUsername("postgres");
		dataSource.setMaximumPoolSize(poolSize);
		dataSource.setPoolName("amity-embedded");
		return dataSource;
	}
}
