package org.amity.evaluation;

import java.util.List;

/**
 * What a survey shows, with every count of fewer than {@link #MINIMUM_CELL} people withheld so that nobody can be
 * recognised in a small cell: per item the distribution of answers by wave and group, per Likert item the change of
 * each person between before and after (participants and comparison group, and the difference between the two), and
 * the free-text answers grouped by the language they were written in.
 */
public record SurveyResults(long surveyId, Count respondents, List<Distribution> distributions,
		List<Change> changes, List<FreeText> freeText) {

	public static final int MINIMUM_CELL = 5;

	/** A number of people, or nothing when there are fewer than five of them. */
	public record Count(Integer value) {

		public static Count of(long people) {
			return new Count(people < MINIMUM_CELL ? null : (int) people);
		}

		public boolean suppressed() {
			return value == null;
		}
	}

	/** Who answered when: one column of a distribution. */
	public record Column(Survey.Wave wave, Survey.Group group, Count respondents) {
	}

	/** The answers to one item: a row per answer value (1 to 5, or an option), a count per column. */
	public record Distribution(Survey.Item item, List<Column> columns, List<Row> rows) {
	}

	public record Row(String value, List<Count> counts) {
	}

	/**
	 * The change on one Likert item, after minus before, for the people who answered both times: the mean change of
	 * participants and of the comparison group with their 95% intervals, and participants' change minus the comparison
	 * group's (Welch). An interval is absent when fewer than five people stand behind it.
	 */
	public record Change(Survey.Item item, Count participantPairs, Count comparisonPairs,
			Statistics.Interval participants, Statistics.Interval comparison, Statistics.Interval difference,
			Double participantsBefore, Double participantsAfter) {
	}

	/** Free-text answers to one item, per language; a language with fewer than five answers shows none of them. */
	public record FreeText(Survey.Item item, List<LanguageGroup> languages) {
	}

	public record LanguageGroup(String language, Count answers, List<String> texts) {
	}
}
