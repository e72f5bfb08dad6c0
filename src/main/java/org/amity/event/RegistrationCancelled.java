package org.amity.event;

/** A registration was cancelled or left the waiting list; places it held went back to the quotas. */
public record RegistrationCancelled(long eventId, String eventSlug, String partnership, int year,
		long registrationId, int quantity, boolean heldPlaces) {
}
