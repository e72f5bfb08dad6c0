package org.amity.actor.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.amity.actor.Actors;
import org.amity.actor.Organisation;
import org.amity.actor.Relation;
import org.amity.actor.Target;
import org.amity.city.Place;
import org.amity.identity.AccessRule;
import org.amity.shared.PartialDate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The actor directory in the shape of the Popolo data specification (popoloproject.com), which tools for open
 * government data read: organizations, persons and memberships with roles and start and end dates. A relation to a
 * partnership, program or event, which Popolo has no class for, is a membership naming its target under
 * {@code amity_target}. E-mail addresses are never published; a person is named with their position only.
 */
@RestController
@Tag(name = "Actors")
class PopoloApi {

	private final Actors actors;
	private final ActorView view;

	PopoloApi(Actors actors, ActorView view) {
		this.actors = actors;
		this.view = view;
	}

	record Popolo(List<Map<String, Object>> organizations, List<Map<String, Object>> persons,
			List<Map<String, Object>> memberships) {
	}

	@AccessRule(AccessRule.Audience.PUBLIC)
	@GetMapping("/api/v1/popolo")
	@Operation(summary = "Every organisation, person and membership as Popolo JSON")
	Popolo all() {
		return popolo(actors.directory(null, null));
	}

	@AccessRule(AccessRule.Audience.PUBLIC)
	@GetMapping("/api/v1/actors/{slug}.popolo.json")
	@Operation(summary = "One organisation with its people and memberships as Popolo JSON")
	Popolo one(@PathVariable String slug) {
		return popolo(List.of(actors.get(slug)));
	}

	private Popolo popolo(List<Organisation> chosen) {
		var seats = view.seats(chosen);
		var organizations = new ArrayList<Map<String, Object>>();
		var persons = new ArrayList<Map<String, Object>>();
		var memberships = new ArrayList<Map<String, Object>>();
		var named = new java.util.HashSet<Long>();
		chosen.forEach(o -> named.add(o.id()));
		var others = new java.util.HashMap<Long, Organisation>();
		for (var organisation : chosen) {
			organizations.add(organization(organisation, seats.get(organisation.placeId())));
			for (var person : actors.people(organisation.id())) {
				var json = new LinkedHashMap<String, Object>();
				json.put("id", "person/" + person.id());
				json.put("name", person.name());
				if (person.demo()) {
					json.put("amity_demo", true);
				}
				persons.add(json);
				var membership = new LinkedHashMap<String, Object>();
				membership.put("id", "membership/person-" + person.id());
				membership.put("person_id", "person/" + person.id());
				membership.put("organization_id", organisation.slug());
				membership.put("role", person.position() == null ? (person.contact() ? "contact" : "member")
						: person.position());
				memberships.add(membership);
			}
			for (var relation : actors.relations(organisation.id()).outgoing()) {
				memberships.add(membership(organisation, relation, others));
			}
		}
		return new Popolo(organizations, persons, memberships);
	}

	private Map<String, Object> organization(Organisation o, Place seat) {
		var json = new LinkedHashMap<String, Object>();
		json.put("id", o.slug());
		json.put("name", o.name().in(java.util.Locale.ENGLISH));
		json.put("other_names", o.name().texts().entrySet().stream()
			.map(e -> Map.of("name", e.getValue(), "lang", e.getKey())).toList());
		json.put("classification", o.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
		json.put("identifiers", List.of(Map.of("scheme", "amity", "identifier", String.valueOf(o.id()))));
		if (seat != null) {
			json.put("area_id", "place/" + seat.slug());
		}
		if (o.website() != null) {
			json.put("links", List.of(Map.of("url", o.website(), "note", "website")));
		}
		if (o.demo()) {
			json.put("amity_demo", true);
		}
		return json;
	}

	private Map<String, Object> membership(Organisation member, Relation relation, Map<Long, Organisation> others) {
		var json = new LinkedHashMap<String, Object>();
		json.put("id", "membership/relation-" + relation.id());
		json.put("member", Map.of("@type", "Organization", "id", member.slug()));
		json.put("role", relation.role().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
		var target = relation.target();
		if (target.kind() == Target.Kind.ORGANISATION) {
			var other = others.computeIfAbsent(target.id(), id -> actors.find(id).orElse(null));
			json.put("organization_id", other == null ? "organisation/" + target.id() : other.slug());
		}
		else {
			json.put("amity_target", Map.of("type", target.kind().name().toLowerCase(java.util.Locale.ROOT), "id",
					target.id(), "name", target.label().in(java.util.Locale.ENGLISH)));
		}
		if (relation.from() != null) {
			json.put("start_date", date(relation.from()));
		}
		if (relation.until() != null) {
			json.put("end_date", date(relation.until()));
		}
		return json;
	}

	/** Popolo's dates are ISO 8601 with as much as is known: 1988, 1988-09 or 1988-09-03. */
	private static String date(PartialDate date) {
		var text = new StringBuilder(String.format("%04d", date.year()));
		if (date.month() != null) {
			text.append(String.format("-%02d", date.month()));
			if (date.day() != null) {
				text.append(String.format("-%02d", date.day()));
			}
		}
		return text.toString();
	}
}
