package org.amity.engagement;

import java.time.LocalDate;

import org.amity.shared.LocalizedText;

/**
 * A community event a partner organisation ran for a partnership, with how many came; its version counts the
 * corrections made to it.
 */
public record CommunityEvent(long id, String partnership, String organisation, LocalizedText title, LocalDate heldOn,
		String place, int attendance, long version) {
}
