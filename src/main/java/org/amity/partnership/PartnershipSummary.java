package org.amity.partnership;

import org.amity.shared.PartialDate;

/** A partnership without its history and agreements, for lists, maps and exports of many at once. */
public record PartnershipSummary(long id, String slug, long placeA, long placeB, PartnershipType type,
		PartialDate since, PartnershipStatus status, boolean curated) {

	public long partnerOf(long placeId) {
		return placeA == placeId ? placeB : placeA;
	}
}
