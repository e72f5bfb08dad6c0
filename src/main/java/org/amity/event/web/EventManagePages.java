package org.amity.event.web;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import jakarta.servlet.http.HttpServletResponse;
import org.amity.city.Gazetteer;
import org.amity.event.Event;
import org.amity.event.EventCatalogue;
import org.amity.event.EventChangeRefusedException;
import org.amity.event.EventDraft;
import org.amity.event.EventManagement;
import org.amity.event.RegistrationRefusedException;
import org.amity.event.WaitingListReplay;
import org.amity.identity.AccessRule;
import org.amity.identity.CurrentUser;
import org.amity.shared.LocalizedText;
import org.amity.shared.Table;
import org.amity.shared.web.Downloads;
import org.amity.shared.web.PortalPaths;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The staff pages of events under {@code /{lang}/manage/events}: the events and series of the caller's city, a form to
 * create or edit an event (or a sub-event of a series), its tickets and quotas, its waiting list with its history, and
 * the attendee list for the door, downloadable. Every form works without JavaScript; a refusal shows the form again
 * with what was typed and the reason in the reader's language. Whose event it is, is checked by
 * {@link EventManagement}.
 */
@AccessRule(AccessRule.Audience.STAFF)
@Controller
class EventManagePages {

	static final String BASE = PortalPaths.LANG + "/manage/events";

	private final EventManagement management;
	private final EventCatalogue catalogue;
	private final Gazetteer gazetteer;
	private final CurrentUser currentUser;
	private final MessageSource messages;

	EventManagePages(EventManagement management, EventCatalogue catalogue, Gazetteer gazetteer,
			CurrentUser currentUser, MessageSource messages) {
		this.management = management;
		this.catalogue = catalogue;
		this.gazetteer = gazetteer;
		this.currentUser = currentUser;
		this.messages = messages;
	}

	@GetMapping(BASE)
	String list(Model model, Locale locale) {
		var events = management.events();
		model.addAttribute("events", events);
		model.addAttribute("series", management.series());
		var names = cityNames(events.stream().flatMap(m -> m.cities().stream()).toList(), locale);
		var byEvent = new java.util.HashMap<Long, String>();
		events.forEach(m -> byEvent.put(m.event().id(), joined(m.cities(), names)));
		model.addAttribute("cityNames", byEvent);
		return "event/manage-events";
	}

	// ---- an event: create and edit ----

	@GetMapping(BASE + "/new")
	String newEvent(@RequestParam(required = false) String series, Model model, Locale locale) {
		var form = EventForm.empty();
		var caller = currentUser.get();
		var firstCity = caller.staffCities().stream().sorted().findFirst();
		form.city = firstCity.flatMap(gazetteer::find).map(p -> p.slug()).orElse("");
		if (series != null) {
			var managed = management.series(series);
			form.series = String.valueOf(managed.series().id());
			form.partnership = Objects.requireNonNullElse(managed.series().partnership(), "");
			var cities = managed.cities();
			if (!cities.isEmpty()) {
				long mine = cities.stream().filter(c -> !caller.isPlatformAdmin() && caller.isStaffOf(c)).findFirst()
					.orElse(cities.get(0));
				gazetteer.find(mine).ifPresent(p -> form.city = p.slug());
				cities.stream().filter(c -> c != mine).findFirst().flatMap(gazetteer::find)
					.ifPresent(p -> form.partnerCity = p.slug());
			}
		}
		return showForm(null, form, model, locale);
	}

	@PostMapping(BASE)
	String create(@RequestParam MultiValueMap<String, String> params, Model model, Locale locale,
			HttpServletResponse response) {
		var form = EventForm.of(params);
		try {
			var slug = management.create(draft(form, cities(form)), newVenue(form));
			return "redirect:/" + locale.getLanguage() + "/manage/events/" + slug + "?saved";
		}
		catch (EventChangeRefusedException e) {
			response.setStatus(422);
			model.addAttribute("error", "event.manage.error." + e.reason());
			return showForm(null, form, model, locale);
		}
	}

