package org.amity.identity;

import java.time.Instant;
import java.util.Set;

/**
 * An account as other modules and the staff pages see it: never its password hash.
 *
 * @param lockedUntil when a lock after too many failed sign-ins ends; {@code null} when not locked
 */
public record Account(long id, String username, String displayName, String email, String language, boolean demo,
		boolean enabled, Instant lockedUntil, Set<Grant> grants) {

	public Account {
		grants = Set.copyOf(grants);
	}

	public boolean lockedAt(Instant now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}

	/** The caller this account acts as once signed in. */
	public Caller caller() {
		return Caller.of(id, username, grants, demo);
	}
}
