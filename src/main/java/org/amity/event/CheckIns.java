package org.amity.event;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.amity.event.RegistrationRefusedException.Reason;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Letting people in at the door by the reference in their confirmation's QR code, undoing a mistaken check-in, and the
 * list a door device downloads to work offline, whose operations it sends back later. Each operation carries an id
 * the device made, so a sync sent twice changes nothing the second time; operations apply in the order they happened.
 */
@Service
public class CheckIns {

	private final JdbcClient jdbc;
	private final EventCatalogue catalogue;
	private final EventAccess access;
	private final ApplicationEventPublisher events;

	CheckIns(JdbcClient jdbc, EventCatalogue catalogue, EventAccess access, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.catalogue = catalogue;
		this.access = access;
		this.events = events;
	}

	/** One line of the door list. */
	public record Attendee(String reference, String name, int quantity, Instant checkedInAt) {
	}

	/** An operation done at the door, possibly offline: check in, or undo a check-in. */
	public record Operation(String id, String reference, boolean undo, Instant at) {
	}

	/** What became of an operation: applied now, already applied before (a repeated sync), or refused. */
	public record Result(String id, String outcome) {
	}

	@Transactional(readOnly = true)
	public List<Attendee> list(String eventSlug) {
		access.requireStaff();
		var event = catalogue.event(eventSlug);
		access.requireStaffOfEvent(event.id());
		return jdbc.sql("""
				select reference, name, quantity, checked_in_at from event.registration
				where event_id = :event and status = 'CONFIRMED' order by name, id
				""").param("event", event.id())
			.query((rs, n) -> new Attendee(rs.getString(1), rs.getString(2), rs.getInt(3),
					EventRows.instant(rs.getTimestamp(4))))
			.list();
	}

	@Transactional
	public Result checkIn(String eventSlug, String reference) {
		return apply(eventSlug, List.of(new Operation(UUID.randomUUID().toString(), reference, false, Instant.now())),
				"door").get(0);
	}

	@Transactional
	public Result undo(String eventSlug, String reference) {
		return apply(eventSlug, List.of(new Operation(UUID.randomUUID().toString(), reference, true, Instant.now())),
				"door").get(0);
	}

	/** Applies a device's operations in the order they happened; repeated operations are recognised by their id. */
	@Transactional
	public List<Result> sync(String eventSlug, List<Operation> operations, String device) {
		var sorted = new ArrayList<>(operations);
		sorted.sort(java.util.Comparator.comparing(Operation::at, java.util.Comparator.nullsLast(
				java.util.Comparator.naturalOrder())));
		return apply(eventSlug, sorted, device);
	}

	private List<Result> apply(String eventSlug, List<Operation> operations, String device) {
		access.requireStaff();
		var event = catalogue.event(eventSlug);
		access.requireStaffOfEvent(event.id());
		var results = new ArrayList<Result>();
		for (var operation : operations) {
			if (operation.id() == null || operation.id().isBlank() || operation.id().length() > 100
					|| operation.reference() == null || operation.at() == null) {
				results.add(new Result(operation.id(), "INVALID"));
				continue;
			}
			var registration = jdbc.sql("""
					select id, status, quantity, checked_in_at from event.registration
					where reference = :reference and event_id = :event for update
					""").param("reference", operation.reference()).param("event", event.id())
				.query((rs, n) -> new Object[] { rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getTimestamp(4) })
				.optional();
			if (registration.isEmpty()) {
				results.add(new Result(operation.id(), "UNKNOWN_REFERENCE"));
				continue;
			}
			var row = registration.get();
			long id = (long) row[0];
			if (!"CONFIRMED".equals(row[1])) {
				results.add(new Result(operation.id(), "NOT_CONFIRMED"));
				continue;
			}
			int logged = jdbc.sql("""
					insert into event.check_in_log (registration_id, action, operation_id, device, at)
					values (:id, :action, :op, :device, :at) on conflict (operation_id) do nothing
					""").param("id", id).param("action", operation.undo() ? "UNDONE" : "CHECKED_IN")
				.param("op", operation.id()).param("device", device)
				.param("at", java.sql.Timestamp.from(operation.at())).update();
			if (logged == 0) {
				results.add(new Result(operation.id(), "ALREADY_APPLIED"));
				continue;
			}
			boolean wasIn = row[3] != null;
			jdbc.sql("update event.registration set checked_in_at = :at where id = :id")
				.param("at", operation.undo() ? null : java.sql.Timestamp.from(operation.at())).param("id", id)
				.update();
			if (!operation.undo() && !wasIn) {
				events.publishEvent(new AttendeeCheckedIn(event.id(), event.partnership(),
						event.startsAt().getYear(), id, (int) row[2]));
			}
			results.add(new Result(operation.id(), operation.undo() ? "UNDONE" : "CHECKED_IN"));
		}
		return results;
	}

	/** Marks the event as held and tells the rest of Amity how many came. */
	@Transactional
	public EventHeld markHeld(String eventSlug) {
		access.requireStaff();
		var event = catalogue.event(eventSlug);
		access.requireStaffOfEvent(event.id());
		if (event.status() != Event.Status.SCHEDULED) {
			throw new RegistrationRefusedException(Reason.WRONG_STATE, "event is " + event.status());
		}
		jdbc.sql("update event.event set status = 'HELD' where id = :id").param("id", event.id()).update();
		var counts = jdbc.sql("""
				select coalesce(sum(quantity), 0), coalesce(sum(quantity) filter (where checked_in_at is not null), 0)
				from event.registration where event_id = :id and status = 'CONFIRMED'
				""").param("id", event.id()).query((rs, n) -> new int[] { rs.getInt(1), rs.getInt(2) }).single();
		var held = new EventHeld(event.id(), event.slug(), event.partnership(), event.startsAt().getYear(), counts[0],
				counts[1]);
		events.publishEvent(held);
		return held;
	}

}
