package org.amity.event;

/** Places were confirmed to a person (at once, or when they accepted an offer from the waiting list). */
public record RegistrationConfirmed(long eventId, String eventSlug, String partnership, int year, long registrationId,
		int quantity) {
}
