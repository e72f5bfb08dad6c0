package org.amity.engagement;

/** A partner organisation held a community event for a partnership, with how many came. */
public record CommunityEventHeld(long communityEventId, String partnership, String organisation, int year,
		int attendance) {
}