	@GetMapping(BASE + "/{slug}")
	String edit(@PathVariable String slug, Model model, Locale locale) {
		var managed = management.event(slug);
		return showForm(managed, EventForm.of(managed, gazetteer), model, locale);
	}

	@PostMapping(BASE + "/{slug}")
	String update(@PathVariable String slug, @RequestParam MultiValueMap<String, String> params, Model model,
			Locale locale, HttpServletResponse response) {
		var managed = management.event(slug);
		var form = EventForm.of(params);
		try {
			var outcome = management.edit(slug, draft(form, managed.cities()), newVenue(form),
					version(form.version));
			return "redirect:/" + locale.getLanguage() + "/manage/events/" + slug
					+ (outcome.applied() ? "?saved" : "?proposed=" + outcome.proposalId());
		}
		catch (EventChangeRefusedException e) {
			response.setStatus(e.reason() == EventChangeRefusedException.Reason.STALE ? 409 : 422);
			model.addAttribute("error", "event.manage.error." + e.reason());
			return showForm(management.event(slug), form, model, locale);
		}
	}

	@PostMapping(BASE + "/{slug}/types")
	String addType(@PathVariable String slug, @RequestParam MultiValueMap<String, String> params, Model model,
			Locale locale, HttpServletResponse response) {
		try {
			management.addType(slug, first(params, "code").strip(), texts(params, "name"),
					number(first(params, "maxGroup"), 0), version(first(params, "version")));
			return "redirect:/" + locale.getLanguage() + "/manage/events/" + slug + "?saved#tickets";
		}
		catch (EventChangeRefusedException e) {
			return refused(slug, e, model, locale, response);
		}
	}

	@PostMapping(BASE + "/{slug}/quotas")
	String addQuota(@PathVariable String slug, @RequestParam MultiValueMap<String, String> params, Model model,
			Locale locale, HttpServletResponse response) {
		try {
			var types = Objects.requireNonNullElse(params.get("types"), List.<String>of()).stream()
				.map(id -> (long) number(id, -1)).toList();
			management.addQuota(slug, first(params, "code").strip(), texts(params, "name"),
					number(first(params, "capacity"), -1), types, version(first(params, "version")));
			return "redirect:/" + locale.getLanguage() + "/manage/events/" + slug + "?saved#quotas";
		}
		catch (EventChangeRefusedException e) {
			return refused(slug, e, model, locale, response);
		}
	}

	@PostMapping(BASE + "/{slug}/quotas/{quota}/capacity")
	String capacity(@PathVariable String slug, @PathVariable long quota, @RequestParam(required = false) String capacity,
			@RequestParam(required = false) String version, Model model, Locale locale, HttpServletResponse response) {
		try {
			var outcome = management.changeCapacity(slug, quota, number(capacity, -1), version(version));
			return "redirect:/" + locale.getLanguage() + "/manage/events/" + slug
					+ (outcome.applied() ? "?saved#quotas" : "?proposed=" + outcome.proposalId() + "#quotas");
		}
		catch (EventChangeRefusedException e) {
			return refused(slug, e, model, locale, response);
		}
		catch (RegistrationRefusedException e) {
			return refused(slug, new EventChangeRefusedException(EventChangeRefusedException.Reason.BAD_CAPACITY,
					e.getMessage()), model, locale, response);
		}
	}

	private String refused(String slug, EventChangeRefusedException e, Model model, Locale locale,
			HttpServletResponse response) {
		var managed = management.event(slug);
		response.setStatus(e.reason() == EventChangeRefusedException.Reason.STALE ? 409 : 422);
		model.addAttribute("error", "event.manage.error." + e.reason());
		return showForm(managed, EventForm.of(managed, gazetteer), model, locale);
	}

