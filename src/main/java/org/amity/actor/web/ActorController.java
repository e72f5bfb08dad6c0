package org.amity.actor.web;

import org.amity.identity.AccessRule;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;

import org.amity.actor.ActorKind;
import org.amity.actor.Actors;
import org.amity.city.Gazetteer;
import org.amity.city.Place;
import org.amity.shared.NotFoundException;
import org.amity.shared.web.PortalPaths;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The directory of actors, filtered by kind and city, and a page per actor with its people and relations. */
@Controller
class ActorController {

	private final Actors actors;
	private final ActorView view;
	private final Gazetteer gazetteer;
	private final MessageSource messages;

	ActorController(Actors actors, ActorView view, Gazetteer gazetteer, MessageSource messages) {
		this.actors = actors;
		this.view = view;
		this.gazetteer = gazetteer;
		this.messages = messages;
	}

	@AccessRule(AccessRule.Audience.PUBLIC)
	@GetMapping(PortalPaths.LANG + "/actors")
	String directory(@PathVariable String lang, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String city, Model model, Locale locale) {
		var chosenKind = Arrays.stream(ActorKind.values()).filter(k -> k.name().equals(kind)).findFirst().orElse(null);
		var chosenCity = city == null || city.isBlank() ? null : gazetteer.findBySlug(city).orElse(null);
		var unknownCity = city != null && !city.isBlank() && chosenCity == null;
		var organisations = unknownCity ? java.util.List.<org.amity.actor.Organisation>of()
				: actors.directory(chosenKind, chosenCity == null ? null : chosenCity.id());
		var cities = gazetteer.findAll(actors.seats()).stream()
			.sorted(Comparator.comparing((Place p) -> p.nameIn(locale)))
			.toList();
		model.addAttribute("kinds", ActorKind.values());
		model.addAttribute("kind", chosenKind);
		model.addAttribute("cities", cities);
		model.addAttribute("city", chosenCity);
		model.addAttribute("unknownCity", unknownCity);
		model.addAttribute("organisations", organisations);
		model.addAttribute("seats", view.seats(organisations));
		return "actor/directory";
	}

	/** The directory as shown, as a file: names, kinds and cities in the page's language. */
	@AccessRule(AccessRule.Audience.PUBLIC)
	@GetMapping(PortalPaths.LANG + "/actors.{format:csv|xlsx}")
	org.springframework.http.ResponseEntity<byte[]> directoryFile(@PathVariable String format,
			@RequestParam(required = false) String kind, @RequestParam(required = false) String city, Locale locale) {
		var chosenKind = Arrays.stream(ActorKind.values()).filter(k -> k.name().equals(kind)).findFirst().orElse(null);
		var chosenCity = city == null || city.isBlank() ? null : gazetteer.findBySlug(city).orElse(null);
		var organisations = city != null && !city.isBlank() && chosenCity == null
				? java.util.List.<org.amity.actor.Organisation>of()
				: actors.directory(chosenKind, chosenCity == null ? null : chosenCity.id());
		var seats = view.seats(organisations);
		var columns = java.util.stream.Stream.of("actor.col.name", "actor.col.kind", "actor.col.city", "actor.col.website")
			.map(key -> messages.getMessage(key, null, locale)).toList();
		var rows = organisations.stream()
			.map(o -> java.util.List.<Object>of(o.name().in(locale),
					messages.getMessage("actor.kind." + o.kind(), null, locale),
					o.placeId() == null || seats.get(o.placeId()) == null ? "" : seats.get(o.placeId()).nameIn(locale),
					o.website() == null ? "" : o.website()))
			.toList();
		return org.amity.shared.web.Downloads.of(new org.amity.shared.Table(
				messages.getMessage("actor.directory.caption", null, locale), columns, rows), format, "amity-actors");
	}

	@AccessRule(AccessRule.Audience.PUBLIC)
	@GetMapping(PortalPaths.LANG + "/actors/{slug}")
	String actor(@PathVariable String lang, @PathVariable String slug, Model model, Locale locale) {
		if (slug.length() > 120) {
			throw new NotFoundException("actor", slug.substring(0, 120));
		}
		var organisation = actors.get(slug);
		var lines = view.lines(organisation, locale);
		var related = lines.stream()
			.map(line -> new ActorGraph.Related(line.label(),
					line.path() == null ? null : "/" + lang + line.path(),
					messages.getMessage((line.outgoing() ? "actor.role." : "actor.role.of.") + line.role(), null,
							line.role(), locale)))
			.toList();
		model.addAttribute("organisation", organisation);
		model.addAttribute("mayCorrect", actors.mayCorrect(organisation));
		model.addAttribute("name", organisation.name().in(locale));
		model.addAttribute("seat", view.seat(organisation));
		model.addAttribute("people", actors.people(organisation.id()));
		model.addAttribute("lines", lines);
		model.addAttribute("graph", ActorGraph.of(organisation.name().in(locale), related));
		return "actor/actor";
	}
}
