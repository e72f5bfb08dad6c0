package org.amity.approval;

import java.util.Map;

/**
 * How the module that owns a shared record takes part in approval: it tells the record's current state and version
 * and applies an approved change. Implemented as a bean by each owning module (the partnership module for agreements
 * and status), so approval never reads another module's tables and depends on none of them.
 */
public interface ChangeApplier {

	/** The kind of record and change this applier handles, such as {@code partnership.agreement}. */
	String kind();

	/** The record's version now; a proposal made on another version is stale. */
	long version(long recordId);

	/** The record's state now, as fields and their text, to show beside a proposal. */
	Map<String, String> current(long recordId);

	/**
	 * Applies the approved change in the approval's transaction. It must refuse (throw its module's own exception, which
	 * rolls the approval back) rather than overwrite when the record changed since {@link Proposal#baseVersion()}.
	 */
	void apply(Proposal proposal);
}
