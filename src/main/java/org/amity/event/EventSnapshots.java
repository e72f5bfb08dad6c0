package org.amity.event;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** An event with its organising cities and version, and what the audit trail keeps of it before and after a change. */
@Component
class EventSnapshots {

	private final JdbcClient jdbc;
	private final EventCatalogue catalogue;

	EventSnapshots(JdbcClient jdbc, EventCatalogue catalogue) {
		this.jdbc = jdbc;
		this.catalogue = catalogue;
	}

	EventManagement.Managed managed(Event event) {
		return jdbc.sql("select cities, version from event.event where id = :id").param("id", event.id())
			.query((rs, n) -> new EventManagement.Managed(event, EventManagement.longs(rs.getArray("cities")), rs.getLong("version"))).single();
	}

	/** What the audit trail keeps of an event: the fields staff change and its quotas' places. */
	Map<String, Object> snapshot(long eventId) {
		var event = catalogue.event(eventId);
		var managed = managed(event);
		var fields = new LinkedHashMap<String, Object>();
		fields.put("slug", event.slug());
		fields.put("kind", event.kind().name());
		fields.put("title", event.title().texts());
		fields.put("description", event.description().texts());
		fields.put("venue", event.venue().slug());
		fields.put("startsAt", event.startsAt().toString());
		fields.put("endsAt", event.endsAt().toString());
		fields.put("timeZone", event.venue().zone().getId());
		fields.put("languages", event.languages());
		fields.put("organisers", event.organisers());
		fields.put("cities", managed.cities());
		fields.put("version", managed.version());
		var types = new LinkedHashMap<String, Object>();
		catalogue.types(eventId).forEach(t -> types.put(t.code(), t.maxGroup()));
		fields.put("types", types);
		fields.put("quotas", JointEventChanges.places(catalogue.quotas(eventId)));
		return fields;
	}

}
