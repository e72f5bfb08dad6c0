package org.amity.identity;

import org.springframework.security.core.Authentication;

/** Web tests act as a caller without a password: the authentication a signed-in session would carry. */
public final class SignedInAs {

	private SignedInAs() {
	}

	public static Authentication caller(Caller caller) {
		return AmityPrincipal.authentication(caller);
	}
}
