package org.amity.search;

import java.util.List;

/**
 * The answer to a {@link SearchRequest}: how many documents matched, the best of them, and for each facet the count
 * of matches per value. A facet's counts ignore the values chosen in that same facet (so choosing Japan still shows
 * how many matches Korea has) but respect the other facets' choices.
 */
public record SearchResults(long total, List<SearchHit> hits, List<FacetCount> kinds, List<FacetCount> countries,
		List<FacetCount> years) {

	public static final SearchResults NONE = new SearchResults(0, List.of(), List.of(), List.of(), List.of());

	/** One value of a facet, its number of matches, and whether the reader chose it. */
	public record FacetCount(String value, long count, boolean selected) {
	}
}
