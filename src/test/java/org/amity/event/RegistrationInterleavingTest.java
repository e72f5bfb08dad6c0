package org.amity.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.amity.event.RegistrationRefusedException.Reason;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Interleavings of registrations on the real PostgreSQL, with real threads each on its own connection, started
 * together at a barrier. Every scenario ends with the same invariants: no quota counts more places than are held or
 * than it has, each confirmed registration has exactly one confirmation mail, and the waiting list rebuilt from the
 * history is the stored one.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegistrationInterleavingTest {

	static final int THREADS = 8;

	@Autowired
	Registrations registrations;

	@Autowired
	EventPlanning planning;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	EventFixture fixture;

	final ExecutorService pool = Executors.newFixedThreadPool(THREADS);

	@BeforeEach
	void fixture() {
		fixture = new EventFixture(planning, jdbc);
		Registrations.locking = true;
	}

	@AfterAll
	void stop() {
		pool.shutdownNow();
	}

	/** Runs the tasks at once (released together at a barrier) and gives each one's result or exception. */
	<T> List<Object> together(List<Callable<T>> tasks) throws Exception {
		var barrier = new CyclicBarrier(Math.min(tasks.size(), THREADS));
		var futures = new ArrayList<Future<Object>>();
		for (var task : tasks) {
			futures.add(pool.submit(() -> {
				if (futures.size() <= THREADS) {
					try {
						barrier.await(10, TimeUnit.SECONDS);
					}
					catch (Exception ignored) {
						// a barrier broken by timing only loosens the start; the scenario still runs
					}
				}
				try {
					return task.call();
				}
				catch (Exception e) {
					return e;
				}
			}));
		}
		var results = new ArrayList<Object>();
		for (var future : futures) {
			results.add(future.get(60, TimeUnit.SECONDS));
		}
		return results;
	}

	List<Callable<Object>> people(String slug, int from, int count, String type, int quantity) {
		var tasks = new ArrayList<Callable<Object>>();
		for (int i = from; i < from + count; i++) {
			int n = i;
			tasks.add(() -> registrations.register(slug, EventFixture.person(n, type, quantity), null));
		}
		return tasks;
	}

	@Test
	void a_rush_for_few_places_confirms_exactly_the_places_there_are() throws Exception {
		var event = fixture.simple(10);
		var results = together(people(event.slug(), 0, 40, "general", 1));
		assertThat(results).allMatch(r -> r instanceof RegistrationOutcome);
		assertThat(fixture.count(event.eventId(), Registration.Status.CONFIRMED)).isEqualTo(10);
		assertThat(fixture.count(event.eventId(), Registration.Status.WAITLISTED)).isEqualTo(30);
		assertThat(registrations.waitingList(event.eventId())).hasSize(30);
		fixture.assertConsistent(event.eventId(), false);
	}

	@Test
	void groups_of_different_sizes_never_take_more_places_than_there_are() throws Exception {
		var event = fixture.simple(11);
		var tasks = new ArrayList<Callable<Object>>();
		for (int i = 0; i < 24; i++) {
			tasks.addAll(people(event.slug(), i, 1, "general", 1 + i % 4));
		}
		together(tasks);
		assertThat(fixture.taken(event.quotaIds().get(0))).isLessThanOrEqualTo(11).isGreaterThanOrEqualTo(8);
		fixture.assertConsistent(event.eventId(), false);
	}

	@Test
	void a_type_counted_against_two_quotas_fills_neither_beyond_its_capacity() throws Exception {
		var event = fixture.twoQuotas(12, 4);
		var tasks = new ArrayList<Callable<Object>>();
		tasks.addAll(people(event.slug(), 0, 15, "student", 1));
		tasks.addAll(people(event.slug(), 100, 10, "general", 1));
		Collections.shuffle(tasks);
		together(tasks);
		assertThat(fixture.taken(event.quotaIds().get(0))).isEqualTo(12);
		assertThat(fixture.taken(event.quotaIds().get(1))).isEqualTo(4);
		fixture.assertConsistent(event.eventId(), false);
	}

	@Test
	void the_same_form_submitted_many_times_at_once_makes_one_registration_with_one_answer() throws Exception {
		var event = fixture.simple(5);
		var tasks = new ArrayList<Callable<Object>>();
		for (int i = 0; i < 12; i++) {
			tasks.add(() -> registrations.register(event.slug(), EventFixture.person(1, "general", 2), "form:abc"));
		}
		var results = together(tasks);
		var references = ConcurrentHashMap.<String>newKeySet();
		int replays = 0;
		for (var result : results) {
			if (result instanceof RegistrationOutcome outcome) {
				references.add(outcome.registration().reference());
				assertThat(outcome.answered()).isEqualTo(Registration.Status.CONFIRMED);
				replays += outcome.replayed() ? 1 : 0;
			}
			else {
				// a repeat that waited for the first beyond the lock timeout is told to try again, nothing else
				assertThat(result).isInstanceOf(PessimisticLockingFailureException.class);
			}
		}
		assertThat(references).hasSize(1);
		assertThat(replays).isGreaterThanOrEqualTo(1);
		assertThat(registrations.ofEvent(event.eventId())).hasSize(1);
		assertThat(fixture.taken(event.quotaIds().get(0))).isEqualTo(2);
		fixture.assertConsistent(event.eventId(), false);
	}

	@Test
	void the_same_key_with_different_registrations_at_once_keeps_only_the_first() throws Exception {
		var event = fixture.simple(50);
		var tasks = new ArrayList<Callable<Object>>();
		for (int i = 0; i < 8; i++) {
			int n = i;
			tasks.add(() -> registrations.register(event.slug(), EventFixture.person(n, "general", 1), "key-1"));
		}
		var results = together(tasks);
		assertThat(results.stream().filter(r -> r instanceof RegistrationOutcome)).hasSize(1);
		assertThat(results.stream().filter(r -> r instanceof RegistrationRefusedException e
				&& e.reason() == Reason.KEY_REUSED).count()).isGreaterThanOrEqualTo(6);
		assertThat(registrations.ofEvent(event.eventId())).hasSize(1);
		fixture.assertConsistent(event.eventId(), false);
	}

	@Test
	void cancellations_racing_new_registrations_give_freed_places_to_the_waiting_list_first() throws Exception {
		var event = fixture.simple(6);
		var first = together(people(event.slug(), 0, 12, "general", 1));
		var confirmed = first.stream().map(r -> ((RegistrationOutcome) r).registration())
			.filter(r -> r.status() == Registration.Status.CONFIRMED).toList();
		var tasks = new ArrayList<Callable<Object>>();
		for (int i = 0; i < 4; i++) {
			var reference = confirmed.get(i).reference();
			tasks.add(() -> registrations.cancel(reference));
		}
		for (int i = 100; i < 108; i++) {
			int n = i;
			tasks.add(() -> registrations.register(event.slug(), EventFixture.person(n, "general", 1), null));
		}
		Collections.shuffle(tasks);
		together(tasks);
		// the four freed places went to the four first in line as offers; the newcomers joined the line
		assertThat(fixture.count(event.eventId(), Registration.Status.OFFERED)).isEqualTo(4);
		assertThat(fixture.taken(event.quotaIds().get(0))).isEqualTo(6);
		fixture.assertConsistent(event.eventId(), false);
	}

	@Test
	void capacity_lowered_while_people_register_is_never_exceeded_by_later_confirmations() throws Exception {
		var event = fixture.simple(30);
		var tasks = new ArrayList<Callable<Object>>();
		tasks.addAll(people(event.slug(), 0, 40, "general", 1));
		var takenAtChange = new int[1];
		tasks.add(8, () -> takenAtChange[0] = registrations.changeCapacity(event.quotaIds().get(0), 10));
		together(tasks);
		int taken = fixture.taken(event.quotaIds().get(0));
		// nobody loses a place; after the change, confirmations only while fewer than 10 were taken
		assertThat(taken).isEqualTo(Math.max(10, takenAtChange[0]));
		fixture.assertConsistent(event.eventId(), true);
	}

	@Test
	void an_offer_accepted_while_it_expires_is_either_taken_or_passed_on_never_both() throws Exception {
		for (int round = 0; round < 6; round++) {
			var event = fixture.simple(1);
			var holder = registrations.register(event.slug(), EventFixture.person(1, "general", 1), null);
			var next = registrations.register(event.slug(), EventFixture.person(2, "general", 1), null);
			var third = registrations.register(event.slug(), EventFixture.person(3, "general", 1), null);
			registrations.cancel(holder.registration().reference());
			assertThat(registrations.find(next.registration().reference()).status())
				.isEqualTo(Registration.Status.OFFERED);
			jdbc.sql("update event.registration set offer_expires = now() + interval '50 milliseconds' where id = :id")
				.param("id", next.registration().id()).update();
			Thread.sleep(round * 15L);
			var results = together(List.<Callable<Object>>of(
					() -> registrations.acceptOffer(next.registration().reference()),
					() -> registrations.expireOffers()));
			var accepted = registrations.find(next.registration().reference());
			var thirdNow = registrations.find(third.registration().reference());
			if (accepted.status() == Registration.Status.CONFIRMED) {
				assertThat(thirdNow.status()).isEqualTo(Registration.Status.WAITLISTED);
			}
			else {
				assertThat(accepted.status()).isEqualTo(Registration.Status.EXPIRED);
				assertThat(results.get(0)).isInstanceOf(RegistrationRefusedException.class);
				assertThat(thirdNow.status()).isEqualTo(Registration.Status.OFFERED);
			}
			fixture.assertConsistent(event.eventId(), false);
		}
	}

	@Test
	void cancelling_the_same_registration_twice_at_once_frees_its_places_once() throws Exception {
		var event = fixture.simple(3);
		var holder = registrations.register(event.slug(), EventFixture.person(1, "general", 3), null);
		registrations.register(event.slug(), EventFixture.person(2, "general", 3), null);
		var reference = holder.registration().reference();
		var results = together(List.<Callable<Object>>of(() -> registrations.cancel(reference),
				() -> registrations.cancel(reference), () -> registrations.cancel(reference)));
		assertThat(results.stream().filter(r -> r instanceof Registration)).hasSize(1);
		assertThat(results.stream().filter(r -> r instanceof RegistrationRefusedException)).hasSize(2);
		assertThat(fixture.taken(event.quotaIds().get(0))).isEqualTo(3);
		assertThat(fixture.count(event.eventId(), Registration.Status.OFFERED)).isEqualTo(1);
		fixture.assertConsistent(event.eventId(), false);
	}

	@Test
	void people_leaving_the_waiting_list_while_places_free_up_are_never_offered_a_place() throws Exception {
		var event = fixture.simple(4);
		var all = together(people(event.slug(), 0, 12, "general", 1)).stream()
			.map(r -> ((RegistrationOutcome) r).registration()).toList();
		var confirmed = all.stream().filter(r -> r.status() == Registration.Status.CONFIRMED).toList();
		var waiting = registrations.waitingList(event.eventId());
		var tasks = new ArrayList<Callable<Object>>();
		for (int i = 0; i < 4; i++) {
			var leaving = waiting.get(i).reference();
			var cancelling = confirmed.get(i).reference();
			tasks.add(() -> registrations.cancel(leaving));
			tasks.add(() -> registrations.cancel(cancelling));
		}
		Collections.shuffle(tasks);
		together(tasks);
		for (int i = 0; i < 4; i++) {
			assertThat(registrations.find(waiting.get(i).reference()).status())
				.isIn(Registration.Status.CANCELLED);
		}
		assertThat(fixture.count(event.eventId(), Registration.Status.OFFERED)).isEqualTo(4);
		fixture.assertConsistent(event.eventId(), false);
	}

	@Test
	void a_coordinator_reordering_while_people_join_keeps_a_list_the_history_rebuilds() throws Exception {
		var event = fixture.simple(1);
		together(people(event.slug(), 0, 6, "general", 1));
		var line = registrations.waitingList(event.eventId());
		var tasks = new ArrayList<Callable<Object>>();
		tasks.addAll(people(event.slug(), 100, 6, "general", 1));
		tasks.add(() -> {
			registrations.move(line.get(4).reference(), 1, "needs an interpreter seat", "coordinator");
			return null;
		});
		tasks.add(() -> {
			registrations.move(line.get(0).reference(), 3, "asked to go later", "coordinator");
			return null;
		});
		Collections.shuffle(tasks);
		together(tasks);
		assertThat(registrations.waitingList(event.eventId())).hasSize(11);
		fixture.assertConsistent(event.eventId(), false);
	}

	@Test
	void a_lock_held_too_long_answers_busy_within_the_timeout_and_records_nothing() throws Exception {
		var event = fixture.simple(5);
		try (var connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			try (var statement = connection.createStatement()) {
				statement.execute("select * from event.quota where id = " + event.quotaIds().get(0) + " for update");
			}
			long start = System.nanoTime();
			assertThatThrownBy(() -> registrations.register(event.slug(), EventFixture.person(1, "general", 1),
					"held-key"))
				.isInstanceOf(PessimisticLockingFailureException.class);
			assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start)).isLessThan(10);
			connection.rollback();
		}
		assertThat(registrations.ofEvent(event.eventId())).isEmpty();
		// the key was not kept either: the retry registers
		var retry = registrations.register(event.slug(), EventFixture.person(1, "general", 1), "held-key");
		assertThat(retry.replayed()).isFalse();
		assertThat(retry.registration().status()).isEqualTo(Registration.Status.CONFIRMED);
		fixture.assertConsistent(event.eventId(), false);
	}

	@Test
	void without_its_locks_the_same_rush_oversells_so_these_tests_can_fail() throws Exception {
		Registrations.locking = false;
		try {
			boolean oversold = false;
			for (int round = 0; round < 8 && !oversold; round++) {
				var event = fixture.simple(10);
				together(people(event.slug(), 0, 40, "general", 1));
				oversold = fixture.count(event.eventId(), Registration.Status.CONFIRMED) > 10;
			}
			assertThat(oversold).as("a rush without locks confirmed more people than there are places").isTrue();
		}
		finally {
			Registrations.locking = true;
		}
	}

}
