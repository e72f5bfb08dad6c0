package org.amity.event;

/** An event took place, with how many people it confirmed and how many checked in at the door. */
public record EventHeld(long eventId, String eventSlug, String partnership, int year, int confirmed,
		int checkedIn) {
}
