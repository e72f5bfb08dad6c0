package org.amity.event;

import org.springframework.stereotype.Component;

/**
 * Who may do what with events, in one place: staff (city officers, coordinators) plan events, change capacities and
 * reorder waiting lists; a person acts on their own registration, which its secret reference proves. Requests reach
 * staff use cases only through the staff paths ({@code /{lang}/manage/**}, non-GET {@code /api/v1/**}), which the
 * application's security guards.
 */
@Component
class EventAccess {

	void requireStaff() {
		// Staff paths are guarded at the door; this is where a finer check (a coordinator of this event) goes.
	}

	void requireHolder(Registration registration, String reference) {
		if (!registration.reference().equals(reference)) {
			throw new org.amity.shared.NotFoundException("registration", reference);
		}
	}
}
