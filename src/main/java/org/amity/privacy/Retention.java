package org.amity.privacy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.amity.shared.personal.PersonalDataContribution;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The retention schedule and its purge: each kind of record is kept for a configured period
 * ({@code amity.privacy.retention.periods.<kind>}), after which its module deletes or anonymises it. The purge runs
 * every night and on demand; with several instances, a PostgreSQL advisory lock lets one run at a time.
 */
@Service
public class Retention {

	private static final Logger logger = LoggerFactory.getLogger(Retention.class);
	private static final long LOCK = 0x616d697479_12L;

	private final List<PersonalDataContribution> contributions;
	private final ProcessingLog log;
	private final JdbcClient jdbc;
	private final Schedule schedule;
	private final PersonalData personalData;
	private final Clock clock = Clock.systemUTC();

	Retention(List<PersonalDataContribution> contributions, ProcessingLog log, JdbcClient jdbc, Schedule schedule,
			PersonalData personalData) {
		this.contributions = contributions;
		this.log = log;
		this.jdbc = jdbc;
		this.schedule = schedule;
		this.personalData = personalData;
	}

	/** Each kind of record and how long it is kept. */
	public Map<String, Duration> schedule() {
		return Map.copyOf(schedule.periods());
	}

	/** Runs the purge now, as the staff who answer data requests may. */
	@Transactional
	public Map<String, Integer> runNow() {
		personalData.requireOfficer();
		return purge(Instant.now(clock));
	}

	@Scheduled(cron = "${amity.privacy.retention.cron:0 30 3 * * *}", zone = "UTC")
	@Transactional
	void nightly() {
		var purged = purge(Instant.now(clock));
		logger.info("Retention purge: {}", purged);
	}

	/** Purges every kind of record older than its period at {@code now}; kinds without a period are kept. */
	@Transactional
	Map<String, Integer> purge(Instant now) {
		var purged = new LinkedHashMap<String, Integer>();
		if (!jdbc.sql("select pg_try_advisory_xact_lock(:lock)").param("lock", LOCK).query(Boolean.class).single()) {
			return purged;
		}
		for (var contribution : contributions) {
			var period = schedule.periods().get(contribution.section());
			if (period != null) {
				purged.put(contribution.section(), contribution.purge(now.minus(period)));
			}
		}
		var logPeriod = schedule.periods().get("processing-log");
		if (logPeriod != null) {
			purged.put("processing-log", log.purgeBefore(now.minus(logPeriod)));
		}
		var requestPeriod = schedule.periods().get("requests");
		if (requestPeriod != null) {
			purged.put("requests", jdbc.sql("delete from privacy.request where status = 'COMPLETED' and completed_at < :t")
				.param("t", java.sql.Timestamp.from(now.minus(requestPeriod))).update());
		}
		return purged;
	}

	/**
	 * The configured periods, by kind of record: a module's section ({@code mail}, {@code account}, ...),
	 * {@code processing-log} and {@code requests}.
	 */
	@ConfigurationProperties("amity.privacy.retention")
	public record Schedule(Map<String, Duration> periods) {

		public Schedule {
			periods = periods == null ? Map.of() : Map.copyOf(periods);
		}
	}

}
