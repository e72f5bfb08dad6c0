package org.amity.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.amity.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What registering needs to know of an event besides its places: the event with its venue, its types, its questions
 * and the quotas each type counts against, kept per instance so that a rush reads none of it from the database. A
 * definition carries the event's {@code definition_version}, which triggers raise on every change; the registration's
 * own statement checks that version, so a definition changed by any instance is read again before anyone registers
 * against the old one. Places (capacity and count) are never cached.
 */
@Component
class EventDefinitions {

	/** More events than any city runs at once; beyond it the cache starts again rather than growing without end. */
	static final int MAX_EVENTS = 2_000;

	record Definition(Event event, long version, Map<String, RegistrationType> types, List<Question> questions,
			Map<Long, List<Long>> quotasOfType) {

		/** The quotas a type counts against, in ascending id order (the order they are locked in). */
		List<Long> quotas(long typeId) {
			return quotasOfType.getOrDefault(typeId, List.of());
		}
	}

	private final JdbcClient jdbc;
	private final EventRows rows;
	private final EventCatalogue catalogue;
	private final Map<String, Definition> bySlug = new ConcurrentHashMap<>();

	EventDefinitions(JdbcClient jdbc, EventRows rows, EventCatalogue catalogue) {
		this.jdbc = jdbc;
		this.rows = rows;
		this.catalogue = catalogue;
	}

	/** The definition as cached; it may be older than the database's, which the registration's statement finds out. */
	Definition of(String slug) {
		var cached = bySlug.get(slug);
		return cached != null ? cached : loadOnce(slug, null);
	}

	/** Whether the definition is the database's current one (asked before refusing anyone by it). */
	boolean isCurrent(Definition definition) {
		return jdbc.sql("select definition_version from event.event where id = :id")
			.param("id", definition.event().id())
			.query(Long.class)
			.optional()
			.map(version -> version == definition.version())
			.orElse(false);
	}

	/** The cached definition turned out old: read it again (once, however many requests found it old at once). */
	Definition reload(String slug, Definition old) {
		return loadOnce(slug, old);
	}

	/**
	 * In a rush every request finds a new or changed definition at the same moment; one of them reads it while the
	 * others wait for that reading instead of all taking a connection to read the same rows.
	 */
	private synchronized Definition loadOnce(String slug, Definition old) {
		var cached = bySlug.get(slug);
		if (cached != null && (old == null || cached.version() > old.version())) {
			return cached;
		}
		// an event no longer found under this slug is not answered from the cache either
		bySlug.remove(slug);
		return load(slug);
	}

	/**
	 * Reads the version first, then the parts: a part changed in between raises the version past the one read, so a
	 * definition mixed from before and after a change is never taken for the current one.
	 */
	Definition load(String slug) {
		var version = jdbc.sql("select id, definition_version from event.event where slug = :slug")
			.param("slug", slug)
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.optional()
			.orElseThrow(() -> new NotFoundException("event", slug));
		var event = catalogue.event(version[0]);
		var types = new HashMap<String, RegistrationType>();
		catalogue.types(event.id()).forEach(type -> types.put(type.code(), type));
		var quotasOfType = new HashMap<Long, List<Long>>();
		jdbc.sql("""
				select t.type_id, t.quota_id from event.quota_type t join event.quota q on q.id = t.quota_id
				where q.event_id = :event order by t.quota_id
				""").param("event", event.id())
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) }).list()
			.forEach(pair -> quotasOfType.computeIfAbsent(pair[0], k -> new ArrayList<>()).add(pair[1]));
		quotasOfType.replaceAll((type, quotas) -> List.copyOf(quotas));
		var definition = new Definition(event, version[1], Map.copyOf(types),
				List.copyOf(catalogue.questions(event.id())), Map.copyOf(quotasOfType));
		if (bySlug.size() >= MAX_EVENTS) {
			bySlug.clear();
		}
		bySlug.put(slug, definition);
		return definition;
	}
}
