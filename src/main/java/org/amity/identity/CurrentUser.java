package org.amity.identity;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The {@link Caller} of the request being served, for use cases that inject it. Outside a request (the command line,
 * background jobs) the caller is anonymous unless the code runs {@link #runAs(Caller, Runnable)}.
 */
@Component
public class CurrentUser {

	/** Who is acting now. */
	public Caller get() {
		return now();
	}

	static Caller now() {
		return of(SecurityContextHolder.getContext().getAuthentication());
	}

	static Caller of(Authentication authentication) {
		if (authentication == null || !authentication.isAuthenticated()) {
			return Caller.anonymous();
		}
		if (authentication.getPrincipal() instanceof AmityPrincipal principal) {
			return principal.caller();
		}
		return Caller.anonymous();
	}

	/**
	 * The Spring Security authentication of a caller, as a sign-in would make it: for tests that act as a role
	 * ({@code mvc.perform(get(...).with(authentication(CurrentUser.authenticationOf(caller))))}).
	 */
	public static Authentication authenticationOf(Caller caller) {
		return AmityPrincipal.authentication(caller);
	}

	/**
	 * Runs work as the given caller on this thread (jobs and the command line act as a named system account, tests as
	 * a role), then restores whoever was acting before.
	 */
	public void runAs(Caller caller, Runnable work) {
		var previous = SecurityContextHolder.getContext();
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(AmityPrincipal.authentication(caller));
		SecurityContextHolder.setContext(context);
		try {
			work.run();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}
}