	private String showForm(EventManagement.Managed managed, EventForm form, Model model, Locale locale) {
		model.addAttribute("managed", managed);
		model.addAttribute("form", form);
		model.addAttribute("venues", management.venues());
		model.addAttribute("kinds", Event.Kind.values());
		model.addAttribute("languages", LocalizedText.LANGUAGES);
		model.addAttribute("seriesChoices", management.series());
		if (managed != null) {
			model.addAttribute("types", catalogue.types(managed.event().id()));
			var types = catalogue.types(managed.event().id());
			var quotas = catalogue.quotas(managed.event().id());
			model.addAttribute("quotas", quotas);
			var covers = new java.util.HashMap<Long, String>();
			quotas.forEach(q -> covers.put(q.id(), String.join(", ", types.stream()
				.filter(t -> q.typeIds().contains(t.id())).map(t -> t.name().in(locale)).toList())));
			model.addAttribute("covers", covers);
			model.addAttribute("proposals", management.proposals(managed.event().slug()));
			model.addAttribute("cityNames", joined(managed.cities(), cityNames(managed.cities(), locale)));
		}
		return "event/manage-event";
	}

	// ---- series ----

	@GetMapping(BASE + "/series/new")
	String newSeries(Model model) {
		var form = EventForm.empty();
		currentUser.get().staffCities().stream().sorted().findFirst().flatMap(gazetteer::find)
			.ifPresent(p -> form.city = p.slug());
		model.addAttribute("form", form);
		model.addAttribute("languages", LocalizedText.LANGUAGES);
		return "event/manage-series";
	}

	@PostMapping(BASE + "/series")
	String createSeries(@RequestParam MultiValueMap<String, String> params, Model model, Locale locale,
			HttpServletResponse response) {
		var form = EventForm.of(params);
		try {
			var slug = management.createSeries(form.titleText(), form.descriptionText(), form.organiserList(),
					form.partnership, cities(form));
			return "redirect:/" + locale.getLanguage() + "/manage/events/series/" + slug;
		}
		catch (EventChangeRefusedException e) {
			response.setStatus(422);
			model.addAttribute("error", "event.manage.error." + e.reason());
			model.addAttribute("form", form);
			model.addAttribute("languages", LocalizedText.LANGUAGES);
			return "event/manage-series";
		}
	}

	@GetMapping(BASE + "/series/{slug}")
	String series(@PathVariable String slug, Model model, Locale locale) {
		var managed = management.series(slug);
		return showSeries(managed, seriesForm(managed), model, locale);
	}

	/** Saves a series' titles, descriptions and organisers as typed; a refusal shows the form again as it was sent. */
	@PostMapping(BASE + "/series/{slug}")
	String editSeries(@PathVariable String slug, @RequestParam MultiValueMap<String, String> params, Model model,
			Locale locale, HttpServletResponse response) {
		var form = EventForm.of(params);
		try {
			management.editSeries(slug, form.titleText(), form.descriptionText(), form.organiserList(),
					version(form.version));
			return "redirect:/" + locale.getLanguage() + "/manage/events/series/" + slug + "?saved";
		}
		catch (EventChangeRefusedException e) {
			response.setStatus(e.reason() == EventChangeRefusedException.Reason.STALE ? 409 : 422);
			model.addAttribute("error", seriesError(e));
			return showSeries(management.series(slug), form, model, locale);
		}
	}

	/** Attaches one of the caller's events to the series as a sub-event, or detaches one of its sub-events. */
	@PostMapping(BASE + "/series/{slug}/events")
	String subEvent(@PathVariable String slug, @RequestParam(required = false) String event,
			@RequestParam(required = false) String action, @RequestParam(required = false) String version, Model model,
			Locale locale, HttpServletResponse response) {
		try {
			management.changeSubEvent(slug, event == null ? "" : event.strip(), !"detach".equals(action),
					version(version));
			return "redirect:/" + locale.getLanguage() + "/manage/events/series/" + slug + "?saved#sub-heading";
		}
		catch (EventChangeRefusedException e) {
			response.setStatus(e.reason() == EventChangeRefusedException.Reason.STALE ? 409 : 422);
			model.addAttribute("error", seriesError(e));
			var managed = management.series(slug);
			return showSeries(managed, seriesForm(managed), model, locale);
		}
	}

	/** A refusal on a series, in words about a series. */
	private static String seriesError(EventChangeRefusedException e) {
		return e.reason() == EventChangeRefusedException.Reason.STALE ? "event.manage.error.series-stale"
				: "event.manage.error." + e.reason();
	}

