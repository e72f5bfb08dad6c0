package org.amity.city;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A place to add to the gazetteer, under an already registered parent or none; names maps a language to its preferred
 * name, aliases are further spellings.
 */
public record NewPlace(String country, PlaceLevel level, Long parentId, String name,
		Map<String, String> names, List<String> aliases, Double latitude, Double longitude, Long population,
		String wikidata, String source) {

	public NewPlace {
		if (!Countries.isKnown(country)) {
			throw new IllegalArgumentException("Unknown country code: " + country);
		}
		Objects.requireNonNull(level);
		if (name == null || name.isBlank() || name.length() > 300) {
			throw new IllegalArgumentException("A place needs a name of 1 to 300 characters");
		}
		names = names == null ? Map.of() : Map.copyOf(names);
		aliases = aliases == null ? List.of() : List.copyOf(aliases);
		Objects.requireNonNull(source);
	}

	/** The same place at the given coordinates. */
	public NewPlace at(double latitude, double longitude) {
		return new NewPlace(country, level, parentId, name, names, aliases, latitude, longitude, population, wikidata,
				source);
	}
}
