package org.amity.partnership;

import org.amity.shared.PartialDate;

/** A partnership moved along its lifecycle. */
public record PartnershipStatusChanged(long partnershipId, PartnershipStatus from, PartnershipStatus to,
		PartialDate effective) {
}
