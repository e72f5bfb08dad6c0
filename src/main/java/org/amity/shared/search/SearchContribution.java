package org.amity.shared.search;

import java.util.List;
import java.util.Set;

/**
 * A module's share of the search box: every public document of one kind, and a version that changes whenever any of
 * them changes (committed by this instance or any other). A module implements it as a Spring bean in its own package;
 * the search module finds every such bean, so no module depends on the search module and the search module reads no
 * module's tables.
 */
public interface SearchContribution {

	/** The kind of every document this contribution hands over, such as {@code event}. */
	String kind();

	/**
	 * A number that differs whenever {@link #documents()} would answer differently; cheap to ask (one small query), as
	 * the index asks it every few seconds to follow changes made by other instances.
	 */
	long version();

	/** Every public document of this kind, as it stands now. */
	List<SearchDocument> documents();

	/**
	 * The documents with these ids as they stand now; an id without a document (deleted, no longer public) is left
	 * out. Contributions with many documents answer this without building them all.
	 */
	default List<SearchDocument> documents(Set<String> ids) {
		return documents().stream().filter(document -> ids.contains(document.id())).toList();
	}

	/**
	 * Whether people write these documents' texts (programs, events, organisations), so that the translation overview
	 * lists what is missing or outdated; names of places and titles made from other records are not translated by hand.
	 */
	default boolean writtenByPeople() {
		return false;
	}
}
