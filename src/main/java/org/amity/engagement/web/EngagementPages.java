package org.amity.engagement.web;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.amity.engagement.Engagement;
import org.amity.engagement.EngagementRefusedException;
import org.amity.event.EventCatalogue;
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
import org.springframework.web.multipart.MultipartFile;

/**
 * Engagement's pages: staff keep their partnerships' campaigns and reach figures (typed or imported from CSV) and
 * moderate citizens' ideas; anyone sends an idea or feedback on an event and reads the approved ones, and sees the
 * community events partner organisations ran. Whose campaign or idea it is, is checked by {@link Engagement}.
 */
@Controller
class EngagementPages {

	private final Engagement engagement;
	private final EventCatalogue events;
	private final MessageSource messages;

	EngagementPages(Engagement engagement, EventCatalogue events, MessageSource messages) {
		this.engagement = engagement;
		this.events = events;
		this.messages = messages;
	}

	// ---- campaigns (staff) ----

	@AccessRule(AccessRule.Audience.STAFF)
	@GetMapping(PortalPaths.LANG + "/manage/campaigns")
	String campaigns(Model model) {
		model.addAttribute("campaigns", engagement.campaignsForCaller());
		model.addAttribute("languages", LocalizedText.LANGUAGES);
		if (!model.containsAttribute("typed")) {
			model.addAttribute("typed", new LinkedHashMap<String, String>());
		}
		return "engagement/manage-campaigns";
	}

	@AccessRule(AccessRule.Audience.STAFF)
	@PostMapping(PortalPaths.LANG + "/manage/campaigns")
	String launch(@RequestParam MultiValueMap<String, String> params, Model model, Locale locale,
			HttpServletResponse response) {
		var texts = new LinkedHashMap<String, String>();
		for (var language : LocalizedText.LANGUAGES) {
			var text = params.getFirst("title." + language);
			if (text != null && !text.isBlank()) {
				texts.put(language, text.strip());
			}
		}
		try {
			if (texts.values().stream().anyMatch(t -> t.length() > 300 || t.indexOf('\u0000') >= 0)) {
				throw new EngagementRefusedException(EngagementRefusedException.Reason.INVALID_CAMPAIGN, 0);
			}
			long id = engagement.launch(first(params, "partnership").strip(), new LocalizedText(texts),
					words(first(params, "channels")), words(first(params, "hashtags")), date(first(params, "startsOn")),
					date(first(params, "endsOn")));
			return "redirect:/" + locale.getLanguage() + "/manage/campaigns?launched#campaign-" + id;
		}
		catch (EngagementRefusedException e) {
			response.setStatus(422);
			model.addAttribute("error", explain(e, locale));
			model.addAttribute("typed", params.toSingleValueMap());
			return campaigns(model);
		}
	}

	@AccessRule(AccessRule.Audience.STAFF)
	@PostMapping(PortalPaths.LANG + "/manage/campaigns/{id}/reach")
	String reach(@PathVariable long id, @RequestParam(required = false) String channel,
			@RequestParam(required = false) String day, @RequestParam(required = false) String reach, Model model,
			Locale locale, HttpServletResponse response) {
		try {
			long figure;
			try {
				figure = Long.parseLong(reach == null ? "" : reach.strip());
			}
			catch (NumberFormatException e) {
				throw new EngagementRefusedException(EngagementRefusedException.Reason.BAD_REACH, 0);
			}
			var on = date(day);
			if (on == null) {
				throw new EngagementRefusedException(EngagementRefusedException.Reason.BAD_DATE, 0);
			}
			engagement.recordReach(id, channel == null ? "" : channel.strip(), on, figure);
			return "redirect:/" + locale.getLanguage() + "/manage/campaigns?recorded#campaign-" + id;
		}
		catch (EngagementRefusedException e) {
			response.setStatus(422);
			model.addAttribute("error", explain(e, locale));
			return campaigns(model);
		}
	}

	@AccessRule(AccessRule.Audience.STAFF)
	@PostMapping(PortalPaths.LANG + "/manage/campaigns/{id}/reach-file")
	String importReach(@PathVariable long id, @RequestParam(required = false) MultipartFile file, Model model,
			Locale locale, HttpServletResponse response) throws IOException {
		try {
			int rows = engagement.importReach(id, file == null ? new byte[0] : file.getBytes());
			return "redirect:/" + locale.getLanguage() + "/manage/campaigns?imported=" + rows + "#campaign-" + id;
		}
		catch (EngagementRefusedException e) {
			response.setStatus(422);
			model.addAttribute("error", explain(e, locale));
			return campaigns(model);
		}
	}

