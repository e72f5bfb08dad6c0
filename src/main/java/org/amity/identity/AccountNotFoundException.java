package org.amity.identity;

import org.amity.shared.NotFoundException;

/** No account with this id or username: a 404. */
public class AccountNotFoundException extends NotFoundException {

	public AccountNotFoundException(String key) {
		super("account", key);
	}
}
