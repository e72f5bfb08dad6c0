package org.amity.event;

import java.time.LocalDateTime;
import java.util.List;

import org.amity.shared.LocalizedText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staff work on events: venues, series, events, their registration types, quotas and questions. */
@Service
public class EventPlanning {

	private final JdbcClient jdbc;
	private final EventRows rows;
	private final EventAccess access;

	EventPlanning(JdbcClient jdbc, EventRows rows, EventAccess access) {
		this.jdbc = jdbc;
		this.rows = rows;
		this.access = access;
	}

	@Transactional
	public long venue(String slug, LocalizedText name, String address, String locality, String country,
			String timeZone, Double latitude, Double longitude) {
		access.requireStaff();
		java.time.ZoneId.of(timeZone);
		return jdbc.sql("""
				insert into event.venue (slug, name, address, locality, country, time_zone, latitude, longitude)
				values (:slug, cast(:name as jsonb), :address, :locality, :country, :zone, :lat, :lon) returning id
				""")
			.param("slug", slug).param("name", rows.json(name)).param("address", address)
			.param("locality", locality).param("country", country).param("zone", timeZone)
			.param("lat", latitude).param("lon", longitude)
			.query(Long.class).single();
	}

	@Transactional
	public long series(String slug, LocalizedText title, LocalizedText description, List<String> organisers,
			String partnership, boolean demo) {
		access.requireStaff();
		return jdbc.sql("""
				insert into event.series (slug, title, description, organisers, partnership, demo)
				values (:slug, cast(:title as jsonb), cast(:description as jsonb), :organisers, :partnership, :demo)
				returning id
				""")
			.param("slug", slug).param("title", rows.json(title)).param("description", rows.json(description))
			.param("organisers", organisers.toArray(String[]::new)).param("partnership", partnership)
			.param("demo", demo)
			.query(Long.class).single();
	}

	/** A new event; its times are wall-clock times at the venue. */
	@Transactional
	public long event(String slug, Long seriesId, Event.Kind kind, LocalizedText title, LocalizedText description,
			long venueId, LocalDateTime startsAt, LocalDateTime endsAt, List<String> languages,
			List<String> organisers, String partnership, boolean demo) {
		access.requireStaff();
		return jdbc.sql("""
				insert into event.event (slug, series_id, kind, title, description, venue_id, starts_at, ends_at,
				  languages, organisers, partnership, demo)
				values (:slug, :series, :kind, cast(:title as jsonb), cast(:description as jsonb), :venue, :starts,
				  :ends, :languages, :organisers, :partnership, :demo)
				returning id
				""")
			.param("slug", slug).param("series", seriesId).param("kind", kind.name())
			.param("title", rows.json(title)).param("description", rows.json(description)).param("venue", venueId)
			.param("starts", startsAt).param("ends", endsAt).param("languages", languages.toArray(String[]::new))
			.param("organisers", organisers.toArray(String[]::new)).param("partnership", partnership)
			.param("demo", demo)
			.query(Long.class).single();
	}

	@Transactional
	public long type(long eventId, String code, LocalizedText name, int maxGroup) {
		access.requireStaff();
		return jdbc.sql("""
				insert into event.registration_type (event_id, code, name, max_group)
				values (:event, :code, cast(:name as jsonb), :max) returning id
				""")
			.param("event", eventId).param("code", code).param("name", rows.json(name)).param("max", maxGroup)
			.query(Long.class).single();
	}

	/** A quota of places shared by the given types of the same event. */
	@Transactional
	public long quota(long eventId, String code, LocalizedText name, int capacity, List<Long> typeIds) {
		access.requireStaff();
		if (capacity < 0) {
			throw new RegistrationRefusedException(RegistrationRefusedException.Reason.INVALID_CAPACITY,
					"capacity below zero");
		}
		long id = jdbc.sql("""
				insert into event.quota (event_id, code, name, capacity)
				values (:event, :code, cast(:name as jsonb), :capacity) returning id
				""")
			.param("event", eventId).param("code", code).param("name", rows.json(name)).param("capacity", capacity)
			.query(Long.class).single();
		for (var typeId : typeIds) {
			int linked = jdbc.sql("""
					insert into event.quota_type (quota_id, type_id)
					select :quota, id from event.registration_type where id = :type and event_id = :event
					""")
				.param("quota", id).param("type", typeId).param("event", eventId)
				.update();
			if (linked != 1) {
				throw new RegistrationRefusedException(RegistrationRefusedException.Reason.UNKNOWN_TYPE,
						"type " + typeId + " is not of event " + eventId);
			}
		}
		return id;
	}

	@Transactional
	public long question(long eventId, String code, LocalizedText label, boolean required, int position) {
		access.requireStaff();
		return jdbc.sql("""
				insert into event.question (event_id, code, label, required, position)
				values (:event, :code, cast(:label as jsonb), :required, :position) returning id
				""")
			.param("event", eventId).param("code", code).param("label", rows.json(label))
			.param("required", required).param("position", position)
			.query(Long.class).single();
	}

	@Transactional
	public void offerHours(long eventId, int hours) {
		access.requireStaff();
		jdbc.sql("update event.event set offer_hours = :h where id = :id").param("h", hours).param("id", eventId)
			.update();
	}

}