	private String showSeries(EventManagement.ManagedSeries managed, EventForm form, Model model, Locale locale) {
		model.addAttribute("managed", managed);
		model.addAttribute("form", form);
		model.addAttribute("cityNames", joined(managed.cities(), cityNames(managed.cities(), locale)));
		// the caller's events that are not yet in this series, to attach
		model.addAttribute("attachable", management.events().stream().map(EventManagement.Managed::event)
			.filter(e -> !Objects.equals(e.seriesId(), managed.series().id())).toList());
		return "event/manage-series-events";
	}

	private static EventForm seriesForm(EventManagement.ManagedSeries managed) {
		var form = EventForm.empty();
		form.title.putAll(managed.series().title().texts());
		form.description.putAll(managed.series().description().texts());
		form.organisers = String.join("\n", managed.series().organisers());
		form.version = String.valueOf(managed.version());
		return form;
	}

	// ---- the waiting list ----

	@GetMapping(BASE + "/{slug}/waiting-list")
	String waitingList(@PathVariable String slug, Model model) {
		var managed = management.event(slug);
		var line = management.waitingList(slug);
		var history = management.history(slug);
		model.addAttribute("managed", managed);
		model.addAttribute("line", line);
		model.addAttribute("history", history);
		var byId = new java.util.HashMap<Long, String>();
		management.registrations(slug).forEach(r -> byId.put(r.id(), r.name()));
		model.addAttribute("names", byId);
		var replayed = WaitingListReplay.rebuild(history);
		model.addAttribute("replayed", replayed.stream().map(id -> byId.getOrDefault(id, "")).toList());
		model.addAttribute("replayAgrees", replayed.equals(line.stream().map(r -> r.id()).toList()));
		return "event/manage-waiting-list";
	}

	@PostMapping(BASE + "/{slug}/waiting-list/{reference}/move")
	String move(@PathVariable String slug, @PathVariable String reference,
			@RequestParam(required = false) String position, @RequestParam(required = false) String reason,
			Model model, Locale locale, HttpServletResponse response) {
		try {
			management.move(slug, reference, number(position, 0), reason);
			return "redirect:/" + locale.getLanguage() + "/manage/events/" + slug + "/waiting-list?moved";
		}
		catch (EventChangeRefusedException e) {
			response.setStatus(422);
			model.addAttribute("error", "event.manage.error." + e.reason());
			model.addAttribute("failed", reference);
			model.addAttribute("reasonTyped", reason);
			return waitingList(slug, model);
		}
	}

	// ---- attendees and the door ----

	@GetMapping(BASE + "/{slug}/attendees")
	String attendees(@PathVariable String slug, Model model) {
		model.addAttribute("managed", management.event(slug));
		model.addAttribute("attendees", management.attendees(slug));
		return "event/manage-attendees";
	}

	@GetMapping(BASE + "/{slug}/attendees.{format:csv|xlsx}")
	ResponseEntity<byte[]> attendeesFile(@PathVariable String slug, @PathVariable String format, Locale locale) {
		var managed = management.event(slug);
		var columns = java.util.stream.Stream.of("event.manage.attendees.name", "event.manage.attendees.quantity",
				"event.manage.attendees.reference", "event.manage.attendees.checked-in")
			.map(key -> messages.getMessage(key, null, locale)).toList();
		var rows = management.attendees(slug).stream()
			.map(a -> List.<Object>of(a.name(), a.quantity(), a.reference(),
					a.checkedInAt() == null ? "" : a.checkedInAt().toString()))
			.toList();
		var title = messages.getMessage("event.manage.attendees.caption",
				new Object[] { managed.event().title().in(locale) }, locale);
		return Downloads.of(new Table(title, columns, rows), format, "amity-" + slug + "-attendees");
	}

