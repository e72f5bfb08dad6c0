package org.amity.shared.search;

/**
 * Public content of one kind changed in this instance (published after the change was committed, or with it); the
 * search index updates that kind in the background without waiting for its next look at the versions.
 */
public record SearchContentChanged(String kind) {
}
