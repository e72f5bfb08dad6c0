package org.amity.event;

import java.util.List;
import java.util.Optional;

import org.amity.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading events, series, venues, registration types, quotas and questions; public, as the pages are. */
@Service
public class EventCatalogue {

	private final JdbcClient jdbc;
	private final EventRows rows;

	EventCatalogue(JdbcClient jdbc, EventRows rows) {
		this.jdbc = jdbc;
		this.rows = rows;
	}

	@Transactional(readOnly = true)
	public List<EventSeries> series() {
		return jdbc.sql("select * from event.series order by id").query(rows::series).list();
	}

	@Transactional(readOnly = true)
	public EventSeries series(String slug) {
		return jdbc.sql("select * from event.series where slug = :slug")
			.param("slug", slug)
			.query(rows::series)
			.optional()
			.orElseThrow(() -> new NotFoundException("series", slug));
	}

	@Transactional(readOnly = true)
	public Optional<EventSeries> seriesOf(Event event) {
		if (event.seriesId() == null) {
			return Optional.empty();
		}
		return jdbc.sql("select * from event.series where id = :id").param("id", event.seriesId()).query(rows::series)
			.optional();
	}

	@Transactional(readOnly = true)
	public List<Event> eventsOf(EventSeries series) {
		return jdbc.sql("select " + EventRows.EVENT_COLUMNS
				+ " from event.event e join event.venue v on v.id = e.venue_id where e.series_id = :id"
				+ " order by e.starts_at, e.id")
			.param("id", series.id())
			.query(rows::event)
			.list();
	}

	@Transactional(readOnly = true)
	public List<Event> events() {
		return jdbc.sql("select " + EventRows.EVENT_COLUMNS
				+ " from event.event e join event.venue v on v.id = e.venue_id order by e.starts_at, e.id")
			.query(rows::event)
			.list();
	}

	@Transactional(readOnly = true)
	public Event event(String slug) {
		return jdbc.sql("select " + EventRows.EVENT_COLUMNS
				+ " from event.event e join event.venue v on v.id = e.venue_id where e.slug = :slug")
			.param("slug", slug)
			.query(rows::event)
			.optional()
			.orElseThrow(() -> new NotFoundException("event", slug));
	}

	@Transactional(readOnly = true)
	public Event event(long id) {
		return jdbc.sql("select " + EventRows.EVENT_COLUMNS
				+ " from event.event e join event.venue v on v.id = e.venue_id where e.id = :id")
			.param("id", id)
			.query(rows::event)
			.optional()
			.orElseThrow(() -> new NotFoundException("event", String.valueOf(id)));
	}

	@Transactional(readOnly = true)
	public List<RegistrationType> types(long eventId) {
		return jdbc.sql("select * from event.registration_type where event_id = :id order by id")
			.param("id", eventId)
			.query((rs, n) -> new RegistrationType(rs.getLong("id"), rs.getLong("event_id"), rs.getString("code"),
					rows.text(rs.getString("name")), rs.getInt("max_group")))
			.list();
	}

	@Transactional(readOnly = true)
	public List<Quota> quotas(long eventId) {
		return jdbc.sql("""
				select q.*, array(select t.type_id from event.quota_type t where t.quota_id = q.id order by t.type_id)
				  as type_ids
				from event.quota q where q.event_id = :id order by q.id
				""")
			.param("id", eventId)
			.query((rs, n) -> new Quota(rs.getLong("id"), rs.getLong("event_id"), rs.getString("code"),
					rows.text(rs.getString("name")), rs.getInt("capacity"), rs.getInt("taken"),
					List.of((Long[]) rs.getArray("type_ids").getArray())))
			.list();
	}

	@Transactional(readOnly = true)
	public List<Question> questions(long eventId) {
		return jdbc.sql("select * from event.question where event_id = :id order by position, id")
			.param("id", eventId)
			.query((rs, n) -> new Question(rs.getLong("id"), rs.getLong("event_id"), rs.getString("code"),
					rows.text(rs.getString("label")), rs.getBoolean("required")))
			.list();
	}

	/** Places still free for a type: the smallest room left among the quotas it counts against. */
	@Transactional(readOnly = true)
	public int free(RegistrationType type) {
		return quotas(type.eventId()).stream()
			.filter(q -> q.typeIds().contains(type.id()))
			.mapToInt(Quota::free)
			.min()
			.orElse(Integer.MAX_VALUE);
	}

	/**
	 * The cities that organise an event (or a series) of this slug, for other modules' own scoping (ideas about an
	 * event are moderated by its organisers); empty when there is none.
	 */
	@Transactional(readOnly = true)
	public List<Long> organisingCities(String slug) {
		return jdbc.sql("""
				select cities from event.event where slug = :slug
				union all select cities from event.series where slug = :slug
				""").param("slug", slug).query((rs, n) -> EventManagement.longs(rs.getArray(1))).list().stream()
			.flatMap(List::stream).distinct().toList();
	}
}
