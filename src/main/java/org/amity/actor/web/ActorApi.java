package org.amity.actor.web;

import org.amity.identity.AccessRule;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.amity.actor.ActorKind;
import org.amity.actor.Actors;
import org.amity.actor.Organisation;
import org.amity.city.Gazetteer;
import org.amity.city.PlaceNotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The directory of actors as JSON: organisations by kind and city, and one organisation with its relations. */
@RestController
@RequestMapping("/api/v1/actors")
@Tag(name = "Actors")
class ActorApi {

	private final Actors actors;
	private final ActorView view;
	private final Gazetteer gazetteer;

	ActorApi(Actors actors, ActorView view, Gazetteer gazetteer) {
		this.actors = actors;
		this.view = view;
		this.gazetteer = gazetteer;
	}

	record OrganisationJson(long id, String slug, String kind, String name, Map<String, String> names, String city,
			String website, boolean demo) {
	}

	record ActorJson(OrganisationJson organisation, List<PersonJson> people, List<ActorView.Line> relations) {
	}

	record PersonJson(String name, String position, boolean contact, boolean demo) {
	}

	@AccessRule(AccessRule.Audience.PUBLIC)
	@GetMapping
	@Operation(summary = "Organisations, filtered by kind (e.g. UNIVERSITY) and city slug")
	List<OrganisationJson> directory(@RequestParam(required = false) ActorKind kind,
			@RequestParam(required = false) String city, Locale locale) {
		Long place = null;
		if (city != null && !city.isBlank()) {
			place = gazetteer.findBySlug(city).orElseThrow(() -> new PlaceNotFoundException(city)).id();
		}
		var organisations = actors.directory(kind, place);
		var seats = view.seats(organisations);
		return organisations.stream()
			.map(o -> json(o, o.placeId() == null ? null : seats.get(o.placeId()).slug(), locale))
			.toList();
	}

	@AccessRule(AccessRule.Audience.PUBLIC)
	@GetMapping("/{slug}")
	@Operation(summary = "One organisation with its people (names and positions only) and relations")
	ActorJson actor(@PathVariable String slug, Locale locale) {
		var organisation = actors.get(slug);
		var seat = view.seat(organisation);
		// e-mail addresses stay off the public API: contacts are reached through the organisation
		var people = actors.people(organisation.id()).stream()
			.map(p -> new PersonJson(p.name(), p.position(), p.contact(), p.demo()))
			.toList();
		return new ActorJson(json(organisation, seat == null ? null : seat.slug(), locale), people,
				view.lines(organisation, locale));
	}

	private static OrganisationJson json(Organisation o, String city, Locale locale) {
		return new OrganisationJson(o.id(), o.slug(), o.kind().name(), o.name().in(locale), o.name().texts(), city,
				o.website(), o.demo());
	}
}
