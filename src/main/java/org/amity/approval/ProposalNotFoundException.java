package org.amity.approval;

import org.amity.shared.NotFoundException;

/** No proposal with this id that the caller may see (a third city's staff are told the same as for a missing one). */
public class ProposalNotFoundException extends NotFoundException {

	public ProposalNotFoundException(String key) {
		super("proposal", key);
	}
}
