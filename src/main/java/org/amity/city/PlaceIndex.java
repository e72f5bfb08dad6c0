package org.amity.city;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.amity.shared.Names;

/**
 * An in-memory view of the gazetteer for resolving many names at once (an import of tens of thousands of rows).
 * Places are keyed by country, parent and any of their names or aliases, folded with {@link Names#key}.
 */
public final class PlaceIndex {

	private final Map<String, List<Place>> byKey = new HashMap<>();
	private final Map<Long, Place> byId = new HashMap<>();
	private final Map<String, List<Place>> byName = new HashMap<>();

	PlaceIndex(Collection<Place> places) {
		places.forEach(this::add);
	}

	void add(Place place) {
		byId.put(place.id(), place);
		var keys = new java.util.HashSet<String>();
		keys.add(Names.key(place.name()));
		place.names().values().forEach(name -> keys.add(Names.key(name)));
		place.aliases().forEach(alias -> keys.add(Names.key(alias)));
		for (var key : keys) {
			byName.computeIfAbsent(key, k -> new ArrayList<>(1)).add(place);
			byKey.computeIfAbsent(key(place.country(), place.parentId(), key), k -> new ArrayList<>(1)).add(place);
		}
	}

	public Optional<Place> byId(long id) {
		return Optional.ofNullable(byId.get(id));
	}

	/** Places of this country and parent (null: top-level) known by this name, the most general level first. */
	public List<Place> find(String country, Long parentId, String name) {
		var found = byKey.get(key(country, parentId, Names.key(name)));
		if (found == null) {
			return List.of();
		}
		var sorted = new ArrayList<>(found);
		sorted.sort(java.util.Comparator.comparing(Place::level));
		return sorted;
	}

	/** Places of any country known by this name, cities and states before wards. */
	public List<Place> findAnywhere(String name) {
		var found = new ArrayList<>(byName.getOrDefault(Names.key(name), List.of()));
		found.sort(java.util.Comparator.comparing(Place::level));
		return found;
	}

	public int size() {
		return byId.size();
	}

	private static String key(String country, Long parentId, String nameKey) {
		return country + '|' + (parentId == null ? "" : parentId) + '|' + nameKey;
	}
}
