package org.amity.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.amity.shared.LocalizedText;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SurveysTest {

	@Autowired
	Surveys surveys;

	@Autowired
	JdbcClient jdbc;

	/** The use cases check who acts: these tests act as Amity itself, which may manage any partnership's records. */
	@org.junit.jupiter.api.BeforeEach
	void actAsSystem() {
		org.springframework.security.core.context.SecurityContextHolder.getContext()
			.setAuthentication(org.amity.identity.CurrentUser.authenticationOf(org.amity.identity.Caller.system()));
	}

	@org.junit.jupiter.api.AfterEach
	void actAsNobody() {
		org.springframework.security.core.context.SecurityContextHolder.clearContext();
	}

	Survey instrument(Survey.Mode mode) {
		return surveys.createMutualUnderstanding(LocalizedText.of("en", "Test"), null, mode,
				LocalizedText.of("Japan", "일본", "日本", "Jepang"), LocalizedText.of("Tokyo", "도쿄", "東京", "Tokyo"),
				false);
	}

	Surveys.Response anonymous(String code, Survey.Wave wave, Map<String, Surveys.Answer> answers) {
		return new Surveys.Response(code, wave, Survey.Group.PARTICIPANT, null, false, "ko", answers, false);
	}

	@Test
	void the_mutual_understanding_instrument_asks_its_items_in_four_languages_naming_the_other_country_and_city() {
		var survey = instrument(Survey.Mode.ANONYMOUS);
		assertThat(survey.items()).extracting(Survey.Item::code).containsExactly("impression_country",
				"impression_city", "trust", "stereotypes", "intention_visit", "acquaintances", "information_sources",
				"comment");
		var trust = survey.item("trust").orElseThrow();
		assertThat(trust.text().missing()).isEmpty();
		assertThat(trust.text().exactly("ja")).contains("日本の人々の多くは信頼できる");
		assertThat(survey.item("impression_city").orElseThrow().text().exactly("ko")).contains("도쿄에 대한 나의 인상");
		assertThat(survey.item("information_sources").orElseThrow().kind()).isEqualTo(Survey.ItemKind.MULTIPLE_CHOICE);
	}

	@Test
	void an_anonymous_respondent_answers_before_and_after_with_one_code_and_cannot_answer_a_wave_twice() {
		var survey = instrument(Survey.Mode.ANONYMOUS);
		surveys.respond(survey.id(), anonymous("abc-123", Survey.Wave.PRE, Map.of("trust", Surveys.Answer.number(2))));
		surveys.respond(survey.id(), anonymous("ABC-123", Survey.Wave.POST, Map.of("trust", Surveys.Answer.number(4))));
		assertThatThrownBy(() -> surveys.respond(survey.id(),
				anonymous("abc-123", Survey.Wave.POST, Map.of("trust", Surveys.Answer.number(5)))))
			.isInstanceOfSatisfying(EvaluationRefusedException.class,
					e -> assertThat(e.reason()).isEqualTo(EvaluationRefusedException.Reason.ALREADY_ANSWERED));
	}

	@Test
	void an_anonymous_survey_keeps_no_participant_reference() {
		var survey = instrument(Survey.Mode.ANONYMOUS);
		assertThatThrownBy(() -> surveys.respond(survey.id(), new Surveys.Response("code-1", Survey.Wave.PRE,
				Survey.Group.PARTICIPANT, "P-17", true, "en", Map.of(), false)))
			.isInstanceOfSatisfying(EvaluationRefusedException.class,
					e -> assertThat(e.reason()).isEqualTo(EvaluationRefusedException.Reason.ANONYMOUS_ONLY));
	}

	@Test
	void a_linked_answer_needs_the_participants_consent_which_is_recorded_with_it() {
		var survey = instrument(Survey.Mode.LINKED);
		assertThatThrownBy(() -> surveys.respond(survey.id(), new Surveys.Response(null, Survey.Wave.PRE,
				Survey.Group.PARTICIPANT, "P-17", false, "en", Map.of(), false)))
			.isInstanceOfSatisfying(EvaluationRefusedException.class,
					e -> assertThat(e.reason()).isEqualTo(EvaluationRefusedException.Reason.CONSENT_REQUIRED));
		long id = surveys.respond(survey.id(), new Surveys.Response(null, Survey.Wave.PRE, Survey.Group.PARTICIPANT,
				"P-17", true, "en", Map.of("trust", Surveys.Answer.number(3)), false));
		var consent = jdbc.sql("select consent_recorded_at is not null from evaluation.survey_response where id = :id")
			.param("id", id).query(Boolean.class).single();
		assertThat(consent).isTrue();
	}

	@Test
	void an_answer_that_does_not_fit_its_item_refuses_the_whole_response() {
		var survey = instrument(Survey.Mode.ANONYMOUS);
		for (var answers : List.of(Map.of("trust", Surveys.Answer.number(6)),
				Map.of("acquaintances", Surveys.Answer.choices("none", "more")),
				Map.of("information_sources", Surveys.Answer.choices("news", "rumours")),
				Map.of("comment", Surveys.Answer.text("x".repeat(2001))),
				Map.<String, Surveys.Answer>of("no_such_item", Surveys.Answer.number(1)))) {
			assertThatThrownBy(() -> surveys.respond(survey.id(), anonymous("code-9", Survey.Wave.PRE, answers)))
				.isInstanceOf(EvaluationRefusedException.class);
		}
		var stored = jdbc.sql("select count(*) from evaluation.survey_response where survey_id = :s")
			.param("s", survey.id()).query(Integer.class).single();
		assertThat(stored).isZero();
	}

	@Test
	void a_survey_template_with_a_repeated_code_or_a_choice_without_options_is_refused() {
		var text = LocalizedText.of("en", "Q");
		assertThatThrownBy(() -> surveys.create(new Surveys.NewSurvey(text, null, Survey.Mode.ANONYMOUS, null, false,
				List.of(new Surveys.NewItem("q", Survey.ItemKind.FREE_TEXT, text, null, List.of()),
						new Surveys.NewItem("q", Survey.ItemKind.FREE_TEXT, text, null, List.of())))))
			.isInstanceOf(EvaluationRefusedException.class);
		assertThatThrownBy(() -> surveys.create(new Surveys.NewSurvey(text, null, Survey.Mode.ANONYMOUS, null, false,
				List.of(new Surveys.NewItem("q", Survey.ItemKind.SINGLE_CHOICE, text, null, List.of())))))
			.isInstanceOf(EvaluationRefusedException.class);
	}

	@Test
	void the_demo_survey_shows_participants_attitudes_improving_beyond_chance_against_the_comparison_group() {
		var demo = surveys.all().stream().filter(Survey::demo).findFirst().orElseThrow();
		var results = surveys.results(demo.id());
		assertThat(results.respondents().value()).isEqualTo(DemoData.PARTICIPANTS + DemoData.COMPARISON);
		var trust = results.changes().stream().filter(c -> c.item().code().equals("trust")).findFirst().orElseThrow();
		assertThat(trust.participantPairs().value()).isEqualTo(40);
		assertThat(trust.difference().low()).isPositive();
		var stereotypes = results.changes().stream().filter(c -> c.item().code().equals("stereotypes")).findFirst()
			.orElseThrow();
		assertThat(stereotypes.difference().high()).isNegative();
		// two comments in English: fewer than five, so withheld
		var english = results.freeText().get(0).languages().stream().filter(l -> l.language().equals("en"))
			.findFirst().orElseThrow();
		assertThat(english.answers().suppressed()).isTrue();
		assertThat(english.texts()).isEmpty();
	}
}