	@PostMapping(BASE + "/{slug}/attendees/{reference}/check-in")
	String checkIn(@PathVariable String slug, @PathVariable String reference,
			@RequestParam(required = false) String undo, Model model, Locale locale, HttpServletResponse response) {
		try {
			management.checkIn(slug, reference, undo != null);
			return "redirect:/" + locale.getLanguage() + "/manage/events/" + slug + "/attendees#a-" + reference;
		}
		catch (EventChangeRefusedException e) {
			response.setStatus(422);
			model.addAttribute("error", "event.manage.error." + e.reason());
			return attendees(slug, model);
		}
	}

	// ---- the parts ----

	private EventDraft draft(EventForm form, List<Long> cities) {
		var starts = dateTime(form.startsAt);
		var ends = dateTime(form.endsAt);
		long venue = number(form.venue, -1);
		Long series = form.series == null || form.series.isBlank() ? null : (long) number(form.series, -1);
		return new EventDraft(series, kind(form.kind), form.titleText(), form.descriptionText(), venue, starts, ends,
				form.languages, form.organiserList(), form.partnership, cities);
	}

	/** A venue typed into the form, when no existing one is chosen. */
	private static org.amity.event.NewVenue newVenue(EventForm form) {
		if (number(form.venue, -1) >= 0) {
			return null;
		}
		return new org.amity.event.NewVenue(form.venueName, form.venueAddress, form.venueLocality, form.venueCountry,
				form.venueZone);
	}

	private List<Long> cities(EventForm form) {
		var cities = new ArrayList<Long>();
		for (var slug : new String[] { form.city, form.partnerCity }) {
			if (slug == null || slug.isBlank()) {
				continue;
			}
			var place = gazetteer.findBySlug(slug.strip().toLowerCase(Locale.ROOT))
				.orElseThrow(() -> new EventChangeRefusedException(EventChangeRefusedException.Reason.UNKNOWN_CITY,
						slug));
			if (!cities.contains(place.id())) {
				cities.add(place.id());
			}
		}
		return cities;
	}

	private Map<Long, String> cityNames(List<Long> ids, Locale locale) {
		var names = new TreeMap<Long, String>();
		gazetteer.findAll(ids.stream().distinct().toList()).forEach(p -> names.put(p.id(), p.nameIn(locale)));
		return names;
	}

	private static String joined(List<Long> cities, Map<Long, String> names) {
		return String.join(", ", cities.stream().map(id -> names.getOrDefault(id, String.valueOf(id))).toList());
	}

	private static Event.Kind kind(String value) {
		try {
			return Event.Kind.valueOf(Objects.requireNonNullElse(value, "OTHER"));
		}
		catch (IllegalArgumentException e) {
			return Event.Kind.OTHER;
		}
	}

	private static LocalDateTime dateTime(String value) {
		try {
			return value == null || value.isBlank() ? null : LocalDateTime.parse(value.strip());
		}
		catch (DateTimeParseException e) {
			throw new EventChangeRefusedException(EventChangeRefusedException.Reason.BAD_DATES, value);
		}
	}

	private static int number(String value, int otherwise) {
		try {
			return value == null ? otherwise : Integer.parseInt(value.strip());
		}
		catch (NumberFormatException e) {
			return otherwise;
		}
	}

	/** The version the form was read at; a missing or garbled one cannot match, so the change is refused as stale. */
	private static long version(String value) {
		try {
			return value == null ? -1 : Long.parseLong(value.strip());
		}
		catch (NumberFormatException e) {
			return -1;
		}
	}

	static String first(MultiValueMap<String, String> params, String name) {
		var value = params.getFirst(name);
		return value == null ? "" : value;
	}

	static LocalizedText texts(MultiValueMap<String, String> params, String prefix) {
		var texts = new LinkedHashMap<String, String>();
		for (var language : LocalizedText.LANGUAGES) {
			var text = params.getFirst(prefix + "." + language);
			if (text != null && !text.isBlank()) {
				texts.put(language, text.strip());
			}
		}
		return new LocalizedText(texts);
	}

	/** A text of the form in one language. */
	public record LanguageText(String language, String text) {
	}

	/** What the event form holds, as typed, so that a refused form comes back as it was sent. */
	public static final class EventForm {

