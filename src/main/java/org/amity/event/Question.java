package org.amity.event;

import org.amity.shared.LocalizedText;

/** Something an event asks of every attendee (dietary needs, T-shirt size). */
public record Question(long id, long eventId, String code, LocalizedText label, boolean required) {
}
