package org.amity.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.amity.event.RegistrationRefusedException.Reason;
import org.amity.shared.LocalizedText;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Registering reads an event's definition from a cache. Every change below is made the way another instance (or a
 * statement typed by hand) would make it: straight in the database, after this instance has cached the definition.
 * The next registration must follow the change, never the cached past.
 */
@SpringBootTest
class RegistrationDefinitionCacheTest {

	@Autowired
	Registrations registrations;

	@Autowired
	EventPlanning planning;

	@Autowired
	EventDefinitions definitions;

	@Autowired
	JdbcClient jdbc;

	EventFixture fixture;

	@BeforeEach
	void fixture() {
		fixture = new EventFixture(planning, jdbc);
		Registrations.locking = true;
	}

	@Test
	void capacity_lowered_after_the_definition_was_cached_gives_nobody_a_place_that_no_longer_exists() {
		var event = fixture.simple(5);
		registrations.register(event.slug(), EventFixture.person(1, "general", 1), null);
		registrations.register(event.slug(), EventFixture.person(2, "general", 1), null);
		jdbc.sql("update event.quota set capacity = 2 where id = :q").param("q", event.quotaIds().get(0)).update();
		var third = registrations.register(event.slug(), EventFixture.person(3, "general", 1), null);
		assertThat(third.answered()).isEqualTo(Registration.Status.WAITLISTED);
		assertThat(fixture.taken(event.quotaIds().get(0))).isEqualTo(2);
		fixture.assertConsistent(event.eventId(), false);
	}

	@Test
	void a_question_made_required_after_the_definition_was_cached_is_asked_of_the_next_person() {
		var event = fixture.simple(5);
		long before = definitions.of(event.slug()).version();
		registrations.register(event.slug(), EventFixture.person(1, "general", 1), null);
		planning.question(event.eventId(), "diet", LocalizedText.of("en", "Diet"), true, 1);
		assertThatThrownBy(() -> registrations.register(event.slug(), EventFixture.person(2, "general", 1), null))
			.isInstanceOf(RegistrationRefusedException.class)
			.extracting(e -> ((RegistrationRefusedException) e).reason())
			.isEqualTo(Reason.MISSING_ANSWER);
		assertThat(definitions.of(event.slug()).version()).isGreaterThan(before);
		var answered = registrations.register(event.slug(), new RegistrationRequest("general", "p3@example.org",
				"Person 3", 1, Map.of("diet", "vegetarian"), "en"), null);
		assertThat(answered.answered()).isEqualTo(Registration.Status.CONFIRMED);
		assertThat(registrations.ofEvent(event.eventId())).hasSize(2);
	}

	@Test
	void an_event_cancelled_after_its_definition_was_cached_takes_no_more_registrations() {
		var event = fixture.simple(5);
		registrations.register(event.slug(), EventFixture.person(1, "general", 1), null);
		jdbc.sql("update event.event set status = 'CANCELLED' where id = :e").param("e", event.eventId()).update();
		assertThatThrownBy(() -> registrations.register(event.slug(), EventFixture.person(2, "general", 1), null))
			.isInstanceOf(RegistrationRefusedException.class)
			.extracting(e -> ((RegistrationRefusedException) e).reason())
			.isEqualTo(Reason.EVENT_CLOSED);
		assertThat(registrations.ofEvent(event.eventId())).hasSize(1);
	}

	@Test
	void a_type_added_after_the_definition_was_cached_counts_against_its_quota_at_once() {
		var event = fixture.simple(2);
		registrations.register(event.slug(), EventFixture.person(1, "general", 1), null);
		long student = planning.type(event.eventId(), "student", LocalizedText.of("en", "Student"), 1);
		jdbc.sql("insert into event.quota_type (quota_id, type_id) values (:q, :t)")
			.param("q", event.quotaIds().get(0)).param("t", student).update();
		var confirmed = registrations.register(event.slug(), EventFixture.person(2, "student", 1), null);
		var waiting = registrations.register(event.slug(), EventFixture.person(3, "student", 1), null);
		assertThat(confirmed.answered()).isEqualTo(Registration.Status.CONFIRMED);
		assertThat(waiting.answered()).isEqualTo(Registration.Status.WAITLISTED);
		assertThat(fixture.taken(event.quotaIds().get(0))).isEqualTo(2);
		fixture.assertConsistent(event.eventId(), false);
	}

	@Test
	void registering_changes_no_definition_so_a_rush_reads_it_once() {
		var event = fixture.simple(1);
		long version = definitions.of(event.slug()).version();
		registrations.register(event.slug(), EventFixture.person(1, "general", 1), null);
		registrations.register(event.slug(), EventFixture.person(2, "general", 1), null);
		assertThat(jdbc.sql("select definition_version from event.event where id = :e").param("e", event.eventId())
			.query(Long.class).single()).isEqualTo(version);
	}

	@Test
	void a_replayed_key_answers_what_the_first_request_was_told_even_after_the_registration_moved_on() {
		var event = fixture.simple(1);
		var holder = registrations.register(event.slug(), EventFixture.person(1, "general", 1), null);
		var first = registrations.register(event.slug(), EventFixture.person(2, "general", 1), "k-2");
		registrations.cancel(holder.registration().reference());
		var again = registrations.register(event.slug(), EventFixture.person(2, "general", 1), "k-2");
		assertThat(first.answered()).isEqualTo(Registration.Status.WAITLISTED);
		assertThat(again.replayed()).isTrue();
		assertThat(again.answered()).isEqualTo(Registration.Status.WAITLISTED);
		assertThat(again.registration().status()).isEqualTo(Registration.Status.OFFERED);
		fixture.assertConsistent(event.eventId(), false);
	}
}
