package org.amity.partnership;

import org.amity.shared.NotFoundException;

/** No partnership has this id or slug. */
public class PartnershipNotFoundException extends NotFoundException {

	public PartnershipNotFoundException(String key) {
		super("partnership", key);
	}
}
