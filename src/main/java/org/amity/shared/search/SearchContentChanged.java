package org.amity.shared.search;

import java.util.Set;

/**
 * Public content of one kind changed in this instance (published after the change was committed): the search index
 * updates the documents named, or every document of the kind when none is named, in the background and without
 * waiting for its next look at the versions.
 *
 * @param ids the ids of the documents that changed, appeared or disappeared; empty for all of the kind
 */
public record SearchContentChanged(String kind, Set<String> ids) {

	public SearchContentChanged {
		ids = ids == null ? Set.of() : Set.copyOf(ids);
	}

	public SearchContentChanged(String kind) {
		this(kind, Set.of());
	}
}
