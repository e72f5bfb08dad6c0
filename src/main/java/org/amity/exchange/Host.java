package org.amity.exchange;

import java.util.List;

/**
 * A host of participants in one direction of a call: a family, school, club, restaurant, residency or university,
 * with how many it takes and, when it says so, the applications it prefers (otherwise it takes the call's ranking).
 */
public record Host(long id, long callId, Direction direction, Kind kind, String name, Long organisationId,
		int capacity, List<Long> preferences, boolean demo) {

	public Host {
		if (name == null || name.isBlank() || name.length() > 200) {
			throw new ExchangeRefusedException(ExchangeRefusedException.Reason.TITLE_MISSING, "A host needs a name");
		}
		if (capacity < 0 || capacity > 1000) {
			throw new ExchangeRefusedException(ExchangeRefusedException.Reason.QUOTA_INVALID, "Capacity 0 to 1000");
		}
		preferences = preferences == null ? null : List.copyOf(preferences);
	}

	public enum Kind {
		FAMILY, SCHOOL, CLUB, RESTAURANT, RESIDENCY, UNIVERSITY
	}
}
