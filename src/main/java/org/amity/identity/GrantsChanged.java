package org.amity.identity;

import java.util.Set;

/**
 * An account's roles changed. Published inside the changing transaction, so that a listener (the audit trail) records
 * it with the change or not at all.
 *
 * @param actor who changed them (anonymous for start-up seeding and the command line)
 */
public record GrantsChanged(Caller actor, long accountId, String username, Set<Grant> before, Set<Grant> after) {
}
