package org.amity.partnership;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a partnership stands in its life: proposed, signed, active and dormant (back and forth), suspended, ended.
 * The transitions a status allows are the lifecycle's rules; anything else is refused.
 */
public enum PartnershipStatus {

	PROPOSED, SIGNED, ACTIVE, DORMANT, SUSPENDED, ENDED;

	/** The statuses this one may change to. */
	public Set<PartnershipStatus> next() {
		return switch (this) {
			case PROPOSED -> EnumSet.of(SIGNED, ENDED);
			case SIGNED -> EnumSet.of(ACTIVE, DORMANT, SUSPENDED, ENDED);
			case ACTIVE -> EnumSet.of(DORMANT, SUSPENDED, ENDED);
			case DORMANT -> EnumSet.of(ACTIVE, SUSPENDED, ENDED);
			case SUSPENDED -> EnumSet.of(ACTIVE, DORMANT, ENDED);
			case ENDED -> EnumSet.noneOf(PartnershipStatus.class);
		};
	}

	public boolean canBecome(PartnershipStatus other) {
		return next().contains(other);
	}
}
