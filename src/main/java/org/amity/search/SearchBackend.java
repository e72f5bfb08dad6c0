package org.amity.search;

import java.util.List;

import org.amity.shared.search.SearchDocument;

/**
 * Where the search documents are kept and searched: the embedded Lucene index ({@link LuceneSearchBackend}) or an
 * OpenSearch index several application instances share ({@link OpenSearchBackend}).
 */
interface SearchBackend {

	/** Replaces every document of one kind with these, atomically for readers (they see the old set or the new one). */
	void replace(String kind, List<SearchDocument> documents);

	/**
	 * Replaces the documents of one kind with these ids by the documents given (ids without a document given are
	 * removed), atomically for readers.
	 */
	void update(String kind, java.util.Set<String> ids, List<SearchDocument> documents);

	SearchResults search(SearchRequest request);

	/** How many documents the index holds, for the log and tests. */
	long size();

	/**
	 * Throws {@link SearchUnavailableException} when the index cannot be reached now, before documents are built
	 * for it in vain; an index in this instance's memory always can.
	 */
	default void requireReachable() {
	}
}
