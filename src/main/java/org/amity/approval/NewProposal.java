package org.amity.approval;

import java.util.Map;
import java.util.Objects;

/**
 * What an owning module proposes: which record, between which cities, and the fields as the change would leave them.
 * The current fields and version are read from the module's {@link ChangeApplier}, not taken from the caller.
 */
public record NewProposal(String kind, long recordId, String recordLabel, long proposingCity, long approvingCity,
		Map<String, String> proposed, long baseVersion) {

	public NewProposal {
		Objects.requireNonNull(kind);
		Objects.requireNonNull(recordLabel);
		proposed = Map.copyOf(proposed);
	}
}
