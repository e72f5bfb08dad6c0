package org.amity.actor;

/** An organisation took a role towards a partnership, program, event or another organisation. */
public record RelationRecorded(long relationId, long organisationId, MembershipRole role, Target.Kind targetKind, long targetId) {
}
