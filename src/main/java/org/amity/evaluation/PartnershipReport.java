package org.amity.evaluation;

import java.util.List;

import org.amity.city.Place;
import org.amity.partnership.Partnership;

/**
 * Everything the report on one partnership shows, in one piece so that the page, the PDF and the CSV say the same:
 * its history, activity per year, participants' attitude change, vitality with its explanation, the national context,
 * imported series, and the evidence for the question whether the partnership is still needed.
 */
public record PartnershipReport(Partnership partnership, Place first, Place second, VitalityReading vitality,
		List<Explained> years, List<Indicators.Year> activity, Totals recent, List<ContextEvent> context,
		List<Vitality.TenseYear> resilience, List<SurveyResult> surveys, List<TimeSeries.Series> series,
		List<Evidence> evidence, boolean demo) {

	/** A year of the vitality reading with what explains it: what happened, or how long nothing has. */
	public record Explained(VitalityReading.Year year, double programs, double events, double visits,
			Integer lastProgram, Integer lastEvent, Integer lastVisit) {

		public boolean quiet() {
			return year.activities().isEmpty();
		}
	}

	/** Sums over the recent years the evidence speaks of. */
	public record Totals(int from, int to, double programs, double participantsFirstToSecond,
			double participantsSecondToFirst, double events, double attendance, double volunteers,
			double volunteerHours, double campaigns, double reach) {

		public double participants() {
			return participantsFirstToSecond + participantsSecondToFirst;
		}
	}

	public record SurveyResult(Survey survey, SurveyResults results) {
	}

	/** One statement of the evidence summary: a message key and the figures it cites. */
	public record Evidence(String key, List<Object> figures) {
	}
}
