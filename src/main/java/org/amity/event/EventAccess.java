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
	private final org.amity.partnership.Partnerships partnerships;
	private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

	EventAccess(Access access, org.amity.partnership.Partnerships partnerships,
			org.springframework.jdbc.core.simple.JdbcClient jdbc) {
		this.access = access;
		this.partnerships = partnerships;
		this.jdbc = jdbc;
	}

	/**
	 * Staff of one of the two cities of the event's partnership (a platform admin: any event): who works the door of
	 * an event and reads its registrations. An event of no partnership is the platform admins' alone.
	 */
	void requireStaffOfEvent(long eventId) {
		if (!servingAPerson()) {
			return;
		}
		var caller = access.requireSignedIn();
		if (caller.isPlatformAdmin()) {
			return;
		}
		var partnership = jdbc.sql("select partnership from event.event where id = :id")
			.param("id", eventId)
			.query(String.class)
			.optional()
			.flatMap(slug -> slug == null ? java.util.Optional.empty() : partnerships.findBySlug(slug));
		if (partnership.isEmpty()) {
			throw new AccessDeniedException(AccessDeniedException.Reason.STAFF,
					caller.username() + " is not staff of a city of event " + eventId);
		}
		access.requireStaffOfAny(partnership.get().placeA(), partnership.get().placeB());
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
