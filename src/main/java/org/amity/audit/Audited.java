package org.amity.audit;

import java.util.Collection;
import java.util.List;

/**
 * A change to record: which record (its type and id), what was done, the record before and after (any value that
 * serialises to JSON: a map, a record), and the cities that own the record (whose staff may read the entry).
 */
public record Audited(String recordType, String recordId, String action, Object before, Object after,
		List<Long> ownerCities) {

	public Audited {
		if (recordType == null || recordType.isBlank() || recordType.length() > 50) {
			throw new IllegalArgumentException("A record type is 1 to 50 characters");
		}
		if (recordId == null || recordId.isBlank() || recordId.length() > 200) {
			throw new IllegalArgumentException("A record id is 1 to 200 characters");
		}
		if (action == null || action.isBlank() || action.length() > 100) {
			throw new IllegalArgumentException("An action is 1 to 100 characters");
		}
		ownerCities = ownerCities == null ? List.of() : List.copyOf(ownerCities);
	}

	public static Audited of(String recordType, Object recordId, String action, Object before, Object after) {
		return new Audited(recordType, String.valueOf(recordId), action, before, after, List.of());
	}

	/** The same change, owned by these cities (a partnership by both of its places). */
	public Audited ownedBy(Collection<Long> cities) {
		return new Audited(recordType, recordId, action, before, after, List.copyOf(cities));
	}

	public Audited ownedBy(long... cities) {
		return ownedBy(java.util.Arrays.stream(cities).boxed().toList());
	}
}
