package org.amity.event;

/** A venue typed into the event form beside the event, created with it in one step. */
public record NewVenue(String name, String address, String locality, String country, String timeZone) {
}
