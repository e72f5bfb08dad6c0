package org.amity.event;

import java.time.LocalDateTime;

/** A stretch of volunteer work, in the venue's wall-clock time, needing between min and max people. */
public record Shift(long id, long roleId, LocalDateTime startsAt, LocalDateTime endsAt, int minPeople, int maxPeople,
		int signedUp) {

	public boolean full() {
		return signedUp >= maxPeople;
	}

	public boolean understaffed() {
		return signedUp < minPeople;
	}

	boolean overlaps(Shift other) {
		return startsAt.isBefore(other.endsAt) && other.startsAt.isBefore(endsAt);
	}
}
