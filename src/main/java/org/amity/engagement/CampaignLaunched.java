package org.amity.engagement;

/** A partnership started a campaign. */
public record CampaignLaunched(long campaignId, String partnership, int year) {
}
