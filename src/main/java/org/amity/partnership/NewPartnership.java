package org.amity.partnership;

import java.util.Objects;

import org.amity.shared.PartialDate;

/** A partnership for a bulk registration (an import), with the source that lists it. */
public record NewPartnership(long placeA, long placeB, String slug, PartnershipType type, PartialDate since,
		PartnershipStatus status, Partnership.Source source) {

	public NewPartnership {
		if (placeA == placeB) {
			throw new PartnershipRefusedException(PartnershipRefusedException.Reason.SAME_PLACE,
					"A place cannot be its own partner");
		}
		long a = Math.min(placeA, placeB);
		long b = Math.max(placeA, placeB);
		placeA = a;
		placeB = b;
		Objects.requireNonNull(slug);
		Objects.requireNonNull(type);
		Objects.requireNonNull(status);
		Objects.requireNonNull(source);
	}
}
