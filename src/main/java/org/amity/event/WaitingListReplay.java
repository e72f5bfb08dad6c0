package org.amity.event;

import java.util.ArrayList;
import java.util.List;

/**
 * Rebuilds a waiting list from the history alone: arrivals join at the end, a coordinator's move puts an entry at its
 * position, and leaving, removal, an offer or an expiry take it off. The result must equal the list as stored.
 */
public final class WaitingListReplay {

	private WaitingListReplay() {
	}

	/** The registration ids waiting, head first, after the given history (oldest first). */
	public static List<Long> rebuild(List<HistoryEntry> history) {
		var line = new ArrayList<Long>();
		for (var entry : history) {
			switch (entry.action()) {
				case WAITLISTED -> line.add(entry.registrationId());
				case MOVED -> {
					line.remove(entry.registrationId());
					line.add(Math.min(entry.position() - 1, line.size()), entry.registrationId());
				}
				case LEFT, OFFERED, EXPIRED, CANCELLED, REMOVED -> line.remove(entry.registrationId());
				case CONFIRMED, ACCEPTED -> {
				}
			}
		}
		return line;
	}
}
