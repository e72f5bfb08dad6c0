package org.amity.event.web;

import org.amity.identity.AccessRule;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.amity.event.Calendars;
import org.amity.event.Event;
import org.amity.event.EventCatalogue;
import org.amity.event.EventSeries;
import org.amity.event.RegistrationRefusedException;
import org.amity.event.RegistrationRequest;
import org.amity.event.RegistrationType;
import org.amity.event.Registrations;
import org.amity.event.Registration;
import org.amity.event.QrCodes;
import org.amity.event.VolunteerRefusedException;
import org.amity.event.Volunteers;
import org.amity.shared.web.PortalPaths;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public event pages (a series with its events, an event with its registration form and schema.org description)
 * and a person's own registration page, which its secret reference opens.
 */
@Controller
class EventPages {

	private final EventCatalogue catalogue;
	private final Registrations registrations;
	private final Calendars calendars;
	private final JsonMapper json;
	private final Volunteers volunteers;
	private final org.springframework.context.MessageSource messages;

	EventPages(EventCatalogue catalogue, Registrations registrations, Calendars calendars, JsonMapper json,
			Volunteers volunteers, org.springframework.context.MessageSource messages) {
		this.messages = messages;
		this.catalogue = catalogue;
		this.registrations = registrations;
		this.calendars = calendars;
		this.json = json;
		this.volunteers = volunteers;
	}

	@AccessRule(AccessRule.Audience.PUBLIC)
	@GetMapping(PortalPaths.LANG + "/events")
	String events(Model model) {
		var series = catalogue.series();
		var bySeries = new LinkedHashMap<EventSeries, List<Event>>();
		series.forEach(s -> bySeries.put(s, catalogue.eventsOf(s)));
		model.addAttribute("series", bySeries);
		model.addAttribute("single", catalogue.events().stream().filter(e -> e.seriesId() == null).toList());
		return "event/events";
	}

	/** The events list as a file, headings and labels in the page's language, times at each venue. */
	@AccessRule(AccessRule.Audience.PUBLIC)
	@GetMapping(PortalPaths.LANG + "/events.{format:csv|xlsx}")
	org.springframework.http.ResponseEntity<byte[]> eventsFile(@PathVariable String format, Locale locale,
			HttpServletRequest request) {
		var columns = java.util.stream.Stream.of("event.file.title", "event.file.series", "event.file.kind",
				"event.file.starts", "event.file.ends", "event.file.zone", "event.where", "event.file.locality",
				"event.file.country", "event.languages", "event.organised-by", "event.file.demo", "event.file.page")
			.map(key -> messages.getMessage(key, null, locale)).toList();
		var seriesTitles = new java.util.HashMap<Long, String>();
		catalogue.series().forEach(s -> seriesTitles.put(s.id(), s.title().in(locale)));
		var rows = catalogue.events().stream()
			.map(e -> java.util.List.<Object>of(e.title().in(locale),
					e.seriesId() == null ? "" : seriesTitles.getOrDefault(e.seriesId(), ""),
					messages.getMessage("event.manage.kind." + e.kind(), null, locale), e.startsAt().toString(),
					e.endsAt().toString(), e.venue().zone().getId(), e.venue().name().in(locale), e.venue().locality(),
					e.venue().country(), String.join(", ", e.languages()), String.join(", ", e.organisers()),
					e.demo(), EventApi.base(request) + "/" + locale.getLanguage() + "/events/" + e.slug()))
			.toList();
		var title = messages.getMessage("event.list.heading", null, locale);
		return org.amity.shared.web.Downloads.of(new org.amity.shared.Table(title, columns, rows), format,
				"amity-events");
	}

	@AccessRule(AccessRule.Audience.PUBLIC)
	@GetMapping(PortalPaths.LANG + "/series/{slug}")
	String series(@PathVariable String slug, Locale locale, Model model, HttpServletRequest request) {
		var series = catalogue.series(slug);
		var events = catalogue.eventsOf(series);
		model.addAttribute("series", series);
		model.addAttribute("events", events);
		model.addAttribute("jsonLd", script(seriesLd(series, events, locale, request)));
		return "event/series";
	}

	@AccessRule(AccessRule.Audience.PUBLIC)
	@GetMapping(PortalPaths.LANG + "/events/{slug}")
	String event(@PathVariable String slug, Locale locale, Model model, HttpServletRequest request) {
		var event = catalogue.event(slug);
		show(event, locale, model, request, new Form(null, 1, "", "", UUID.randomUUID().toString(), Map.of()));
		return "event/event";
	}

