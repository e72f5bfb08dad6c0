package org.amity.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.amity.shared.LocalizedText;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SurveyAnalysisTest {

	static final Survey.Item TRUST = new Survey.Item(1, "trust", Survey.ItemKind.LIKERT, LocalizedText.of("en", "Trust"),
			Survey.Scale.AGREEMENT, List.of());
	static final Survey.Item COMMENT = new Survey.Item(2, "comment", Survey.ItemKind.FREE_TEXT,
			LocalizedText.of("en", "Comment"), null, List.of());
	static final Survey SURVEY = new Survey(9, LocalizedText.of("en", "Test"), null, Survey.Mode.ANONYMOUS, null, false,
			List.of(TRUST, COMMENT));

	static Surveys.Respondent answer(String key, Survey.Wave wave, Survey.Group group, int trust, String language,
			String comment) {
		return new Surveys.Respondent(key, wave, group, language, comment == null
				? Map.of("trust", Surveys.Answer.number(trust))
				: Map.of("trust", Surveys.Answer.number(trust), "comment", Surveys.Answer.text(comment)));
	}

	@Test
	void each_persons_change_is_paired_and_its_interval_is_t_based() {
		int[] before = { 2, 2, 3, 1, 3, 2, 4, 2 };
		int[] change = { 1, 2, 0, 3, 1, 2, -1, 2 };
		var responses = new ArrayList<Surveys.Respondent>();
		for (int i = 0; i < before.length; i++) {
			responses.add(answer("p" + i, Survey.Wave.PRE, Survey.Group.PARTICIPANT, before[i], "en", null));
			responses.add(answer("p" + i, Survey.Wave.POST, Survey.Group.PARTICIPANT, before[i] + change[i], "en", null));
		}
		int[] comparison = { 0, 1, -1, 0, 1, 0, 0, 1, -1, 0 };
		for (int i = 0; i < comparison.length; i++) {
			responses.add(answer("c" + i, Survey.Wave.PRE, Survey.Group.COMPARISON, 3, "ko", null));
			responses.add(answer("c" + i, Survey.Wave.POST, Survey.Group.COMPARISON, 3 + comparison[i], "ko", null));
		}
		// someone who answered only after the exchange is not paired
		responses.add(answer("late", Survey.Wave.POST, Survey.Group.PARTICIPANT, 5, "en", null));

		var results = SurveyAnalysis.of(SURVEY, responses);

		var trust = results.changes().get(0);
		assertThat(trust.participantPairs().value()).isEqualTo(8);
		assertThat(trust.participants().estimate()).isEqualTo(1.25);
		assertThat(trust.participants().low()).isCloseTo(0.1784386368, within(1e-9));
		assertThat(trust.difference().estimate()).isCloseTo(1.15, within(1e-12));
		assertThat(trust.difference().low()).isCloseTo(0.0232645085, within(1e-8));
		assertThat(results.respondents().value()).isEqualTo(19);
	}

	@Test
	void cells_of_fewer_than_five_people_are_withheld_and_so_are_intervals_behind_them() {
		var responses = new ArrayList<Surveys.Respondent>();
		for (int i = 0; i < 4; i++) {
			responses.add(answer("p" + i, Survey.Wave.PRE, Survey.Group.PARTICIPANT, 2, "ja", "短い"));
			responses.add(answer("p" + i, Survey.Wave.POST, Survey.Group.PARTICIPANT, 4, "ja", null));
		}
		for (int i = 0; i < 6; i++) {
			responses.add(answer("q" + i, Survey.Wave.PRE, Survey.Group.COMPARISON, 3, "en", "text " + i));
		}
		var results = SurveyAnalysis.of(SURVEY, responses);

		var distribution = results.distributions().get(0);
		var pointFour = distribution.rows().get(3);
		assertThat(pointFour.value()).isEqualTo("4");
		// four participants answered 4 after the exchange: withheld, not shown as 4
		assertThat(pointFour.counts()).allSatisfy(count -> assertThat(count.suppressed()).isTrue());
		var pointThree = distribution.rows().get(2);
		assertThat(pointThree.counts()).extracting(SurveyResults.Count::value).contains(6);
		var change = results.changes().get(0);
		assertThat(change.participantPairs().suppressed()).isTrue();
		assertThat(change.participants()).isNull();
		assertThat(change.difference()).isNull();
		assertThat(change.participantsBefore()).isNull();

		var languages = results.freeText().get(0).languages();
		assertThat(languages).extracting(SurveyResults.LanguageGroup::language).containsExactly("en", "ja");
		assertThat(languages.get(0).texts()).hasSize(6);
		assertThat(languages.get(1).answers().suppressed()).isTrue();
		assertThat(languages.get(1).texts()).isEmpty();
	}

	@Test
	void a_respondent_who_changed_group_between_the_waves_is_not_paired() {
		var responses = new ArrayList<Surveys.Respondent>();
		for (int i = 0; i < 5; i++) {
			responses.add(answer("x" + i, Survey.Wave.PRE, Survey.Group.COMPARISON, 2, "en", null));
			responses.add(answer("x" + i, Survey.Wave.POST, Survey.Group.PARTICIPANT, 5, "en", null));
		}
		var changes = SurveyAnalysis.pairedChanges(TRUST, responses);
		assertThat(changes.get(Survey.Group.PARTICIPANT)).isEmpty();
		assertThat(changes.get(Survey.Group.COMPARISON)).isEmpty();
	}
}
