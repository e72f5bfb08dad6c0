package org.amity.event;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.amity.approval.ChangeApplier;
import org.amity.approval.Proposal;
import org.amity.audit.AuditTrail;
import org.amity.audit.Audited;
import org.amity.event.EventChangeRefusedException.Reason;
import org.amity.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A joint event's shared parts as bilateral approval sees them: its schedule (dates and venue) and its places per
 * quota, each written as fields of text for the side-by-side view and applied when the partner city approves. Both
 * kinds are checked against the event's one version, so any change to the event in between makes a proposal stale.
 */
abstract class JointEventChanges implements ChangeApplier {

	static final String PREFIX = "event.";
	static final String SCHEDULE = "event.schedule";
	static final String CAPACITY = "event.capacity";

	final JdbcClient jdbc;
	final EventCatalogue catalogue;
	final AuditTrail audit;
	final EventSnapshots management;

	JointEventChanges(JdbcClient jdbc, EventCatalogue catalogue, AuditTrail audit,
			EventSnapshots management) {
		this.jdbc = jdbc;
		this.catalogue = catalogue;
		this.audit = audit;
		this.management = management;
	}

	@Override
	public long version(long recordId) {
		return jdbc.sql("select version from event.event where id = :id").param("id", recordId).query(Long.class)
			.optional().orElseThrow(() -> new NotFoundException("event", String.valueOf(recordId)));
	}

	/**
	 * Applies the change on the proposal's version, holding the event's row: a change that landed in between refuses
	 * it, which rolls the approval back, so the proposal stays pending rather than approved without its change.
	 */
	@Override
	public void apply(Proposal proposal) {
		long id = proposal.recordId();
		long version = jdbc.sql("select version from event.event where id = :id for update").param("id", id)
			.query(Long.class).optional().orElseThrow(() -> new NotFoundException("event", String.valueOf(id)));
		if (version != proposal.baseVersion()) {
			throw new EventChangeRefusedException(Reason.STALE, "the event changed after the proposal was made");
		}
		var before = management.snapshot(id);
		change(id, proposal.proposed());
		jdbc.sql("update event.event set version = version + 1 where id = :id").param("id", id).update();
		var event = catalogue.event(id);
		audit.record(Audited.of("event", id, "approved " + kind() + " (proposal " + proposal.id() + ")", before,
				management.snapshot(id)).ownedBy(management.managed(event).cities()));
	}

	abstract void change(long eventId, Map<String, String> fields);

	/** Each quota's places, one line per quota ({@code hall: 40}), as one field of the side-by-side view. */
	static Map<String, String> capacities(List<Quota> quotas) {
		return Map.of("capacity", text(places(quotas)));
	}

	static Map<String, Integer> places(List<Quota> quotas) {
		var places = new LinkedHashMap<String, Integer>();
		quotas.forEach(q -> places.put(q.code(), q.capacity()));
		return places;
	}

	static String text(Map<String, Integer> places) {
		var lines = new java.util.ArrayList<String>();
		places.forEach((code, capacity) -> lines.add(code + ": " + capacity));
		return String.join("\n", lines);
	}

	/** Reads what {@link #text} wrote. */
	static Map<String, Integer> places(String text) {
		var places = new LinkedHashMap<String, Integer>();
		for (var line : (text == null ? "" : text).split("\n")) {
			int colon = line.lastIndexOf(':');
			if (colon > 0) {
				places.put(line.substring(0, colon).strip(), Integer.parseInt(line.substring(colon + 1).strip()));
			}
		}
		return places;
	}

	/** Dates (wall-clock at the venue) and the venue. */
	@org.springframework.stereotype.Component
	static class Schedule extends JointEventChanges {

		Schedule(JdbcClient jdbc, EventCatalogue catalogue, AuditTrail audit,
				EventSnapshots management) {
			super(jdbc, catalogue, audit, management);
		}

		@Override
		public String kind() {
			return SCHEDULE;
		}

		@Override
		public Map<String, String> current(long recordId) {
			var event = catalogue.event(recordId);
			var fields = new LinkedHashMap<String, String>();
			fields.put("startsAt", event.startsAt().toString());
			fields.put("endsAt", event.endsAt().toString());
			fields.put("venue", event.venue().slug());
			return fields;
		}

		@Override
		void change(long eventId, Map<String, String> fields) {
			var venue = jdbc.sql("select id from event.venue where slug = :slug").param("slug", fields.get("venue"))
				.query(Long.class).optional()
				.orElseThrow(() -> new EventChangeRefusedException(Reason.UNKNOWN_VENUE, fields.get("venue")));
			var starts = LocalDateTime.parse(fields.get("startsAt"));
			var ends = LocalDateTime.parse(fields.get("endsAt"));
			if (ends.isBefore(starts)) {
				throw new EventChangeRefusedException(Reason.BAD_DATES, "an event ends after it starts");
			}
			jdbc.sql("update event.event set starts_at = :s, ends_at = :e, venue_id = :v where id = :id")
				.param("s", starts).param("e", ends).param("v", venue).param("id", eventId).update();
		}
	}

	/** Places per quota; the change goes through the registrations' quota locks, so a rush stays correct. */
	@org.springframework.stereotype.Component
	static class Capacity extends JointEventChanges {

		private final Registrations registrations;

		Capacity(JdbcClient jdbc, EventCatalogue catalogue, AuditTrail audit,
				EventSnapshots management, Registrations registrations) {
			super(jdbc, catalogue, audit, management);
			this.registrations = registrations;
		}

		@Override
		public String kind() {
			return CAPACITY;
		}

		@Override
		public Map<String, String> current(long recordId) {
			return capacities(catalogue.quotas(recordId));
		}

		@Override
		void change(long eventId, Map<String, String> fields) {
			var places = places(fields.get("capacity"));
			for (var quota : catalogue.quotas(eventId)) {
				var proposed = places.get(quota.code());
				if (proposed != null && proposed != quota.capacity()) {
					registrations.changeCapacity(quota.id(), proposed);
				}
			}
		}
	}
}
