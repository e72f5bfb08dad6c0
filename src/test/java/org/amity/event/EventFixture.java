package org.amity.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.amity.shared.LocalizedText;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Events made for a test, each with a slug of its own, and the checks every test of registrations makes. */
class EventFixture {

	private static final AtomicInteger NEXT = new AtomicInteger();

	final EventPlanning planning;
	final JdbcClient jdbc;
	private long venue;

	EventFixture(EventPlanning planning, JdbcClient jdbc) {
		this.planning = planning;
		this.jdbc = jdbc;
	}

	record Made(long eventId, String slug, List<Long> typeIds, List<Long> quotaIds) {
	}

	/** An event with one type ("general", groups up to 10) counted against one quota. */
	Made simple(int capacity) {
		var slug = slug();
		long event = event(slug);
		long type = planning.type(event, "general", LocalizedText.of("en", "General"), 10);
		long quota = planning.quota(event, "hall", LocalizedText.of("en", "Hall"), capacity, List.of(type));
		return new Made(event, slug, List.of(type), List.of(quota));
	}

	/** General and student tickets share a hall; students also count against their own, smaller quota. */
	Made twoQuotas(int hall, int students) {
		var slug = slug();
		long event = event(slug);
		long general = planning.type(event, "general", LocalizedText.of("en", "General"), 4);
		long student = planning.type(event, "student", LocalizedText.of("en", "Student"), 1);
		long hallQuota = planning.quota(event, "hall", LocalizedText.of("en", "Hall"), hall, List.of(general, student));
		long studentQuota = planning.quota(event, "students", LocalizedText.of("en", "Students"), students,
				List.of(student));
		return new Made(event, slug, List.of(general, student), List.of(hallQuota, studentQuota));
	}

	long event(String slug) {
		if (venue == 0) {
			venue = planning.venue("test-venue-" + slug, LocalizedText.of("en", "Test hall"), "1 Test street", "Seoul",
					"KR", "Asia/Seoul", null, null);
		}
		return planning.event(slug, null, Event.Kind.CONCERT, LocalizedText.of("en", "Test " + slug),
				LocalizedText.of("en", "A test"), venue, LocalDateTime.of(2027, 9, 3, 19, 0),
				LocalDateTime.of(2027, 9, 3, 21, 0), List.of("en"), List.of("Test"), "seoul-kr-tokyo-jp", false);
	}

	static String slug() {
		return "test-event-" + System.nanoTime() + "-" + NEXT.incrementAndGet();
	}

	static RegistrationRequest person(int n, String type, int quantity) {
		return new RegistrationRequest(type, "person" + n + "@example.org", "Person " + n, quantity, null, "en");
	}

	/**
	 * The invariants every interleaving must keep: each quota's count is exactly the places its registrations hold,
	 * never above its capacity (unless {@code allowAboveCapacity}, when capacity was lowered under existing places),
	 * every confirmed registration has exactly one confirmation mail and nothing else has one, and the waiting list
	 * rebuilt from the history is the stored one.
	 */
	void assertConsistent(long eventId, boolean allowAboveCapacity) {
		var quotas = jdbc.sql("select id, capacity, taken from event.quota where event_id = :e").param("e", eventId)
			.query((rs, n) -> new int[] { rs.getInt(1), rs.getInt(2), rs.getInt(3) }).list();
		for (var quota : quotas) {
			int held = jdbc.sql("""
					select coalesce(sum(r.quantity), 0) from event.registration r
					join event.quota_type t on t.type_id = r.type_id and t.quota_id = :q
					where r.status in ('CONFIRMED', 'OFFERED')
					""").param("q", quota[0]).query(Integer.class).single();
			assertThat(quota[2]).as("quota %d counts the places held", quota[0]).isEqualTo(held);
			if (!allowAboveCapacity) {
				assertThat(quota[2]).as("quota %d within capacity", quota[0]).isLessThanOrEqualTo(quota[1]);
			}
		}
		var wrongMail = jdbc.sql("""
				select r.reference, r.status, (select count(*) from notification.outbox o
				  where o.mail_key = 'event-registration-confirmed:' || r.reference) as mails
				from event.registration r where r.event_id = :e
				""").param("e", eventId)
			.query((rs, n) -> new Object[] { rs.getString(1), rs.getString(2), rs.getInt(3) }).list()
			.stream()
			.filter(row -> {
				int mails = (int) row[2];
				var status = (String) row[1];
				boolean wasConfirmed = jdbc.sql("""
						select count(*) from event.registration_history h join event.registration r
						on r.id = h.registration_id where r.reference = :ref and h.action in ('CONFIRMED', 'ACCEPTED')
						""").param("ref", row[0]).query(Integer.class).single() > 0;
				return status.equals("CONFIRMED") ? mails != 1 : mails != (wasConfirmed ? 1 : 0);
			})
			.map(row -> row[0] + " " + row[1] + " mails=" + row[2])
			.toList();
		assertThat(wrongMail).as("registrations whose confirmation mails are wrong").isEmpty();
		var registrations = jdbc.sql("""
				select id from event.registration where event_id = :e and status = 'WAITLISTED' order by queue_rank, id
				""").param("e", eventId).query(Long.class).list();
		var history = jdbc.sql("select * from event.registration_history where event_id = :e order by seq")
			.param("e", eventId)
			.query((rs, n) -> new HistoryEntry(rs.getLong("seq"), rs.getLong("registration_id"),
					HistoryEntry.Action.valueOf(rs.getString("action")), (Integer) rs.getObject("position"),
					rs.getString("reason"), rs.getString("actor"), rs.getTimestamp("at").toInstant()))
			.list();
		assertThat(WaitingListReplay.rebuild(history)).as("waiting list rebuilt from the history")
			.isEqualTo(registrations);
	}

	int count(long eventId, Registration.Status status) {
		return jdbc.sql("select count(*) from event.registration where event_id = :e and status = :s")
			.param("e", eventId).param("s", status.name()).query(Integer.class).single();
	}

	int taken(long quotaId) {
		return jdbc.sql("select taken from event.quota where id = :q").param("q", quotaId).query(Integer.class).single();
	}
}
