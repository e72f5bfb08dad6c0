package org.amity.search;

import java.util.List;

import org.amity.shared.search.SearchDocument;

/**
 * Where the search documents are kept and searched. The embedded Lucene index is the one implementation; a backend
 * shared by several application instances (OpenSearch or Elasticsearch) would implement the same two operations.
 */
interface SearchBackend {

	/** Replaces every document of one kind with these, atomically for readers (they see the old set or the new one). */
	void replace(String kind, List<SearchDocument> documents);

	SearchResults search(SearchRequest request);

	/** How many documents the index holds, for the log and tests. */
	long size();
}
