package org.amity.search;

import java.util.List;
import java.util.Set;

/**
 * One document found: its kind, page path (after the language prefix), title in the reader's language (or the
 * nearest one written), a snippet of the text that matched with the matching words marked, its countries and year.
 *
 * @param snippetLanguage the language the snippet is written in, which is not the reader's when the match was in
 * another language
 */
public record SearchHit(String kind, String id, String path, String title, String titleLanguage,
		List<Fragment> snippet, String snippetLanguage, Set<String> countries, Integer year) {

	/** A piece of the snippet; marked pieces are words that matched the query. */
	public record Fragment(String text, boolean marked) {
	}
}
