package org.amity.city;

import org.amity.shared.NotFoundException;

/** No place has this id or slug. */
public class PlaceNotFoundException extends NotFoundException {

	public PlaceNotFoundException(String key) {
		super("city", key);
	}
}
