package org.amity.search;

import java.util.List;

import org.springframework.stereotype.Service;

/**
 * The search box's API: every module's public documents found by text in any of Amity's languages, narrowed by kind,
 * country and year, with facet counts. The index follows the contributions in the background; a search never waits
 * for it, except the very first one when no index was built yet.
 */
@Service
public class SiteSearch {

	private final SearchIndexer indexer;
	private final SearchBackend backend;

	SiteSearch(SearchIndexer indexer, SearchBackend backend) {
		this.indexer = indexer;
		this.backend = backend;
	}

	public SearchResults search(SearchRequest request) {
		indexer.beforeSearch();
		return backend.search(request);
	}

	/** The kinds of document that modules contribute, in a stable order, for facet lists. */
	public List<String> kinds() {
		return indexer.kinds();
	}

	/**
	 * Brings the index up to date with every contribution now, waiting for it; for the command line and tests, as
	 * searches follow changes by themselves.
	 */
	public void refresh() {
		indexer.refreshAll();
	}
}
