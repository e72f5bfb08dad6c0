package org.amity.exchange.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.amity.actor.Actors;
import org.amity.actor.Organisation;
import org.amity.city.Gazetteer;
import org.amity.city.Place;
import org.amity.exchange.Call;
import org.amity.exchange.Direction;
import org.springframework.stereotype.Component;

/** Names for what the exchange keeps by id: places of a direction ("Seoul → Tokyo") and organisations. */
@Component
class Labels {

	private final Gazetteer gazetteer;
	private final Actors actors;

	Labels(Gazetteer gazetteer, Actors actors) {
		this.gazetteer = gazetteer;
		this.actors = actors;
	}

	/** A direction with its key for forms and its label for people. */
	record DirectionLabel(String key, String label, long from, long to) {
	}

	List<DirectionLabel> directions(Call call, Locale locale) {
		var ids = new HashSet<Long>();
		call.settings().quotas().forEach(q -> {
			ids.add(q.direction().from());
			ids.add(q.direction().to());
		});
		var places = places(ids);
		var labels = new ArrayList<DirectionLabel>();
		for (var quota : call.settings().quotas()) {
			labels.add(label(quota.direction(), places, locale));
		}
		return labels;
	}

	DirectionLabel direction(Direction direction, Locale locale) {
		return label(direction, places(List.of(direction.from(), direction.to())), locale);
	}

	Map<Long, Place> places(java.util.Collection<Long> ids) {
		return gazetteer.findAll(ids).stream().collect(Collectors.toMap(Place::id, Function.identity()));
	}

	List<Organisation> organisations(List<Long> ids) {
		return actors.findAll(ids);
	}

	private static DirectionLabel label(Direction d, Map<Long, Place> places, Locale locale) {
		return new DirectionLabel(d.key(), name(places.get(d.from()), locale) + " → " + name(places.get(d.to()), locale),
				d.from(), d.to());
	}

	private static String name(Place place, Locale locale) {
		return place == null ? "?" : place.nameIn(locale);
	}
}
