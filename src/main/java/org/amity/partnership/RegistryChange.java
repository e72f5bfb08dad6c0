package org.amity.partnership;

import java.time.Instant;

import org.amity.shared.PartialDate;

/**
 * A partnership as the open-data feed lists it: as it is now, or marked removed (then only its id, slug, places, type
 * and date are kept), with the moment of its last change.
 */
public record RegistryChange(long id, String slug, long placeA, long placeB, PartnershipType type, PartialDate since,
		PartnershipStatus status, Instant changedAt, boolean removed) {
}
