package org.amity.event.web;

import org.amity.identity.AccessRule;

import java.net.URI;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import org.amity.event.Calendars;
import org.amity.event.Event;
import org.amity.event.EventCatalogue;
import org.amity.event.HistoryEntry;
import org.amity.event.Quota;
import org.amity.event.Registration;
import org.amity.event.RegistrationOutcome;
import org.amity.event.RegistrationRefusedException;
import org.amity.event.RegistrationRequest;
import org.amity.event.RegistrationType;
import org.amity.event.Registrations;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/events}: events, registration with an Idempotency-Key, waiting lists and calendar feeds. */
@RestController
class EventApi {

	static final MediaType CALENDAR = new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8);

	private final EventCatalogue catalogue;
	private final Registrations registrations;
	private final Calendars calendars;

	EventApi(EventCatalogue catalogue, Registrations registrations, Calendars calendars) {
		this.catalogue = catalogue;
		this.registrations = registrations;
		this.calendars = calendars;
	}

	@Operation(summary = "All events, soonest first")
	@AccessRule(AccessRule.Audience.PUBLIC)
	@GetMapping("/api/v1/events")
	List<Event> events() {
		return catalogue.events();
	}

	@Operation(summary = "An event with its registration types and quotas")
	@AccessRule(AccessRule.Audience.PUBLIC)
	@GetMapping("/api/v1/events/{slug}")
	EventDetail event(@PathVariable String slug) {
		var event = catalogue.event(slug);
		return new EventDetail(event, catalogue.types(event.id()), catalogue.quotas(event.id()));
	}

	@Operation(summary = "Register; the same Idempotency-Key with the same body answers the same registration, "
			+ "with another body 422")
	@AccessRule(AccessRule.Audience.PUBLIC)
	@PostMapping("/api/v1/events/{slug}/registrations")
	ResponseEntity<RegistrationAnswer> register(@PathVariable String slug,
			@RequestHeader(name = "Idempotency-Key", required = false) String key,
			@RequestBody RegistrationBody body) {
		if (key != null && (key.isBlank() || key.length() > 200)) {
			throw new RegistrationRefusedException(RegistrationRefusedException.Reason.KEY_REUSED, "bad key");
		}
		var outcome = registrations.register(slug, body.request(LocaleContextHolder.getLocale().getLanguage()), key);
		return ResponseEntity.created(URI.create("/api/v1/registrations/" + outcome.registration().reference()))
			.header("Idempotent-Replayed", String.valueOf(outcome.replayed()))
			.body(RegistrationAnswer.of(outcome));
	}

	@AccessRule(AccessRule.Audience.PUBLIC)
	@GetMapping("/api/v1/registrations/{reference}")
	RegistrationAnswer registration(@PathVariable String reference) {
		var registration = registrations.find(reference);
		return RegistrationAnswer.of(new RegistrationOutcome(registration, registration.status(), false),
				registrations.position(registration));
	}

	@AccessRule(AccessRule.Audience.PUBLIC)
	@PostMapping("/api/v1/registrations/{reference}/cancel")
	RegistrationAnswer cancel(@PathVariable String reference) {
		var registration = registrations.cancel(reference);
		return RegistrationAnswer.of(new RegistrationOutcome(registration, registration.status(), false));
	}

	@AccessRule(AccessRule.Audience.PUBLIC)
	@PostMapping("/api/v1/registrations/{reference}/accept")
	RegistrationAnswer accept(@PathVariable String reference) {
		var registration = registrations.acceptOffer(reference);
		return RegistrationAnswer.of(new RegistrationOutcome(registration, registration.status(), false));
	}

	@Operation(summary = "Move someone on the waiting list (coordinators); a reason is required and kept")
	@AccessRule(AccessRule.Audience.STAFF)
	@PostMapping("/api/v1/registrations/{reference}/move")
	ResponseEntity<Void> move(@PathVariable String reference, @RequestBody MoveBody body) {
		registrations.move(reference, body.position() == null ? 0 : body.position(), body.reason(), "coordinator");
		return ResponseEntity.noContent().build();
	}

	@Operation(summary = "Change a quota's capacity (coordinators); raising it offers places to the waiting list")
	@AccessRule(AccessRule.Audience.STAFF)
	@PutMapping("/api/v1/quotas/{id}/capacity")
	ResponseEntity<Void> capacity(@PathVariable long id, @RequestBody Map<String, Integer> body) {
		var capacity = body.get("capacity");
		registrations.changeCapacity(id, capacity == null ? -1 : capacity);
		return ResponseEntity.noContent().build();
	}

	@Operation(summary = "The waiting list, head first")
	@AccessRule(AccessRule.Audience.STAFF)
	@GetMapping("/api/v1/events/{slug}/waiting-list")
	List<String> waitingList(@PathVariable String slug) {
		return registrations.waitingList(catalogue.event(slug).id()).stream().map(Registration::reference).toList();
	}

	@Operation(summary = "The event's append-only registration history, from which its waiting list can be rebuilt")
	@AccessRule(AccessRule.Audience.STAFF)
	@GetMapping("/api/v1/events/{slug}/history")
	List<HistoryEntry> history(@PathVariable String slug) {
		return registrations.history(catalogue.event(slug).id());
	}

	@Operation(summary = "The event as an iCalendar file")
	@AccessRule(AccessRule.Audience.PUBLIC)
	@GetMapping("/api/v1/events/{slug}/calendar.ics")
	ResponseEntity<String> eventCalendar(@PathVariable String slug, HttpServletRequest request) {
		return calendar(calendars.event(slug, LocaleContextHolder.getLocale(), base(request)));
	}

	@Operation(summary = "A series' events as an iCalendar feed")
	@AccessRule(AccessRule.Audience.PUBLIC)
	@GetMapping("/api/v1/series/{slug}/calendar.ics")
	ResponseEntity<String> seriesCalendar(@PathVariable String slug, HttpServletRequest request) {
		return calendar(calendars.series(slug, LocaleContextHolder.getLocale(), base(request)));
	}

	@Operation(summary = "A person's registrations as an iCalendar feed, at the secret address their page gives")
	@AccessRule(AccessRule.Audience.PUBLIC)
	@GetMapping("/api/v1/calendars/{token}.ics")
	ResponseEntity<String> personCalendar(@PathVariable String token, HttpServletRequest request) {
		return calendar(calendars.person(token, LocaleContextHolder.getLocale(), base(request)));
	}

	static String base(HttpServletRequest request) {
		return request.getScheme() + "://" + request.getServerName()
				+ (request.getServerPort() == 80 || request.getServerPort() == 443 ? "" : ":" + request.getServerPort());
	}

	private static ResponseEntity<String> calendar(String text) {
		return ResponseEntity.status(HttpStatus.OK).contentType(CALENDAR).body(text);
	}

	record EventDetail(Event event, List<RegistrationType> types, List<Quota> quotas) {
	}

	record RegistrationBody(String type, String email, String name, Integer quantity, Map<String, String> answers) {

		RegistrationRequest request(String language) {
			return new RegistrationRequest(type, email, name, quantity == null ? 1 : quantity, answers, language);
		}
	}

	record MoveBody(Integer position, String reason) {
	}

	record RegistrationAnswer(String reference, String status, String answered, boolean replayed, int quantity,
			Integer position, java.time.Instant offerExpires) {

		static RegistrationAnswer of(RegistrationOutcome outcome) {
			return of(outcome, null);
		}

		static RegistrationAnswer of(RegistrationOutcome outcome, Integer position) {
			var r = outcome.registration();
			return new RegistrationAnswer(r.reference(), r.status().name(), outcome.answered().name(),
					outcome.replayed(), r.quantity(), position == null || position == 0 ? null : position,
					r.offerExpires());
		}
	}
}
