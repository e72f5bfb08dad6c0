package org.amity.actor;

import java.util.Objects;

import org.amity.shared.PartialDate;

/**
 * An organisation's role towards a target over a period: Seoul's government initiated the Seoul–Tokyo partnership
 * in 1988; a university hosts a program from 2027. An open end means the role still holds.
 */
public record Relation(long id, long organisationId, MembershipRole role, Target target, PartialDate from, PartialDate until,
		boolean demo) {

	public Relation {
		Objects.requireNonNull(role, "role");
		Objects.requireNonNull(target, "target");
		if (from != null && until != null && until.compareTo(from) < 0) {
			throw new ActorRefusedException(ActorRefusedException.Reason.PERIOD_REVERSED,
					"A role cannot end before it starts");
		}
		if (target.kind() == Target.Kind.ORGANISATION && target.id() == organisationId) {
			throw new ActorRefusedException(ActorRefusedException.Reason.SELF_RELATION,
					"An organisation cannot relate to itself");
		}
	}

	/** Whether the role held in the given year (a period given only by years counts the whole year). */
	public boolean heldIn(int year) {
		return (from == null || from.year() <= year) && (until == null || until.year() >= year);
	}
}
