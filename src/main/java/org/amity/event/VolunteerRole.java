package org.amity.event;

import java.util.List;

import org.amity.shared.LocalizedText;

/** A kind of volunteer work at an event and what it asks of people (a minimum age, languages, a training). */
public record VolunteerRole(long id, long eventId, String code, LocalizedText name, Integer minAge,
		List<String> languages, String training) {
}
