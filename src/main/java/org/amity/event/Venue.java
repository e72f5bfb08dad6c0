package org.amity.event;

import java.time.ZoneId;

import org.amity.shared.LocalizedText;

/** Where events take place; its time zone turns an event's wall-clock times into instants. */
public record Venue(long id, String slug, LocalizedText name, String address, String locality, String country,
		ZoneId zone, Double latitude, Double longitude) {
}
