package org.amity.actor;

/** An organisation joined the directory; search indexes it, the network may draw it. */
public record OrganisationRegistered(long organisationId, String slug, ActorKind kind, boolean demo) {
}
