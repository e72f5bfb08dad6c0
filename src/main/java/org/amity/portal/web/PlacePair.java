package org.amity.portal.web;

import java.util.Comparator;
import java.util.List;

import org.amity.city.Gazetteer;
import org.amity.city.Place;
import org.amity.partnership.Partnership;

/** The two places of a partnership, in the order its slug names them (alphabetical by their slugs). */
record PlacePair(Place first, Place second) {

	static PlacePair of(Partnership partnership, Gazetteer gazetteer) {
		var places = gazetteer.findAll(List.of(partnership.placeA(), partnership.placeB()))
			.stream()
			.sorted(Comparator.comparing(Place::slug))
			.toList();
		if (places.size() != 2) {
			throw new IllegalStateException("Partnership " + partnership.slug() + " refers to a place that is gone");
		}
		return new PlacePair(places.get(0), places.get(1));
	}
}
