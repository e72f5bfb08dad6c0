package org.amity.shared.search;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import org.amity.shared.LocalizedText;

/**
 * One public thing as the search box finds it: a place, a partnership, an actor, a program, an event. Title and body
 * are written per language and analysed as that language; {@code names} are further names in any script (aliases,
 * names in languages Amity does not speak) that find the document without being shown.
 *
 * @param kind what it is ({@code place}, {@code partnership}, ...), also its facet
 * @param id unique within the kind and stable across rebuilds (a slug or a number)
 * @param path the page that shows it, after the language prefix ({@code /cities/tokyo-jp})
 * @param countries ISO 3166 alpha-2 codes of the countries it belongs to, for the country facet
 * @param year the year it is dated by (a partnership's start, an event's date), or null
 * @param weight how much a reader is likely to want it among equally good matches, from 0 to 1 (curated records
 * higher)
 */
public record SearchDocument(String kind, String id, String path, LocalizedText title, LocalizedText body,
		List<String> names, Set<String> countries, Integer year, double weight) {

	private static final Pattern KIND = Pattern.compile("[a-z][a-z-]{0,30}");
	private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

	public SearchDocument {
		Objects.requireNonNull(kind);
		if (!KIND.matcher(kind).matches()) {
			throw new IllegalArgumentException("A kind is a lower-case word: " + kind);
		}
		Objects.requireNonNull(id);
		Objects.requireNonNull(path);
		if (!path.startsWith("/")) {
			throw new IllegalArgumentException("A path starts with /: " + path);
		}
		Objects.requireNonNull(title);
		if (title.isEmpty()) {
			throw new IllegalArgumentException("A search document needs a title in at least one language");
		}
		body = body == null ? new LocalizedText(java.util.Map.of()) : body;
		names = names == null ? List.of() : names.stream().filter(n -> n != null && !n.isBlank()).distinct().toList();
		countries = countries == null ? Set.of() : Set.copyOf(countries);
		for (var country : countries) {
			if (!COUNTRY.matcher(country).matches()) {
				throw new IllegalArgumentException("A country is an ISO 3166 alpha-2 code: " + country);
			}
		}
		weight = Math.max(0, Math.min(1, weight));
	}
}
