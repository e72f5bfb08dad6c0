package org.amity.identity;

import org.springframework.stereotype.Component;

/**
 * The checks a use case makes before it changes anything, each throwing {@link AccessDeniedException} (403) when the
 * current caller may not act. Call them at the start of the use-case method, in one place:
 *
 * <pre>{@code
 * @Transactional
 * public Partnership recordAgreement(long partnershipId, Agreement agreement) {
 *     var partnership = find(partnershipId);
 *     access.requireStaffOfAny(partnership.onePlaceId(), partnership.otherPlaceId());
 *     ...
 * }
 * }</pre>
 */
@Component
public class Access {

	private final CurrentUser currentUser;

	Access(CurrentUser currentUser) {
		this.currentUser = currentUser;
	}

	/** The caller, after checking that someone is signed in. */
	public Caller requireSignedIn() {
		var caller = currentUser.get();
		if (caller.isAnonymous()) {
			throw new AccessDeniedException(AccessDeniedException.Reason.SIGN_IN, "Sign in first");
		}
		return caller;
	}

	/** The caller, after checking that they are staff (admin or officer) of this city, or a platform admin. */
	public Caller requireStaffOf(long cityId) {
		var caller = requireSignedIn();
		if (!caller.isStaffOf(cityId)) {
			throw new AccessDeniedException(AccessDeniedException.Reason.STAFF,
					caller.username() + " is not staff of city " + cityId);
		}
		return caller;
	}

	/** The caller, after checking that they are staff of at least one of these cities (either side of a pair). */
	public Caller requireStaffOfAny(long... cityIds) {
		var caller = requireSignedIn();
		for (long cityId : cityIds) {
			if (caller.isStaffOf(cityId)) {
				return caller;
			}
		}
		throw new AccessDeniedException(AccessDeniedException.Reason.STAFF,
				caller.username() + " is not staff of any of these cities");
	}

	/** The caller, after checking that they coordinate this program (or are a platform admin). */
	public Caller requireCoordinatorOf(long programId) {
		return requireRole(Role.PROGRAM_COORDINATOR, programId);
	}

	/** The caller, after checking that they hold this role within this scope (or are a platform admin). */
	public Caller requireRole(Role role, long scopeId) {
		var caller = requireSignedIn();
		if (!caller.isPlatformAdmin() && !caller.has(role, scopeId)) {
			throw new AccessDeniedException(AccessDeniedException.Reason.ROLE,
					caller.username() + " is not " + role + " of " + scopeId);
		}
		return caller;
	}

	/** The caller, after checking that they hold this role in any scope (or are a platform admin). */
	public Caller requireRole(Role role) {
		var caller = requireSignedIn();
		if (!caller.isPlatformAdmin() && !caller.has(role)) {
			throw new AccessDeniedException(AccessDeniedException.Reason.ROLE, caller.username() + " is not " + role);
		}
		return caller;
	}

	/** The caller, after checking that they are a platform admin. */
	public Caller requirePlatformAdmin() {
		var caller = requireSignedIn();
		if (!caller.isPlatformAdmin()) {
			throw new AccessDeniedException(AccessDeniedException.Reason.ROLE,
					caller.username() + " is not a platform admin");
		}
		return caller;
	}
}
