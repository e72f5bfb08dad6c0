package org.amity.evaluation.web;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import org.amity.evaluation.Survey;
import org.amity.evaluation.SurveyResults;
import org.amity.evaluation.Surveys;
import org.amity.identity.AccessRule;
import org.amity.shared.LocalizedText;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/surveys}: survey templates, answers and results with cells under five people withheld. */
@AccessRule(AccessRule.Audience.PUBLIC)
@RestController
class SurveyApi {

	private final Surveys surveys;

	SurveyApi(Surveys surveys) {
		this.surveys = surveys;
	}

	@Operation(summary = "Every survey with its items")
	@GetMapping("/api/v1/surveys")
	List<Survey> all() {
		return surveys.all();
	}

	@Operation(summary = "One survey with its multilingual items")
	@GetMapping("/api/v1/surveys/{id}")
	Survey one(@PathVariable long id) {
		return surveys.get(id);
	}

	/** A new survey template as the API takes it. */
	record NewSurvey(LocalizedText title, Long partnershipId, Survey.Mode mode, List<Surveys.NewItem> items) {
	}

	/** One wave's answers as the API takes them; {@code consent} only for linked surveys. */
	record Answering(String respondentCode, Survey.Wave wave, Survey.Group group, String participantRef,
			Boolean consent, String language, Map<String, Surveys.Answer> answers) {
	}

	@Operation(summary = "Create a survey template (Likert, single or multiple choice, free-text items)")
	@AccessRule(AccessRule.Audience.STAFF)
	@PostMapping("/api/v1/surveys")
	@ResponseStatus(HttpStatus.CREATED)
	Survey create(@RequestBody NewSurvey survey) {
		return surveys.create(new Surveys.NewSurvey(survey.title(), survey.partnershipId(), survey.mode(), null, false,
				survey.items()));
	}

	/** The id of the stored response. */
	record Recorded(long id) {
	}

	@Operation(summary = "Answer one wave of a survey; 409 when this respondent answered the wave already, 422 when an answer does not fit")
	@AccessRule(AccessRule.Audience.STAFF)
	@PostMapping("/api/v1/surveys/{id}/responses")
	@ResponseStatus(HttpStatus.CREATED)
	Recorded respond(@PathVariable long id, @RequestBody Answering response) {
		return new Recorded(surveys.respond(id, new Surveys.Response(response.respondentCode(), response.wave(),
				response.group(), response.participantRef(), Boolean.TRUE.equals(response.consent()),
				response.language(), response.answers(), false)));
	}

	@Operation(summary = "Distributions, paired change with 95% intervals, group difference, free text per language; counts under 5 are null")
	@GetMapping("/api/v1/surveys/{id}/results")
	SurveyResults results(@PathVariable long id) {
		return surveys.results(id);
	}
}
