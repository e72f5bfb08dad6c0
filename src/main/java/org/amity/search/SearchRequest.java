package org.amity.search;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a reader asked: text in any language (may be empty when browsing by facets), the facet values chosen (several
 * values of one facet are alternatives), the reader's language for titles and snippets, and how many hits to return.
 */
public record SearchRequest(String text, Set<String> kinds, Set<String> countries, Set<Integer> years,
		Locale language, int limit) {

	public static final int MAX_LENGTH = 200;
	public static final int MAX_LIMIT = 100;

	public SearchRequest {
		text = text == null ? "" : text.strip();
		if (text.length() > MAX_LENGTH) {
			throw new IllegalArgumentException("A search text is at most " + MAX_LENGTH + " characters");
		}
		kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
		countries = countries == null ? Set.of() : Set.copyOf(countries);
		years = years == null ? Set.of() : Set.copyOf(years);
		language = language == null ? Locale.ENGLISH : language;
		limit = Math.max(1, Math.min(limit, MAX_LIMIT));
	}

	public static SearchRequest of(String text, Locale language) {
		return new SearchRequest(text, null, null, null, language, 20);
	}

	/** Whether there is anything to search by: a text or at least one facet value. */
	public boolean isEmpty() {
		return text.isEmpty() && kinds.isEmpty() && countries.isEmpty() && years.isEmpty();
	}

	public boolean isFiltered() {
		return !(kinds.isEmpty() && countries.isEmpty() && years.isEmpty());
	}

	List<String> languages() {
		return List.of(language.getLanguage());
	}
}
