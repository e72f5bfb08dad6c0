package org.amity.exchange;

import java.util.EnumSet;
import java.util.Set;

/** Where an application stands, and where it may go next. Rejected and withdrawn applications are settled. */
public enum ApplicationStatus {
	DRAFT, SUBMITTED, UNDER_REVIEW, ACCEPTED, WAITLISTED, REJECTED, CONFIRMED, WITHDRAWN;

	Set<ApplicationStatus> next() {
		return switch (this) {
			case DRAFT -> EnumSet.of(SUBMITTED, WITHDRAWN);
			case SUBMITTED -> EnumSet.of(UNDER_REVIEW, WITHDRAWN);
			case UNDER_REVIEW -> EnumSet.of(ACCEPTED, WAITLISTED, REJECTED, WITHDRAWN);
			case WAITLISTED -> EnumSet.of(ACCEPTED, REJECTED, WITHDRAWN);
			case ACCEPTED -> EnumSet.of(CONFIRMED, WITHDRAWN);
			case CONFIRMED -> EnumSet.of(WITHDRAWN);
			case REJECTED, WITHDRAWN -> EnumSet.noneOf(ApplicationStatus.class);
		};
	}

	public boolean canGoTo(ApplicationStatus next) {
		return next().contains(next);
	}

	/** Whether the application holds one of the direction's places. */
	public boolean holdsAPlace() {
		return this == ACCEPTED || this == CONFIRMED;
	}
}