	@AccessRule(AccessRule.Audience.PUBLIC)
	@PostMapping(PortalPaths.LANG + "/events/{slug}/registrations")
	String register(@PathVariable String slug, @RequestParam Map<String, String> params, Locale locale, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		var event = catalogue.event(slug);
		var answers = new LinkedHashMap<String, String>();
		params.forEach((name, value) -> {
			if (name.startsWith("answer.") && value != null && !value.isBlank()) {
				answers.put(name.substring("answer.".length()), value);
			}
		});
		int quantity;
		try {
			quantity = Integer.parseInt(params.getOrDefault("quantity", "1").strip());
		}
		catch (NumberFormatException e) {
			quantity = 0;
		}
		var token = params.get("token");
		if (token == null || token.isBlank() || token.length() > 100) {
			token = UUID.randomUUID().toString();
		}
		var form = new Form(params.get("type"), quantity, params.getOrDefault("name", ""),
				params.getOrDefault("email", ""), token, answers);
		try {
			var outcome = registrations.register(slug, new RegistrationRequest(form.type(), form.email(),
					form.name(), quantity, answers, locale.getLanguage()), "form:" + token);
			return "redirect:/" + locale.getLanguage() + "/registrations/" + outcome.registration().reference();
		}
		catch (RegistrationRefusedException e) {
			response.setStatus(EventProblems.status(e).value());
			model.addAttribute("refusal", e.reason().name());
			// a refused form keeps what was typed and gets a fresh token for the corrected submission
			show(event, locale, model, request, new Form(form.type(), quantity, form.name(), form.email(),
					e.reason() == RegistrationRefusedException.Reason.KEY_REUSED ? UUID.randomUUID().toString()
							: token,
					answers));
			return "event/event";
		}
	}

	@AccessRule(AccessRule.Audience.PUBLIC)
	@GetMapping(PortalPaths.LANG + "/registrations/{reference}")
	String registration(@PathVariable String reference, Model model, HttpServletRequest request) {
		var registration = registrations.find(reference);
		var event = catalogue.event(registration.eventId());
		model.addAttribute("registration", registration);
		model.addAttribute("event", event);
		model.addAttribute("type", catalogue.types(event.id()).stream()
			.filter(t -> t.id() == registration.typeId()).findFirst().orElseThrow());
		model.addAttribute("position", registrations.position(registration));
		model.addAttribute("qr", registration.status() == Registration.Status.CONFIRMED
				? QrCodes.svg(registration.reference()) : null);
		model.addAttribute("feed", EventApi.base(request) + "/api/v1/calendars/"
				+ calendars.feedToken(registration.email()) + ".ics");
		return "event/registration";
	}

	@AccessRule(AccessRule.Audience.PUBLIC)
	@PostMapping(PortalPaths.LANG + "/registrations/{reference}/cancel")
	String cancel(@PathVariable String reference, Locale locale) {
		registrations.cancel(reference);
		return "redirect:/" + locale.getLanguage() + "/registrations/" + reference;
	}

	@AccessRule(AccessRule.Audience.PUBLIC)
	@PostMapping(PortalPaths.LANG + "/registrations/{reference}/accept")
	String accept(@PathVariable String reference, Locale locale) {
		registrations.acceptOffer(reference);
		return "redirect:/" + locale.getLanguage() + "/registrations/" + reference;
	}

	private void show(Event event, Locale locale, Model model, HttpServletRequest request, Form form) {
		var types = catalogue.types(event.id());
		var free = new ArrayList<TypeChoice>();
		for (var type : types) {
			free.add(new TypeChoice(type, catalogue.free(type)));
		}
		model.addAttribute("event", event);
		model.addAttribute("series", catalogue.seriesOf(event).orElse(null));
		model.addAttribute("types", free);
		model.addAttribute("questions", catalogue.questions(event.id()));
		model.addAttribute("form", form);
		model.addAttribute("jsonLd", script(eventLd(event, locale, request)));
		var roles = new LinkedHashMap<org.amity.event.VolunteerRole, List<org.amity.event.Shift>>();
		volunteers.roles(event.id()).forEach(role -> roles.put(role, volunteers.shifts(role.id())));
		model.addAttribute("roles", roles);
	}

