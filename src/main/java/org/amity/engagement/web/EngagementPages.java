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
import org.amity.engagement.Idea;
import org.amity.event.EventCatalogue;
import org.amity.exchange.Programs;
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
 * Engagement's pages: staff keep their partnerships' campaigns and reach figures (typed or imported from CSV), add and
 * correct the community events partner organisations ran, and moderate citizens' ideas; anyone sends an idea or
 * feedback on an event or an exchange program and reads the approved ones, and sees the community events. Whose
 * campaign, community event or idea it is, is checked by {@link Engagement}.
 */
@Controller
class EngagementPages {

	private final Engagement engagement;
	private final EventCatalogue events;
	private final Programs programs;
	private final MessageSource messages;

	EngagementPages(Engagement engagement, EventCatalogue events, Programs programs, MessageSource messages) {
		this.programs = programs;
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

	// ---- community events (staff) ----

	@AccessRule(AccessRule.Audience.STAFF)
	@GetMapping(PortalPaths.LANG + "/manage/community-events")
	String manageCommunityEvents(Model model) {
		model.addAttribute("communityEvents", engagement.communityEventsForCaller());
		model.addAttribute("languages", LocalizedText.LANGUAGES);
		if (!model.containsAttribute("typed")) {
			model.addAttribute("typed", new LinkedHashMap<String, String>());
		}
		return "engagement/manage-community-events";
	}

	@AccessRule(AccessRule.Audience.STAFF)
	@PostMapping(PortalPaths.LANG + "/manage/community-events")
	String addCommunityEvent(@RequestParam MultiValueMap<String, String> params, Model model, Locale locale,
			HttpServletResponse response) {
		try {
			long id = engagement.communityEvent(first(params, "partnership"), first(params, "organisation"),
					titles(params), date(first(params, "heldOn")), first(params, "place"),
					attendance(first(params, "attendance")));
			return "redirect:/" + locale.getLanguage() + "/manage/community-events?added#community-event-" + id;
		}
		catch (EngagementRefusedException e) {
			response.setStatus(422);
			model.addAttribute("error", explain(e, locale));
			model.addAttribute("typed", params.toSingleValueMap());
			return manageCommunityEvents(model);
		}
	}

	@AccessRule(AccessRule.Audience.STAFF)
	@GetMapping(PortalPaths.LANG + "/manage/community-events/{id}")
	String editCommunityEvent(@PathVariable long id, Model model) {
		var communityEvent = engagement.communityEvent(id);
		model.addAttribute("communityEvent", communityEvent);
		model.addAttribute("languages", LocalizedText.LANGUAGES);
		if (!model.containsAttribute("typed")) {
			var typed = new LinkedHashMap<String, String>();
			typed.put("partnership", communityEvent.partnership());
			typed.put("organisation", communityEvent.organisation());
			communityEvent.title().texts().forEach((language, text) -> typed.put("title." + language, text));
			typed.put("heldOn", communityEvent.heldOn().toString());
			typed.put("place", communityEvent.place());
			typed.put("attendance", String.valueOf(communityEvent.attendance()));
			typed.put("version", String.valueOf(communityEvent.version()));
			model.addAttribute("typed", typed);
		}
		return "engagement/manage-community-event";
	}

	@AccessRule(AccessRule.Audience.STAFF)
	@PostMapping(PortalPaths.LANG + "/manage/community-events/{id}")
	String saveCommunityEvent(@PathVariable long id, @RequestParam MultiValueMap<String, String> params, Model model,
			Locale locale, HttpServletResponse response) {
		try {
			engagement.editCommunityEvent(id, first(params, "partnership"), first(params, "organisation"),
					titles(params), date(first(params, "heldOn")), first(params, "place"),
					attendance(first(params, "attendance")), version(first(params, "version")));
			return "redirect:/" + locale.getLanguage() + "/manage/community-events?saved#community-event-" + id;
		}
		catch (EngagementRefusedException e) {
			response.setStatus(e.reason() == EngagementRefusedException.Reason.STALE ? 409 : 422);
			model.addAttribute("error", explain(e, locale));
			model.addAttribute("typed", params.toSingleValueMap());
			return editCommunityEvent(id, model);
		}
	}

	/** The titles typed, one per language; the blank ones left out. */
	private static LocalizedText titles(MultiValueMap<String, String> params) {
		var texts = new LinkedHashMap<String, String>();
		for (var language : LocalizedText.LANGUAGES) {
			var text = params.getFirst("title." + language);
			if (text != null && !text.isBlank()) {
				texts.put(language, text.strip());
			}
		}
		return new LocalizedText(texts);
	}

	/** People who came, as typed: blank is none counted yet; anything but a whole number is refused. */
	private static int attendance(String text) {
		if (text.isBlank()) {
			return 0;
		}
		try {
			return Integer.parseInt(text.strip());
		}
		catch (NumberFormatException e) {
			throw new EngagementRefusedException(EngagementRefusedException.Reason.INVALID_COMMUNITY_EVENT, 0);
		}
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

	// ---- ideas ----

	@AccessRule(AccessRule.Audience.STAFF)
	@GetMapping(PortalPaths.LANG + "/manage/ideas")
	String moderation(Model model, Locale locale) {
		var ideas = engagement.pendingForCaller();
		model.addAttribute("ideas", ideas);
		// what each idea is about, by its title in the reader's language
		var eventTitles = new java.util.HashMap<String, String>();
		events.events().forEach(e -> eventTitles.put(e.slug(), e.title().in(locale)));
		var about = new java.util.HashMap<Long, String>();
		for (var idea : ideas) {
			about.put(idea.id(), switch (idea.about()) {
				case EVENT -> eventTitles.getOrDefault(idea.topic(), idea.topic());
				case PROGRAM -> program(idea.topic()).map(p -> p.title().in(locale)).orElse(idea.topic());
			});
		}
		model.addAttribute("about", about);
		return "engagement/manage-ideas";
	}

	private java.util.Optional<org.amity.exchange.Program> program(String id) {
		try {
			return programs.find(Long.parseLong(id));
		}
		catch (NumberFormatException e) {
			return java.util.Optional.empty();
		}
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
			return moderation(model, locale);
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

	/** The ideas and feedback on an exchange program: the approved ones, and a form to send one. */
	@AccessRule(AccessRule.Audience.PUBLIC)
	@GetMapping(PortalPaths.LANG + "/programs/{id}/ideas")
	String programIdeas(@PathVariable long id, Model model) {
		model.addAttribute("program", programs.get(id));
		model.addAttribute("published", engagement.published(Idea.About.PROGRAM, String.valueOf(id)));
		return "engagement/program-ideas";
	}

	@AccessRule(AccessRule.Audience.PUBLIC)
	@PostMapping(PortalPaths.LANG + "/programs/{id}/ideas")
	String submitOnProgram(@PathVariable long id, @RequestParam MultiValueMap<String, String> params, Model model,
			Locale locale, HttpServletResponse response) {
		programs.get(id);
		try {
			engagement.submitIdea(Idea.About.PROGRAM, String.valueOf(id), first(params, "author"),
					first(params, "email"), first(params, "text"));
			return "redirect:/" + locale.getLanguage() + "/programs/" + id + "/ideas?sent";
		}
		catch (EngagementRefusedException e) {
			response.setStatus(422);
			model.addAttribute("error", explain(e, locale));
			model.addAttribute("ideaTyped", params.toSingleValueMap());
			return programIdeas(id, model);
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
