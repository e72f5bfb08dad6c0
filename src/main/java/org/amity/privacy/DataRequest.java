package org.amity.privacy;

import java.time.Duration;
import java.time.Instant;

/**
 * A person's request to have their data erased (or handed over), with the deadline the jurisdiction's law sets from the
 * moment it was made.
 */
public record DataRequest(long id, long accountId, Kind kind, Jurisdiction jurisdiction, Status status,
		Instant requestedAt, Instant dueAt, Instant completedAt, String completedBy, String outcome) {

	/** The time left until the deadline at {@code now} (or that was left when it was completed); negative when late. */
	public Duration remaining(Instant now) {
		return Duration.between(status == Status.COMPLETED ? completedAt : now, dueAt);
	}

	public boolean overdue(Instant now) {
		return status == Status.OPEN ? now.isAfter(dueAt) : completedAt.isAfter(dueAt);
	}

	public enum Kind {
		DELETION, ACCESS
	}

	public enum Status {
		OPEN, COMPLETED
	}
}
