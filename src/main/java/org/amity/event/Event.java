package org.amity.event;

import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;

import org.amity.shared.LocalizedText;

/**
 * One event: its times are wall-clock times at its venue, so a concert at 19:00 in Tokyo stays at 19:00 whatever the
 * server's or the reader's zone.
 */
public record Event(long id, String slug, Long seriesId, Kind kind, LocalizedText title, LocalizedText description,
		Venue venue, LocalDateTime startsAt, LocalDateTime endsAt, List<String> languages, List<String> organisers,
		String partnership, Status status, int offerHours, boolean demo) {

	public ZonedDateTime start() {
		return startsAt.atZone(venue.zone());
	}

	public ZonedDateTime end() {
		return endsAt.atZone(venue.zone());
	}

	public enum Kind {
		FESTIVAL, CONCERT, MATCH, WORKSHOP, EXHIBITION, MEETING, OTHER
	}

	public enum Status {
		SCHEDULED, HELD, CANCELLED
	}
}
