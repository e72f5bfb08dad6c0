package org.amity.event;

import java.util.List;

import org.amity.shared.LocalizedText;

/** A number of places shared by the registration types it covers; {@code taken} counts confirmed and offered ones. */
public record Quota(long id, long eventId, String code, LocalizedText name, int capacity, int taken,
		List<Long> typeIds) {

	public int free() {
		return Math.max(0, capacity - taken);
	}
}
