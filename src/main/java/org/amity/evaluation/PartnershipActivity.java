package org.amity.evaluation;

/**
 * What evaluation consumes from the modules that run a partnership's work: one counted fact of one year (three
 * programs, 24 participants from the first city to the second, 800 attendees, 40 volunteer hours, a campaign's reach).
 * A module publishes it as an application event, or calls {@link Indicators#record}; {@code sourceRef} names the fact
 * in its own module ({@code exchange:call:42:participants:A_TO_B}) so that a fact reported again replaces the first.
 *
 * @param direction for participants and applications: from the partnership's first place to its second, or back
 */
public record PartnershipActivity(long partnershipId, int year, Indicators.Measure measure,
		Indicators.Direction direction, double amount, String label, String sourceRef) {

	public PartnershipActivity {
		if (measure == null || sourceRef == null || sourceRef.isBlank()) {
			throw new IllegalArgumentException("an activity needs a measure and a source reference");
		}
		if (amount < 0 || Double.isNaN(amount) || Double.isInfinite(amount)) {
			throw new IllegalArgumentException("an activity's amount is a count or a sum, never negative");
		}
		if (year < 1800 || year > 2200) {
			throw new IllegalArgumentException("the year " + year + " is out of range");
		}
	}
}