	@AccessRule(AccessRule.Audience.PUBLIC)
	@PostMapping(PortalPaths.LANG + "/events/{slug}/shifts/{shift}/sign-ups")
	String signUp(@PathVariable String slug, @PathVariable long shift, @RequestParam Map<String, String> params,
			Locale locale, Model model, HttpServletRequest request, HttpServletResponse response) {
		var event = catalogue.event(slug);
		Integer age;
		try {
			age = Integer.valueOf(params.getOrDefault("age", "").strip());
		}
		catch (NumberFormatException e) {
			age = null;
		}
		var languages = java.util.Set.copyOf(java.util.Arrays.stream(params.getOrDefault("languages", "")
			.split("[,\\s]+")).filter(s -> !s.isBlank()).map(String::strip).toList());
		var volunteer = new Volunteers.Volunteer(params.getOrDefault("email", "").strip(),
				params.getOrDefault("name", "").strip(), locale.getLanguage(), age, languages, java.util.Set.of());
		try {
			var signUp = volunteers.signUp(shift, volunteer);
			model.addAttribute("signedUp", signUp);
			model.addAttribute("feed", EventApi.base(request) + "/api/v1/calendars/"
					+ calendars.feedToken(volunteer.email()) + ".ics");
		}
		catch (VolunteerRefusedException e) {
			response.setStatus(409);
			model.addAttribute("volunteerRefusal", e.reason().name());
		}
		show(event, locale, model, request, new Form(null, 1, "", "", UUID.randomUUID().toString(), Map.of()));
		return "event/event";
	}

	private Map<String, Object> eventLd(Event event, Locale locale, HttpServletRequest request) {
		var data = new LinkedHashMap<String, Object>();
		data.put("@context", "https://schema.org");
		data.put("@type", switch (event.kind()) {
			case CONCERT -> "MusicEvent";
			case MATCH -> "SportsEvent";
			case WORKSHOP -> "EducationEvent";
			case FESTIVAL -> "Festival";
			case EXHIBITION -> "ExhibitionEvent";
			default -> "Event";
		});
		data.put("name", event.title().in(locale));
		if (!event.description().isEmpty()) {
			data.put("description", event.description().in(locale));
		}
		data.put("url", EventApi.base(request) + "/" + locale.getLanguage() + "/events/" + event.slug());
		data.put("startDate", event.start().toOffsetDateTime().toString());
		data.put("endDate", event.end().toOffsetDateTime().toString());
		data.put("eventStatus", event.status() == Event.Status.CANCELLED ? "https://schema.org/EventCancelled"
				: "https://schema.org/EventScheduled");
		data.put("eventAttendanceMode", "https://schema.org/OfflineEventAttendanceMode");
		data.put("inLanguage", event.languages());
		var venue = event.venue();
		var place = new LinkedHashMap<String, Object>();
		place.put("@type", "Place");
		place.put("name", venue.name().in(locale));
		place.put("address", Map.of("@type", "PostalAddress", "streetAddress", venue.address(), "addressLocality",
				venue.locality(), "addressCountry", venue.country()));
		if (venue.latitude() != null && venue.longitude() != null) {
			place.put("geo", Map.of("@type", "GeoCoordinates", "latitude", venue.latitude(), "longitude",
					venue.longitude()));
		}
		data.put("location", place);
		data.put("organizer", event.organisers().stream()
			.map(name -> Map.of("@type", "Organization", "name", name)).toList());
		catalogue.seriesOf(event).ifPresent(series -> data.put("superEvent", Map.of("@type", "EventSeries", "name",
				series.title().in(locale), "url",
				EventApi.base(request) + "/" + locale.getLanguage() + "/series/" + series.slug())));
		return data;
	}

	private Map<String, Object> seriesLd(EventSeries series, List<Event> events, Locale locale,
			HttpServletRequest request) {
		var data = new LinkedHashMap<String, Object>();
		data.put("@context", "https://schema.org");
		data.put("@type", "EventSeries");
		data.put("name", series.title().in(locale));
		data.put("description", series.description().in(locale));
		data.put("organizer", series.organisers().stream()
			.map(name -> Map.of("@type", "Organization", "name", name)).toList());
		data.put("subEvent", events.stream().map(event -> eventLd(event, locale, request)).toList());
		return data;
	}

	/** The JSON sits inside a script element: "<" must not be able to close it. */
	private String script(Map<String, Object> data) {
		return json.writeValueAsString(data).replace("<", "\\u003c");
	}

	record Form(String type, int quantity, String name, String email, String token, Map<String, String> answers) {
	}

	record TypeChoice(RegistrationType type, int free) {

		public boolean unlimited() {
			return free == Integer.MAX_VALUE;
		}
	}


}
