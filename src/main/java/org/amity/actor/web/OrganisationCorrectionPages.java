package org.amity.actor.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.amity.actor.ActorRefusedException;
import org.amity.actor.Actors;
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
 * Staff correct an organisation of the directory, its names and website, in a form that works without JavaScript and
 * comes back with the reason and everything typed when refused. Who may correct which organisation is decided by
 * {@link Actors#mayCorrect}.
 */
@Controller
class OrganisationCorrectionPages {

	private final Actors actors;
	private final MessageSource messages;

	OrganisationCorrectionPages(Actors actors, MessageSource messages) {
		this.actors = actors;
		this.messages = messages;
	}

	@AccessRule(AccessRule.Audience.STAFF)
	@GetMapping(PortalPaths.LANG + "/manage/actors/{slug}")
	String form(@PathVariable String slug, Model model, Locale locale) {
		var organisation = actors.toCorrect(checked(slug));
		if (!model.containsAttribute("typed")) {
			var typed = new LinkedHashMap<String, String>();
			organisation.name().texts().forEach((language, text) -> typed.put("name." + language, text));
			typed.put("website", organisation.website() == null ? "" : organisation.website());
			typed.put("version", String.valueOf(organisation.version()));
			model.addAttribute("typed", typed);
		}
		model.addAttribute("organisation", organisation);
		model.addAttribute("name", organisation.name().in(locale));
		model.addAttribute("languages", LocalizedText.LANGUAGES);
		model.addAttribute("maxName", Actors.MAX_NAME);
		return "actor/correct";
	}

	@AccessRule(AccessRule.Audience.STAFF)
	@PostMapping(PortalPaths.LANG + "/manage/actors/{slug}")
	String save(@PathVariable String slug, @RequestParam MultiValueMap<String, String> params, Model model,
			Locale locale, HttpServletResponse response) {
		try {
			var corrected = actors.correct(checked(slug), names(params), first(params, "website"),
					version(first(params, "version")));
			return "redirect:/" + locale.getLanguage() + "/actors/" + corrected.slug() + "?corrected";
		}
		catch (ActorRefusedException e) {
			response.setStatus(e.reason() == ActorRefusedException.Reason.STALE ? 409 : 422);
			model.addAttribute("error", messages.getMessage("problem.actor." + e.reason(), null, locale));
			model.addAttribute("typed", params.toSingleValueMap());
			return form(slug, model, locale);
		}
	}

	/** A slug longer than any stored is no organisation; it is not looked up. */
	private static String checked(String slug) {
		if (slug.length() > 120) {
			throw new org.amity.shared.NotFoundException("actor", slug.substring(0, 120));
		}
		return slug;
	}

	/** The names typed, one per language, as typed: the use case decides what it keeps. */
	private static Map<String, String> names(MultiValueMap<String, String> params) {
		var names = new LinkedHashMap<String, String>();
		for (var language : LocalizedText.LANGUAGES) {
			var text = params.getFirst("name." + language);
			if (text != null) {
				names.put(language, text);
			}
		}
		return names;
	}

	private static String first(MultiValueMap<String, String> params, String name) {
		var value = params.getFirst(name);
		return value == null ? "" : value;
	}

	/** The version the form was read at; a missing or garbled one cannot match, so the change is refused as stale. */
	private static long version(String text) {
		try {
			return Long.parseLong(text.strip());
		}
		catch (NumberFormatException e) {
			return -1;
		}
	}
}