		Map<String, String> title = new LinkedHashMap<>();
		Map<String, String> description = new LinkedHashMap<>();
		String kind = "OTHER";
		String venue = "";
		String venueName = "";
		String venueAddress = "";
		String venueLocality = "";
		String venueCountry = "";
		String venueZone = "";
		String startsAt = "";
		String endsAt = "";
		List<String> languages = new ArrayList<>();
		String organisers = "";
		String partnership = "";
		String city = "";
		String partnerCity = "";
		String series = "";
		String version = "";

		static EventForm empty() {
			return new EventForm();
		}

		static EventForm of(MultiValueMap<String, String> params) {
			var form = new EventForm();
			for (var language : LocalizedText.LANGUAGES) {
				form.title.put(language, first(params, "title." + language));
				form.description.put(language, first(params, "description." + language));
			}
			form.kind = first(params, "kind");
			form.venue = first(params, "venue");
			form.venueName = first(params, "venueName");
			form.venueAddress = first(params, "venueAddress");
			form.venueLocality = first(params, "venueLocality");
			form.venueCountry = first(params, "venueCountry");
			form.venueZone = first(params, "venueZone");
			form.startsAt = first(params, "startsAt");
			form.endsAt = first(params, "endsAt");
			form.languages = new ArrayList<>(Objects.requireNonNullElse(params.get("languages"), List.<String>of()));
			form.organisers = first(params, "organisers");
			form.partnership = first(params, "partnership");
			form.city = first(params, "city");
			form.partnerCity = first(params, "partnerCity");
			form.series = first(params, "series");
			form.version = first(params, "version");
			return form;
		}

		static EventForm of(EventManagement.Managed managed, Gazetteer gazetteer) {
			var event = managed.event();
			var form = new EventForm();
			form.title.putAll(event.title().texts());
			form.description.putAll(event.description().texts());
			form.kind = event.kind().name();
			form.venue = String.valueOf(event.venue().id());
			form.startsAt = event.startsAt().toString();
			form.endsAt = event.endsAt().toString();
			form.languages = new ArrayList<>(event.languages());
			form.organisers = String.join("\n", event.organisers());
			form.partnership = Objects.requireNonNullElse(event.partnership(), "");
			form.series = event.seriesId() == null ? "" : String.valueOf(event.seriesId());
			form.version = String.valueOf(managed.version());
			return form;
		}

		LocalizedText titleText() {
			return texts(title);
		}

		LocalizedText descriptionText() {
			return texts(description);
		}

		List<String> organiserList() {
			return Arrays.stream(organisers.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
		}

		private static LocalizedText texts(Map<String, String> values) {
			var texts = new LinkedHashMap<String, String>();
			values.forEach((language, text) -> {
				if (text != null && !text.isBlank()) {
					texts.put(language, text.strip());
				}
			});
			return new LocalizedText(texts);
		}

		// read by the templates
		public List<LanguageText> getTitles() {
			return LocalizedText.LANGUAGES.stream().map(l -> new LanguageText(l, title.getOrDefault(l, ""))).toList();
		}

		public List<LanguageText> getDescriptions() {
			return LocalizedText.LANGUAGES.stream()
				.map(l -> new LanguageText(l, description.getOrDefault(l, "")))
				.toList();
		}

		public String getKind() {
			return kind;
		}

		public String getVenue() {
			return venue;
		}

		public String getVenueName() {
			return venueName;
		}

		public String getVenueAddress() {
			return venueAddress;
		}

		public String getVenueLocality() {
			return venueLocality;
		}

		public String getVenueCountry() {
			return venueCountry;
		}

		public String getVenueZone() {
			return venueZone;
		}

		public String getStartsAt() {
			return startsAt;
		}

		public String getEndsAt() {
			return endsAt;
		}

		public List<String> getLanguages() {
			return languages;
		}

		public String getOrganisers() {
			return organisers;
		}

		public String getPartnership() {
			return partnership;
		}

		public String getCity() {
			return city;
		}

		public String getPartnerCity() {
			return partnerCity;
		}

		public String getSeries() {
			return series;
		}

		public String getVersion() {
			return version;
		}
	}
}
