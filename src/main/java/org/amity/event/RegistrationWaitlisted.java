package org.amity.event;

/** A person joined an event's waiting list because its places were taken. */
public record RegistrationWaitlisted(long eventId, String eventSlug, String partnership, int year,
		long registrationId, int quantity) {
}
