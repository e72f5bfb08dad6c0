package org.amity.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.amity.shared.LocalizedText;

/**
 * Reads a survey's responses into its results: distributions, paired changes with 95% intervals, the participants'
 * change against the comparison group's, free text by language. Counts under five people are withheld everywhere, and
 * so is any interval or mean computed from fewer than five people.
 */
final class SurveyAnalysis {

	static final double LEVEL = 0.95;

	private SurveyAnalysis() {
	}

	static SurveyResults of(Survey survey, List<Surveys.Respondent> responses) {
		var people = responses.stream().map(Surveys.Respondent::key).distinct().count();
		var columns = new ArrayList<SurveyResults.Column>();
		var columnResponses = new ArrayList<List<Surveys.Respondent>>();
		for (var wave : Survey.Wave.values()) {
			for (var group : Survey.Group.values()) {
				var those = responses.stream().filter(r -> r.wave() == wave && r.group() == group).toList();
				columns.add(new SurveyResults.Column(wave, group, SurveyResults.Count.of(those.size())));
				columnResponses.add(those);
			}
		}
		var distributions = new ArrayList<SurveyResults.Distribution>();
		var changes = new ArrayList<SurveyResults.Change>();
		var freeText = new ArrayList<SurveyResults.FreeText>();
		for (var item : survey.items()) {
			switch (item.kind()) {
				case LIKERT -> {
					distributions.add(distribution(item, columns, columnResponses));
					changes.add(change(item, responses));
				}
				case SINGLE_CHOICE, MULTIPLE_CHOICE -> distributions.add(distribution(item, columns, columnResponses));
				case FREE_TEXT -> freeText.add(freeText(item, responses));
			}
		}
		return new SurveyResults(survey.id(), SurveyResults.Count.of(people), distributions, changes, freeText);
	}

	private static SurveyResults.Distribution distribution(Survey.Item item, List<SurveyResults.Column> columns,
			List<List<Surveys.Respondent>> columnResponses) {
		var values = new ArrayList<String>();
		if (item.kind() == Survey.ItemKind.LIKERT) {
			for (int point = 1; point <= Survey.LIKERT_POINTS; point++) {
				values.add(String.valueOf(point));
			}
		}
		else {
			item.options().forEach(o -> values.add(o.code()));
		}
		var rows = new ArrayList<SurveyResults.Row>();
		for (var value : values) {
			var counts = new ArrayList<SurveyResults.Count>();
			for (var those : columnResponses) {
				counts.add(SurveyResults.Count.of(those.stream().filter(r -> answered(r, item, value)).count()));
			}
			rows.add(new SurveyResults.Row(value, counts));
		}
		return new SurveyResults.Distribution(item, columns, rows);
	}

	private static boolean answered(Surveys.Respondent respondent, Survey.Item item, String value) {
		var answer = respondent.answers().get(item.code());
		if (answer == null) {
			return false;
		}
		if (item.kind() == Survey.ItemKind.LIKERT) {
			return answer.number() != null && String.valueOf(answer.number()).equals(value);
		}
		return answer.choices() != null && answer.choices().contains(value);
	}

	/** Each person's after minus before on one item; only people who answered it both times, in the same group. */
	static Map<Survey.Group, double[]> pairedChanges(Survey.Item item, List<Surveys.Respondent> responses) {
		var before = new HashMap<String, Surveys.Respondent>();
		responses.stream().filter(r -> r.wave() == Survey.Wave.PRE).forEach(r -> before.put(r.key(), r));
		var changes = new LinkedHashMap<Survey.Group, List<Double>>();
		for (var group : Survey.Group.values()) {
			changes.put(group, new ArrayList<>());
		}
		for (var after : responses) {
			if (after.wave() != Survey.Wave.POST) {
				continue;
			}
			var pre = before.get(after.key());
			if (pre == null || pre.group() != after.group()) {
				continue;
			}
			var a = after.answers().get(item.code());
			var b = pre.answers().get(item.code());
			if (a != null && b != null && a.number() != null && b.number() != null) {
				changes.get(after.group()).add((double) (a.number() - b.number()));
			}
		}
		var result = new LinkedHashMap<Survey.Group, double[]>();
		changes.forEach((group, list) -> result.put(group, list.stream().mapToDouble(Double::doubleValue).toArray()));
		return result;
	}

	private static SurveyResults.Change change(Survey.Item item, List<Surveys.Respondent> responses) {
		var changes = pairedChanges(item, responses);
		var participants = changes.get(Survey.Group.PARTICIPANT);
		var comparison = changes.get(Survey.Group.COMPARISON);
		boolean enoughParticipants = participants.length >= SurveyResults.MINIMUM_CELL;
		boolean enoughComparison = comparison.length >= SurveyResults.MINIMUM_CELL;
		Double before = null;
		Double after = null;
		if (enoughParticipants) {
			before = meanOf(item, responses, Survey.Wave.PRE);
			after = meanOf(item, responses, Survey.Wave.POST);
		}
		return new SurveyResults.Change(item, SurveyResults.Count.of(participants.length),
				SurveyResults.Count.of(comparison.length),
				enoughParticipants ? Statistics.meanInterval(participants, LEVEL) : null,
				enoughComparison ? Statistics.meanInterval(comparison, LEVEL) : null,
				enoughParticipants && enoughComparison ? Statistics.welchDifference(participants, comparison, LEVEL)
						: null,
				before, after);
	}

	private static Double meanOf(Survey.Item item, List<Surveys.Respondent> responses, Survey.Wave wave) {
		var values = responses.stream()
			.filter(r -> r.wave() == wave && r.group() == Survey.Group.PARTICIPANT)
			.map(r -> r.answers().get(item.code()))
			.filter(a -> a != null && a.number() != null)
			.mapToDouble(a -> a.number())
			.toArray();
		return values.length < SurveyResults.MINIMUM_CELL ? null : Statistics.mean(values);
	}

	private static SurveyResults.FreeText freeText(Survey.Item item, List<Surveys.Respondent> responses) {
		var byLanguage = new TreeMap<Integer, List<String>>();
		for (var respondent : responses) {
			var answer = respondent.answers().get(item.code());
			if (answer != null && answer.text() != null && !answer.text().isBlank()) {
				byLanguage.computeIfAbsent(LocalizedText.LANGUAGES.indexOf(respondent.language()), l -> new ArrayList<>())
					.add(answer.text());
			}
		}
		var groups = new ArrayList<SurveyResults.LanguageGroup>();
		byLanguage.forEach((index, texts) -> {
			var count = SurveyResults.Count.of(texts.size());
			groups.add(new SurveyResults.LanguageGroup(LocalizedText.LANGUAGES.get(index), count,
					count.suppressed() ? List.of() : texts.stream().sorted().toList()));
		});
		return new SurveyResults.FreeText(item, groups);
	}
}
