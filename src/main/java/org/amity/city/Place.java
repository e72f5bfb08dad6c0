package org.amity.city;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A place in the gazetteer as the other modules see it: a government (city, state, ward) with its names per language.
 * {@code name} is the name in the registry's default (English, Latin script); {@code names} maps a language to the
 * preferred name in it, and {@code aliases} are other spellings used to recognise it.
 */
public record Place(long id, String slug, String country, PlaceLevel level, Long parentId, String name,
		Map<String, String> names, List<String> aliases, Double latitude, Double longitude, Long population,
		String wikidata) {

	public Place {
		Objects.requireNonNull(slug);
		Objects.requireNonNull(country);
		Objects.requireNonNull(level);
		Objects.requireNonNull(name);
		names = Map.copyOf(names);
		aliases = List.copyOf(aliases);
	}

	/** The name to show to a reader of the given language, falling back to the default name. */
	public String nameIn(Locale locale) {
		return names.getOrDefault(locale.getLanguage(), name);
	}

	public boolean hasCoordinates() {
		return latitude != null && longitude != null;
	}
}
