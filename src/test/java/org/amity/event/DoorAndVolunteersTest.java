package org.amity.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import org.amity.shared.LocalizedText;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Check-in at the door (online and synced from offline), the event's close, and volunteer shifts. */
@SpringBootTest
@RecordApplicationEvents
class DoorAndVolunteersTest {

	@Autowired
	Registrations registrations;

	@Autowired
	CheckIns checkIns;

	@Autowired
	Volunteers volunteers;

	@Autowired
	EventPlanning planning;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

	@Test
	void an_offline_door_list_synced_twice_checks_in_once_and_an_undo_lets_the_person_out_again() {
		var event = new EventFixture(planning, jdbc).simple(5);
		var hana = registrations.register(event.slug(), EventFixture.person(1, "general", 2), null).registration();
		var jun = registrations.register(event.slug(), EventFixture.person(2, "general", 1), null).registration();
		assertThat(checkIns.list(event.slug())).extracting(CheckIns.Attendee::reference)
			.containsExactlyInAnyOrder(hana.reference(), jun.reference());
		var t = Instant.parse("2027-09-03T09:55:00Z");
		var operations = List.of(new CheckIns.Operation("dev1-1", hana.reference(), false, t),
				new CheckIns.Operation("dev1-2", jun.reference(), false, t.plusSeconds(5)),
				new CheckIns.Operation("dev1-3", jun.reference(), true, t.plusSeconds(30)),
				new CheckIns.Operation("dev1-4", "NOSUCHREFERENCE", false, t));
		assertThat(checkIns.sync(event.slug(), operations, "door-1")).extracting(CheckIns.Result::outcome)
			.containsExactly("CHECKED_IN", "UNKNOWN_REFERENCE", "CHECKED_IN", "UNDONE");
		assertThat(checkIns.sync(event.slug(), operations, "door-1")).extracting(CheckIns.Result::outcome)
			.containsExactly("ALREADY_APPLIED", "UNKNOWN_REFERENCE", "ALREADY_APPLIED", "ALREADY_APPLIED");
		assertThat(registrations.find(hana.reference()).checkedInAt()).isEqualTo(t);
		assertThat(registrations.find(jun.reference()).checkedInAt()).isNull();
		var held = checkIns.markHeld(event.slug());
		assertThat(held.confirmed()).isEqualTo(3);
		assertThat(held.checkedIn()).isEqualTo(2);
		assertThat(events.stream(EventHeld.class)).contains(held);
		assertThat(events.stream(RegistrationConfirmed.class).filter(e -> e.eventId() == event.eventId())).hasSize(2);
	}

	@Test
	void a_shift_takes_no_more_than_its_maximum_checks_requirements_warns_of_overlaps_and_swaps_in_one_step() {
		var fixture = new EventFixture(planning, jdbc);
		var event = fixture.simple(5);
		long role = volunteers.role(event.eventId(), "usher", LocalizedText.of("en", "Usher"), 16,
				List.of("ko", "ja"), null);
		long early = volunteers.shift(role, LocalDateTime.of(2027, 9, 3, 17, 0), LocalDateTime.of(2027, 9, 3, 19, 0),
				1, 2);
		long late = volunteers.shift(role, LocalDateTime.of(2027, 9, 3, 18, 30), LocalDateTime.of(2027, 9, 3, 22, 0),
				1, 2);
		var mina = new Volunteers.Volunteer("mina@example.org", "Mina", "ko", 20, Set.of("ko"), Set.of());
		assertThat(volunteers.signUp(early, mina).overlapping()).isEmpty();
		assertThat(volunteers.signUp(late, mina).overlapping()).extracting(Shift::id).containsExactly(early);
		volunteers.signUp(early, new Volunteers.Volunteer("sota@example.org", "Sota", "ja", 30, Set.of("ja"), Set.of()));
		assertThatThrownBy(() -> volunteers.signUp(early,
				new Volunteers.Volunteer("x@example.org", "X", "en", 40, Set.of("ja"), Set.of())))
			.hasFieldOrPropertyWithValue("reason", VolunteerRefusedException.Reason.SHIFT_FULL);
		assertThatThrownBy(() -> volunteers.signUp(late,
				new Volunteers.Volunteer("kid@example.org", "Kid", "en", 12, Set.of("ko"), Set.of())))
			.hasFieldOrPropertyWithValue("reason", VolunteerRefusedException.Reason.TOO_YOUNG);
		assertThatThrownBy(() -> volunteers.signUp(late,
				new Volunteers.Volunteer("en@example.org", "En", "en", 40, Set.of("en"), Set.of())))
			.hasFieldOrPropertyWithValue("reason", VolunteerRefusedException.Reason.LANGUAGE_MISSING);
		// Sota swaps the full early shift for the late one; a swap into a full shift keeps the first
		var sota = new Volunteers.Volunteer("sota@example.org", "Sota", "ja", 30, Set.of("ja"), Set.of());
		assertThat(volunteers.swap(early, late, sota).shift().id()).isEqualTo(late);
		assertThatThrownBy(() -> volunteers.swap(early, late, mina))
			.hasFieldOrPropertyWithValue("reason", VolunteerRefusedException.Reason.ALREADY_SIGNED_UP);
		assertThat(volunteers.shiftsOf("mina@example.org")).extracting(Shift::id).containsExactly(early, late);
		// reminders go once through the outbox
		var now = LocalDateTime.of(2027, 9, 3, 8, 0);
		int first = volunteers.remind(now, 24);
		assertThat(first).isGreaterThanOrEqualTo(3);
		assertThat(volunteers.remind(now, 24)).isZero();
		assertThat(jdbc.sql("select count(*) from notification.outbox where mail_key like 'event-shift-reminder:%'"
				+ " and recipient = 'mina@example.org'").query(Integer.class).single()).isEqualTo(2);
	}

}
