package org.amity.event;

import org.amity.identity.Access;
import org.amity.identity.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * Who may do what with events, in one place: staff (city officers, coordinators) plan events, change capacities,
 * reorder waiting lists and work the door; a person acts on their own registration, which its secret reference
 * proves, and anyone may register. Outside any web request (the demo loader at start, the scheduled expiry of offers
 * and reminders) Amity itself acts, and no person's rights are asked for.
 */
@Component
class EventAccess {

	private final Access access;

	EventAccess(Access access) {
		this.access = access;
	}

	void requireStaff() {
		if (!servingAPerson()) {
			return;
		}
		var caller = access.requireSignedIn();
		if (!caller.isStaff()) {
			throw new AccessDeniedException(AccessDeniedException.Reason.STAFF,
					caller.username() + " is not staff and may not manage events");
		}
	}

	/** Whether a web request of a person is being served (the dispatcher marks every request it serves). */
	private static boolean servingAPerson() {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				&& attributes.getRequest().getAttribute(DispatcherServlet.WEB_APPLICATION_CONTEXT_ATTRIBUTE) != null;
	}
}
