package org.amity.actor.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.amity.actor.Actors;
import org.amity.actor.Organisation;
import org.amity.actor.Relation;
import org.amity.actor.Target;
import org.amity.city.Gazetteer;
import org.amity.city.Place;
import org.amity.partnership.Partnerships;
import org.springframework.stereotype.Component;

/** Puts names and links on an organisation's relations for its page and its JSON. */
@Component
class ActorView {

	private final Actors actors;
	private final Gazetteer gazetteer;
	private final Partnerships partnerships;

	ActorView(Actors actors, Gazetteer gazetteer, Partnerships partnerships) {
		this.actors = actors;
		this.gazetteer = gazetteer;
		this.partnerships = partnerships;
	}

	/** One line of an actor's relations: who, what role, towards what, when, and where the other end lives. */
	record Line(boolean outgoing, String role, String targetKind, String label, String path, String from,
			String until, boolean demo) {
	}

	List<Line> lines(Organisation organisation, Locale locale) {
		var relations = actors.relations(organisation.id());
		var lines = new ArrayList<Line>();
		var others = new HashMap<Long, Organisation>();
		var ids = new ArrayList<Long>();
		relations.outgoing().stream().filter(r -> r.target().kind() == Target.Kind.ORGANISATION)
			.forEach(r -> ids.add(r.target().id()));
		relations.incoming().forEach(r -> ids.add(r.organisationId()));
		actors.findAll(ids).forEach(o -> others.put(o.id(), o));
		for (var r : relations.outgoing()) {
			lines.add(new Line(true, r.role().name(), r.target().kind().name(), label(r, others, locale),
					path(r.target(), others), text(r.from()), text(r.until()), r.demo()));
		}
		for (var r : relations.incoming()) {
			var from = others.get(r.organisationId());
			lines.add(new Line(false, r.role().name(), Target.Kind.ORGANISATION.name(),
					from == null ? "" : from.name().in(locale), from == null ? null : "/actors/" + from.slug(),
					text(r.from()), text(r.until()), r.demo()));
		}
		return lines;
	}

	Place seat(Organisation organisation) {
		return organisation.placeId() == null ? null : gazetteer.find(organisation.placeId()).orElse(null);
	}

	Map<Long, Place> seats(List<Organisation> organisations) {
		var ids = organisations.stream().map(Organisation::placeId).filter(id -> id != null).distinct().toList();
		var seats = new HashMap<Long, Place>();
		gazetteer.findAll(ids).forEach(place -> seats.put(place.id(), place));
		return seats;
	}

	private String label(Relation r, Map<Long, Organisation> others, Locale locale) {
		if (r.target().kind() == Target.Kind.ORGANISATION && others.containsKey(r.target().id())) {
			return others.get(r.target().id()).name().in(locale);
		}
		return r.target().label().in(locale);
	}

	/** The page of the other end, without the language prefix; null when it has none. */
	private String path(Target target, Map<Long, Organisation> others) {
		return switch (target.kind()) {
			case PARTNERSHIP -> partnerships.find(target.id()).map(p -> "/partnerships/" + p.slug()).orElse(null);
			case ORGANISATION -> others.containsKey(target.id()) ? "/actors/" + others.get(target.id()).slug() : null;
			case PROGRAM -> "/programs/" + target.id();
			case EVENT -> null;
		};
	}

	private static String text(Object date) {
		return date == null ? null : date.toString();
	}
}
