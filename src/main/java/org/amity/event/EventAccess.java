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
	 * Staff of a city that organises the event (a platform admin: any event): who works the door of an event and reads
	 * its registrations. An event that names no organising city falls back to its partnership's two cities; an event of
	 * neither is the platform admins' alone.
	 */
	void requireStaffOfEvent(long eventId) {
		if (!servingAPerson()) {
			return;
		}
		var caller = access.requireSignedIn();
		if (caller.isPlatformAdmin()) {
			return;
		}
		var row = jdbc.sql("select cities, partnership from event.event where id = :id")
			.param("id", eventId)
			.query((rs, n) -> new Owners(java.util.Arrays.asList((Long[]) rs.getArray("cities").getArray()),
					rs.getString("partnership")))
			.optional();
		var cities = row.map(Owners::cities).filter(list -> !list.isEmpty())
			.or(() -> row.map(Owners::partnership)
				.flatMap(slug -> slug == null ? java.util.Optional.empty() : partnerships.findBySlug(slug))
				.map(p -> java.util.List.of(p.placeA(), p.placeB())))
			.orElse(java.util.List.of());
		if (cities.stream().noneMatch(caller::isStaffOf)) {
			throw new AccessDeniedException(AccessDeniedException.Reason.STAFF,
					caller.username() + " is not staff of a city that organises event " + eventId);
		}
	}

	private record Owners(java.util.List<Long> cities, String partnership) {
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
