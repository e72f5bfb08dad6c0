package org.amity.event;

/** People of a registration were let in at the door. */
public record AttendeeCheckedIn(long eventId, String partnership, int year, long registrationId, int quantity) {
}
