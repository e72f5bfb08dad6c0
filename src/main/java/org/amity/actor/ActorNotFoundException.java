package org.amity.actor;

import org.amity.shared.NotFoundException;

public class ActorNotFoundException extends NotFoundException {

	public ActorNotFoundException(String key) {
		super("actor", key);
	}
}
