package org.amity.partnership;

import java.time.Instant;
import java.util.Objects;

import org.amity.shared.PartialDate;

/** One entry of a partnership's kept status history: what it became, from when, why, and on whose record. */
public record StatusChange(PartnershipStatus status, PartialDate effective, String reason, String source,
		Instant recordedAt) {

	public StatusChange {
		Objects.requireNonNull(status);
		Objects.requireNonNull(source);
	}
}
