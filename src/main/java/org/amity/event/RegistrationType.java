package org.amity.event;

import org.amity.shared.LocalizedText;

/** A kind of ticket (general, student, family); a group may take up to {@code maxGroup} places at once. */
public record RegistrationType(long id, long eventId, String code, LocalizedText name, int maxGroup) {
}
