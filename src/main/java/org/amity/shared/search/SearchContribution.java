package org.amity.shared.search;

import java.util.List;

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
}
