package org.amity.evaluation.web;

import java.io.IOException;
import java.util.Locale;

import org.amity.city.Countries;
import org.amity.city.Gazetteer;
import org.amity.evaluation.ContextEvent;
import org.amity.evaluation.ContextTimeline;
import org.amity.evaluation.EvaluationRefusedException;
import org.amity.evaluation.Survey;
import org.amity.evaluation.Surveys;
import org.amity.evaluation.TimeSeries;
import org.amity.identity.AccessRule;
import org.amity.partnership.Partnerships;
import org.amity.shared.InvalidPartialDateException;
import org.amity.shared.LocalizedText;
import org.amity.shared.PartialDate;
import org.amity.shared.web.PortalPaths;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff pages under {@code /{lang}/manage/}: surveys, the national context timeline and imported time series. Access
 * to {@code /manage/**} is the identity module's concern; these pages only do the work.
 */
@AccessRule(AccessRule.Audience.STAFF)
@Controller
class ManagePages {

	private final Surveys surveys;
	private final ContextTimeline context;
	private final TimeSeries series;
	private final Partnerships partnerships;
	private final Gazetteer gazetteer;
	private final MessageSource messages;

	ManagePages(Surveys surveys, ContextTimeline context, TimeSeries series, Partnerships partnerships,
			Gazetteer gazetteer, MessageSource messages) {
		this.surveys = surveys;
		this.context = context;
		this.series = series;
		this.partnerships = partnerships;
		this.gazetteer = gazetteer;
		this.messages = messages;
	}

	@GetMapping(PortalPaths.LANG + "/manage/surveys")
	String surveys(Model model) {
		model.addAttribute("surveys", surveys.managed());
		return "evaluation/manage-surveys";
	}

	@PostMapping(PortalPaths.LANG + "/manage/surveys")
	String createSurvey(@RequestParam String partnership, @RequestParam String city, @RequestParam String name,
			@RequestParam(defaultValue = "ANONYMOUS") Survey.Mode mode, Locale locale, Model model) {
		var found = partnerships.findBySlug(partnership.strip());
		var place = gazetteer.findBySlug(city.strip());
		if (found.isEmpty() || place.isEmpty() || name.isBlank() || name.length() > 200) {
			model.addAttribute("surveys", surveys.managed());
			model.addAttribute("error", messages.getMessage("manage.surveys.unknown", null, locale));
			return "evaluation/manage-surveys";
		}
		var country = place.get().country();
		var names = new java.util.LinkedHashMap<String, String>();
		var cities = new java.util.LinkedHashMap<String, String>();
		for (var language : LocalizedText.LANGUAGES) {
			names.put(language, Countries.name(country, Locale.forLanguageTag(language)));
			cities.put(language, place.get().nameIn(Locale.forLanguageTag(language)));
		}
		var survey = surveys.createMutualUnderstanding(LocalizedText.of("en", name.strip()), found.get().id(), mode,
				new LocalizedText(names), new LocalizedText(cities), false);
		return "redirect:/" + locale.getLanguage() + "/manage/surveys#survey-" + survey.id();
	}

	@GetMapping(PortalPaths.LANG + "/manage/context")
	String context(@RequestParam(defaultValue = "JP") String a, @RequestParam(defaultValue = "KR") String b,
			Model model) {
		var one = a.strip().toUpperCase(Locale.ROOT);
		var other = b.strip().toUpperCase(Locale.ROOT);
		model.addAttribute("a", one);
		model.addAttribute("b", other);
		model.addAttribute("events", Countries.isKnown(one) && Countries.isKnown(other) ? context.managed(one, other)
				: java.util.List.of());
		model.addAttribute("kinds", ContextEvent.Kind.values());
		return "evaluation/manage-context";
	}

	@PostMapping(PortalPaths.LANG + "/manage/context")
	String addContext(@RequestParam String a, @RequestParam String b, @RequestParam String date,
			@RequestParam String kind, @RequestParam String title, Locale locale, Model model,
			RedirectAttributes redirect) {
		try {
			context.add(a.strip().toUpperCase(Locale.ROOT), b.strip().toUpperCase(Locale.ROOT), date(date),
					kind(kind), title, "staff");
		}
		catch (EvaluationRefusedException e) {
			model.addAttribute("error", EvaluationProblems.explain(messages, e));
			return context(a, b, model);
		}
		return "redirect:/" + locale.getLanguage() + "/manage/context?a=" + a.strip() + "&b=" + b.strip();
	}

	@PostMapping(PortalPaths.LANG + "/manage/context/{id}")
	String changeContext(@PathVariable long id, @RequestParam String a, @RequestParam String b,
			@RequestParam String date, @RequestParam String kind, @RequestParam String title,
			@RequestParam(required = false) String delete, Locale locale, Model model) {
		try {
			if (delete != null) {
				context.remove(id);
			}
			else {
				context.change(id, date(date), kind(kind), title);
			}
		}
		catch (EvaluationRefusedException e) {
			model.addAttribute("error", EvaluationProblems.explain(messages, e));
			return context(a, b, model);
		}
		return "redirect:/" + locale.getLanguage() + "/manage/context?a=" + a.strip() + "&b=" + b.strip();
	}

	@GetMapping(PortalPaths.LANG + "/manage/series")
	String series(Model model) {
		model.addAttribute("series", series.managed());
		return "evaluation/manage-series";
	}

	/** First step of an import: the file's columns, to choose which is the year or date and which the value. */
	@PostMapping(PortalPaths.LANG + "/manage/series/preview")
	String preview(@RequestParam(value = "file", required = false) MultipartFile file, Model model,
			jakarta.servlet.http.HttpServletResponse response) throws IOException {
		if (file == null) {
			// a request without the file (not even multipart) is refused on the page, not failed
			response.setStatus(jakarta.servlet.http.HttpServletResponse.SC_BAD_REQUEST);
		}
		try {
			var bytes = file == null ? new byte[0] : file.getBytes();
			model.addAttribute("preview", series.preview(bytes));
			model.addAttribute("file", java.util.Base64.getEncoder().encodeToString(bytes));
			model.addAttribute("kinds", TimeSeries.Kind.values());
			return "evaluation/manage-series-mapping";
		}
		catch (EvaluationRefusedException e) {
			model.addAttribute("error", EvaluationProblems.explain(messages, e));
			return series(model);
		}
	}

	/** Second step: the mapped import, all or nothing. */
	@PostMapping(PortalPaths.LANG + "/manage/series")
	String importSeries(@RequestParam String file, @RequestParam String period, @RequestParam String value,
			@RequestParam String name, @RequestParam TimeSeries.Kind kind, @RequestParam String unit,
			@RequestParam String source, @RequestParam String countries, Locale locale, Model model) {
		byte[] bytes;
		try {
			bytes = java.util.Base64.getDecoder().decode(file);
		}
		catch (IllegalArgumentException e) {
			bytes = new byte[0];
		}
		var codes = countries.strip().toUpperCase(Locale.ROOT).split("[\\s,;/–-]+");
		try {
			var imported = series.importCsv(bytes, new TimeSeries.Mapping(period, value), new TimeSeries.NewSeries(name,
					kind, unit, source, null, codes.length > 0 ? codes[0] : null, codes.length > 1 ? codes[1] : null,
					false));
			model.addAttribute("imported", imported);
		}
		catch (EvaluationRefusedException e) {
			model.addAttribute("error", EvaluationProblems.explain(messages, e));
		}
		return series(model);
	}

	private static PartialDate date(String text) {
		try {
			return PartialDate.parse(text.strip());
		}
		catch (InvalidPartialDateException e) {
			return null;
		}
	}

	private static ContextEvent.Kind kind(String text) {
		try {
			return ContextEvent.Kind.parse(text);
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}
}
