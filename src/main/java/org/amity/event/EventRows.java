package org.amity.event;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.amity.shared.LocalizedText;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the event module's rows into its records. Multilingual texts are kept as {@link LocalizedText#toJson()} writes
 * them (a key per language, and their provenance), so a translation stays marked as one.
 */
@Component
class EventRows {

	static final String EVENT_COLUMNS = """
			e.id, e.slug, e.series_id, e.kind, e.title, e.description, e.starts_at, e.ends_at, e.languages,
			e.organisers, e.partnership, e.status, e.offer_hours, e.demo,
			v.id as v_id, v.slug as v_slug, v.name as v_name, v.address, v.locality, v.country, v.time_zone,
			v.latitude, v.longitude
			""";

	private static final TypeReference<LinkedHashMap<String, String>> MAP = new TypeReference<>() {
	};

	private final JsonMapper json;

	EventRows(JsonMapper json) {
		this.json = json;
	}

	/** A multilingual text as its jsonb column keeps it, with who wrote or translated each language. */
	String json(LocalizedText text) {
		return text == null ? "{}" : text.toJson();
	}

	String json(Map<String, String> map) {
		return json.writeValueAsString(map);
	}

	LocalizedText text(String value) {
		return LocalizedText.fromJson(value);
	}

	Map<String, String> map(String value) {
		return value == null ? Map.of() : json.readValue(value, MAP);
	}

	Event event(ResultSet rs, int row) throws SQLException {
		var venue = new Venue(rs.getLong("v_id"), rs.getString("v_slug"), text(rs.getString("v_name")),
				rs.getString("address"), rs.getString("locality"), rs.getString("country"),
				ZoneId.of(rs.getString("time_zone")), (Double) rs.getObject("latitude"),
				(Double) rs.getObject("longitude"));
		return new Event(rs.getLong("id"), rs.getString("slug"), (Long) rs.getObject("series_id"),
				Event.Kind.valueOf(rs.getString("kind")), text(rs.getString("title")),
				text(rs.getString("description")), venue, rs.getTimestamp("starts_at").toLocalDateTime(),
				rs.getTimestamp("ends_at").toLocalDateTime(), strings(rs.getArray("languages")),
				strings(rs.getArray("organisers")), rs.getString("partnership"),
				Event.Status.valueOf(rs.getString("status")), rs.getInt("offer_hours"), rs.getBoolean("demo"));
	}

	EventSeries series(ResultSet rs, int row) throws SQLException {
		return new EventSeries(rs.getLong("id"), rs.getString("slug"), text(rs.getString("title")),
				text(rs.getString("description")), strings(rs.getArray("organisers")), rs.getString("partnership"),
				rs.getBoolean("demo"));
	}

	Registration registration(ResultSet rs, int row) throws SQLException {
		return new Registration(rs.getLong("id"), rs.getString("reference"), rs.getLong("event_id"),
				rs.getLong("type_id"), rs.getString("email"), rs.getString("name"), rs.getString("language"),
				rs.getInt("quantity"), Registration.Status.valueOf(rs.getString("status")),
				map(rs.getString("answers")), instant(rs.getTimestamp("offer_expires")),
				instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("checked_in_at")));
	}

	static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	static List<String> strings(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}
}
