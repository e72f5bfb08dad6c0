package org.amity.evaluation.web;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.amity.evaluation.EvaluationRefusedException;
import org.amity.evaluation.Survey;
import org.amity.evaluation.Surveys;
import org.amity.identity.AccessRule;
import org.amity.shared.LocalizedText;
import org.amity.shared.web.PortalPaths;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Answering a survey on a plain form that works without script ({@code /{lang}/surveys/{id}}), and its results with
 * small cells withheld ({@code /{lang}/surveys/{id}/results}).
 */
@AccessRule(AccessRule.Audience.PUBLIC)
@Controller
class SurveyPages {

	private final Surveys surveys;
	private final MessageSource messages;

	SurveyPages(Surveys surveys, MessageSource messages) {
		this.surveys = surveys;
		this.messages = messages;
	}

	@GetMapping(PortalPaths.LANG + "/surveys/{id}")
	String form(@PathVariable long id, Model model) {
		model.addAttribute("survey", surveys.get(id));
		model.addAttribute("values", Map.of());
		return "evaluation/survey";
	}

	@PostMapping(PortalPaths.LANG + "/surveys/{id}")
	String answer(@PathVariable long id, @RequestParam MultiValueMap<String, String> form, Locale locale,
			Model model) {
		var survey = surveys.get(id);
		var answers = new HashMap<String, Surveys.Answer>();
		for (var item : survey.items()) {
			var values = form.getOrDefault("item." + item.code(), List.of());
			if (values.isEmpty() || values.stream().allMatch(String::isBlank)) {
				continue;
			}
			answers.put(item.code(), switch (item.kind()) {
				case LIKERT -> values.get(0).matches("[1-9]") ? Surveys.Answer.number(Integer.parseInt(values.get(0)))
						: new Surveys.Answer(0, null, null);
				case SINGLE_CHOICE, MULTIPLE_CHOICE -> new Surveys.Answer(null, List.copyOf(values), null);
				case FREE_TEXT -> Surveys.Answer.text(values.get(0));
			});
		}
		try {
			surveys.respond(id, new Surveys.Response(form.getFirst("code"), parse(Survey.Wave.class, form.getFirst("wave")),
					parse(Survey.Group.class, form.getFirst("group")), form.getFirst("participant"),
					"true".equals(form.getFirst("consent")), locale.getLanguage(), answers, false));
		}
		catch (EvaluationRefusedException e) {
			model.addAttribute("survey", survey);
			model.addAttribute("error", EvaluationProblems.explain(messages, e));
			model.addAttribute("values", form.toSingleValueMap());
			return "evaluation/survey";
		}
		model.addAttribute("survey", survey);
		model.addAttribute("thanks", true);
		return "evaluation/survey";
	}

	@GetMapping(PortalPaths.LANG + "/surveys/{id}/results")
	String results(@PathVariable long id, Model model) {
		model.addAttribute("survey", surveys.get(id));
		model.addAttribute("results", surveys.results(id));
		model.addAttribute("languages", LocalizedText.LANGUAGES);
		return "evaluation/survey-results";
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String value) {
		try {
			return value == null ? null : Enum.valueOf(type, value);
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}
}
