package org.amity.audit;

import java.time.Instant;
import java.util.List;

/**
 * One recorded change.
 *
 * @param actor       the username of who made it ({@code system} for Amity's own work such as imports)
 * @param actorRoles  the grants the actor held, as {@code CITY_OFFICER:42}
 * @param actorCities the cities the actor was staff of when acting
 * @param before      the record before the change as JSON, {@code null} when it was created
 * @param after       the record after the change as JSON, {@code null} when it was removed
 */
public record AuditEntry(long id, Instant at, String actor, Long actorAccount, String actorRoles,
		List<Long> actorCities, String recordType, String recordId, String action, List<Long> ownerCities,
		String before, String after) {
}
