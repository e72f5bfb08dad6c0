package org.amity.exchange;

import java.util.List;

import org.amity.identity.Caller;
import org.amity.identity.CurrentUser;
import org.amity.identity.Grant;
import org.amity.identity.Role;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who acts in a test: the test thread takes a caller's identity as a signed-in request would. */
public final class Acting {

	public static final Caller ADMIN = Caller.of(900, "admin", List.of(Grant.platform(Role.PLATFORM_ADMIN)), false);

	private Acting() {
	}

	public static Caller reviewer(String name, long programId) {
		return Caller.of(901 + Math.abs(name.hashCode() % 50), name, List.of(Grant.of(Role.REVIEWER, programId)),
				false);
	}

	/** The authentication a signed-in request of this caller carries. */
	public static Authentication authentication(CurrentUser currentUser, Caller caller) {
		var holder = new Authentication[1];
		currentUser.runAs(caller, () -> holder[0] = SecurityContextHolder.getContext().getAuthentication());
		return holder[0];
	}

	/** From now on the test thread acts as this caller. */
	public static void as(CurrentUser currentUser, Caller caller) {
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication(currentUser, caller));
		SecurityContextHolder.setContext(context);
	}

	public static void nobody() {
		SecurityContextHolder.clearContext();
	}
}