	// ---- ideas ----

	@AccessRule(AccessRule.Audience.STAFF)
	@GetMapping(PortalPaths.LANG + "/manage/ideas")
	String moderation(Model model) {
		model.addAttribute("ideas", engagement.pendingForCaller());
		return "engagement/manage-ideas";
	}

	@AccessRule(AccessRule.Audience.STAFF)
	@PostMapping(PortalPaths.LANG + "/manage/ideas/{id}")
	String moderate(@PathVariable long id, @RequestParam(required = false) String decision,
			@RequestParam(required = false) String reason, Model model, Locale locale, HttpServletResponse response) {
		try {
			engagement.moderate(id, "approve".equals(decision), reason == null ? null : reason.strip());
			return "redirect:/" + locale.getLanguage() + "/manage/ideas?moderated";
		}
		catch (EngagementRefusedException e) {
			response.setStatus(422);
			model.addAttribute("error", explain(e, locale));
			model.addAttribute("failed", id);
			return moderation(model);
		}
	}

	@AccessRule(AccessRule.Audience.PUBLIC)
	@GetMapping(PortalPaths.LANG + "/ideas")
	String ideas(@RequestParam(required = false) String topic, Model model) {
		model.addAttribute("topics", events.events());
		var chosen = topic == null || topic.isBlank() ? null : topic.strip();
		model.addAttribute("topic", chosen);
		model.addAttribute("topicEvent", chosen == null ? null
				: events.events().stream().filter(e -> e.slug().equals(chosen)).findFirst().orElse(null));
		model.addAttribute("published", chosen == null ? List.of() : engagement.published(chosen));
		if (!model.containsAttribute("typed")) {
			model.addAttribute("typed", new LinkedHashMap<String, String>());
		}
		return "engagement/ideas";
	}

	@AccessRule(AccessRule.Audience.PUBLIC)
	@PostMapping(PortalPaths.LANG + "/ideas")
	String submit(@RequestParam MultiValueMap<String, String> params, Model model, Locale locale,
			HttpServletResponse response) {
		var topic = first(params, "topic").strip();
		try {
			if (events.events().stream().noneMatch(e -> e.slug().equals(topic))) {
				throw new EngagementRefusedException(EngagementRefusedException.Reason.INVALID_IDEA, 0);
			}
			engagement.submitIdea(topic, first(params, "author"), first(params, "email"), first(params, "text"));
			return "redirect:/" + locale.getLanguage() + "/ideas?sent&topic=" + topic;
		}
		catch (EngagementRefusedException e) {
			response.setStatus(422);
			model.addAttribute("error", explain(e, locale));
			model.addAttribute("typed", params.toSingleValueMap());
			return ideas(topic, model);
		}
	}

	@AccessRule(AccessRule.Audience.PUBLIC)
	@GetMapping(PortalPaths.LANG + "/community-events")
	String communityEvents(Model model) {
		model.addAttribute("communityEvents", engagement.communityEvents());
		return "engagement/community-events";
	}

	// ---- the parts ----

	private String explain(EngagementRefusedException e, Locale locale) {
		var key = e.line() == 0 && java.util.Set.of("BAD_DATE", "BAD_REACH", "UNKNOWN_CHANNEL").contains(e.reason().name())
				? "engagement.error." + e.reason() : "problem.engagement-refused." + e.reason();
		return messages.getMessage(key, new Object[] { e.line() }, locale);
	}

	private static String first(MultiValueMap<String, String> params, String name) {
		var value = params.getFirst(name);
		return value == null ? "" : value;
	}

	/** Channels and hashtags as typed: separated by commas, spaces or lines. */
	private static List<String> words(String text) {
		return Arrays.stream(text.split("[,\\s]+")).map(String::strip).filter(w -> !w.isEmpty() && w.length() <= 100)
			.distinct().limit(30).toList();
	}

	private static LocalDate date(String text) {
		try {
			return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException e) {
			throw new EngagementRefusedException(EngagementRefusedException.Reason.BAD_DATE, 0);
		}
	}
}
