package org.amity.event.web;

import org.amity.identity.AccessRule;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import org.amity.event.CheckIns;
import org.amity.event.EventHeld;
import org.amity.event.Shift;
import org.amity.event.VolunteerRole;
import org.amity.event.Volunteers;
import org.amity.event.EventCatalogue;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** Check-in at the door (online, or a downloaded list synced later), the event's close, and volunteer shifts. */
@RestController
class DoorApi {

	private final CheckIns checkIns;
	private final Volunteers volunteers;
	private final EventCatalogue catalogue;

	DoorApi(CheckIns checkIns, Volunteers volunteers, EventCatalogue catalogue) {
		this.checkIns = checkIns;
		this.volunteers = volunteers;
		this.catalogue = catalogue;
	}

	@Operation(summary = "The door list to download before going offline: confirmed registrations and who is in")
	@AccessRule(AccessRule.Audience.STAFF)
	@GetMapping("/api/v1/events/{slug}/check-in-list")
	List<CheckIns.Attendee> list(@PathVariable String slug) {
		return checkIns.list(slug);
	}

	@Operation(summary = "Check a registration in by the reference its QR code holds")
	@AccessRule(AccessRule.Audience.STAFF)
	@PostMapping("/api/v1/events/{slug}/check-ins")
	CheckIns.Result checkIn(@PathVariable String slug, @RequestBody Map<String, String> body) {
		return checkIns.checkIn(slug, body.get("reference"));
	}

	@Operation(summary = "Undo a check-in made by mistake")
	@AccessRule(AccessRule.Audience.STAFF)
	@PostMapping("/api/v1/events/{slug}/check-ins/undo")
	CheckIns.Result undo(@PathVariable String slug, @RequestBody Map<String, String> body) {
		return checkIns.undo(slug, body.get("reference"));
	}

	@Operation(summary = "Send the operations a door device made offline; a repeated operation id applies once")
	@AccessRule(AccessRule.Audience.STAFF)
	@PostMapping("/api/v1/events/{slug}/check-ins/sync")
	List<CheckIns.Result> sync(@PathVariable String slug, @RequestBody List<CheckIns.Operation> operations,
			@RequestHeader(name = "X-Device", required = false) String device) {
		return checkIns.sync(slug, operations, device == null ? "device" : device);
	}

	@Operation(summary = "Mark the event as held; publishes how many confirmed and how many came")
	@AccessRule(AccessRule.Audience.STAFF)
	@PostMapping("/api/v1/events/{slug}/held")
	EventHeld held(@PathVariable String slug) {
		return checkIns.markHeld(slug);
	}

	@Operation(summary = "Volunteer roles of an event with their shifts")
	@AccessRule(AccessRule.Audience.PUBLIC)
	@GetMapping("/api/v1/events/{slug}/volunteer-roles")
	List<RoleShifts> roles(@PathVariable String slug) {
		return volunteers.roles(catalogue.event(slug).id()).stream()
			.map(role -> new RoleShifts(role, volunteers.shifts(role.id())))
			.toList();
	}

	@Operation(summary = "Sign up for a shift; the answer lists the person's overlapping shifts as a warning")
	@AccessRule(AccessRule.Audience.PUBLIC)
	@PostMapping("/api/v1/shifts/{id}/sign-ups")
	ResponseEntity<Volunteers.SignUp> signUp(@PathVariable long id, @RequestBody VolunteerBody body) {
		return ResponseEntity.status(201).body(volunteers.signUp(id, body.volunteer()));
	}

	@Operation(summary = "Swap one shift for another in one step")
	@AccessRule(AccessRule.Audience.STAFF)
	@PostMapping("/api/v1/shifts/{id}/swap")
	Volunteers.SignUp swap(@PathVariable long id, @RequestBody SwapBody body) {
		return volunteers.swap(id, body.to(), body.volunteer().volunteer());
	}

	record RoleShifts(VolunteerRole role, List<Shift> shifts) {
	}

	record VolunteerBody(String email, String name, Integer age, Set<String> languages, Set<String> trainings) {

		Volunteers.Volunteer volunteer() {
			return new Volunteers.Volunteer(email, name, LocaleContextHolder.getLocale().getLanguage(), age,
					languages == null ? Set.of() : languages, trainings == null ? Set.of() : trainings);
		}
	}

	record SwapBody(long to, VolunteerBody volunteer) {
	}
}
