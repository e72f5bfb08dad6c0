package org.amity.partnership;

import java.util.Set;

/**
 * Partnerships were registered or changed (one by one or by an import); listeners that keep derived views (network
 * metrics, search) refresh the ones named.
 */
public record PartnershipsChanged(Set<Long> partnershipIds, String cause) {
}
