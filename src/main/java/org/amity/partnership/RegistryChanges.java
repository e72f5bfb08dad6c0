package org.amity.partnership;

import java.util.List;

/** A page of the open-data feed and where the next one starts (null on the last page). */
public record RegistryChanges(List<RegistryChange> items, RegistryQuery.Cursor next) {
}
