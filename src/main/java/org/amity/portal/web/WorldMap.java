package org.amity.portal.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.amity.city.Gazetteer;
import org.amity.city.Place;
import org.amity.partnership.Partnerships;
import org.amity.partnership.PartnershipsChanged;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The world map of all partnerships and the figures around it, kept in memory: reading some 26,000 partnerships and
 * their places on every request would make the map the slowest page of the site. It is rebuilt on the first request
 * after partnerships change.
 */
@Component
class WorldMap {

	private final Partnerships partnerships;
	private final Gazetteer gazetteer;
	private final AtomicLong versions = new AtomicLong();
	private volatile Snapshot snapshot;
	private volatile boolean stale = true;

	WorldMap(Partnerships partnerships, Gazetteer gazetteer) {
		this.partnerships = partnerships;
		this.gazetteer = gazetteer;
	}

	/**
	 * Marks the map stale once the change is committed; rebuilding before the commit could read the old data and then
	 * keep it. Changes made outside a transaction arrive at once.
	 */
	@TransactionalEventListener(fallbackExecution = true)
	void on(PartnershipsChanged changed) {
		stale = true;
	}

	Snapshot current() {
		var current = snapshot;
		if (current != null && !stale) {
			return current;
		}
		synchronized (this) {
			if (snapshot == null || stale) {
				// Cleared before reading, so that a change arriving while the map is built marks it stale again.
				stale = false;
				snapshot = build();
			}
			return snapshot;
		}
	}

	private Snapshot build() {
		var links = partnerships.all();
		var ids = new HashSet<Long>();
		links.forEach(link -> {
			ids.add(link.placeA());
			ids.add(link.placeB());
		});
		var places = new HashMap<Long, Place>();
		gazetteer.findAll(ids).forEach(place -> places.put(place.id(), place));
		var counts = new HashMap<Long, Integer>();
		var byCountry = new HashMap<String, int[]>();
		int drawn = 0;
		var geometry = new StringBuilder(links.size() * 20);
		for (var link : links) {
			counts.merge(link.placeA(), 1, Integer::sum);
			counts.merge(link.placeB(), 1, Integer::sum);
			var a = places.get(link.placeA());
			var b = places.get(link.placeB());
			if (a == null || b == null) {
				continue;
			}
			byCountry.computeIfAbsent(a.country(), c -> new int[2])[0]++;
			if (!b.country().equals(a.country())) {
				byCountry.computeIfAbsent(b.country(), c -> new int[2])[0]++;
			}
			if (a.hasCoordinates() && b.hasCoordinates()) {
				WorldMapSvg.line(geometry, a, b);
				drawn++;
			}
		}
		var dots = new StringBuilder(places.size() * 12);
		for (var place : places.values()) {
			byCountry.computeIfAbsent(place.country(), c -> new int[2])[1]++;
			if (place.hasCoordinates()) {
				WorldMapSvg.dot(dots, place);
			}
		}
		var byPartnerships = Comparator.comparingInt((Place place) -> counts.getOrDefault(place.id(), 0)).reversed()
			.thenComparing(Place::name);
		var placesByCountry = new HashMap<String, List<Place>>();
		places.values()
			.forEach(place -> placesByCountry.computeIfAbsent(place.country(), c -> new ArrayList<>()).add(place));
		placesByCountry.replaceAll((code, list) -> list.stream().sorted(byPartnerships).toList());
		var countries = new ArrayList<CountryCount>();
		byCountry.forEach((code, figures) -> countries.add(new CountryCount(code, figures[0], figures[1])));
		countries.sort(Comparator.comparingInt(CountryCount::partnerships).reversed().thenComparing(CountryCount::code));
		return new Snapshot(versions.incrementAndGet(), Map.copyOf(places), Map.copyOf(counts), List.copyOf(countries),
				Map.copyOf(placesByCountry), links.size(), drawn, geometry.toString(), dots.toString());
	}

	/**
	 * One state of the map: the places with partnerships, how many each has, the countries by number of partnerships,
	 * and the drawing's geometry as SVG path data.
	 */
	record Snapshot(long version, Map<Long, Place> places, Map<Long, Integer> counts, List<CountryCount> countries,
			Map<String, List<Place>> placesByCountry, int partnerships, int drawn, String links, String dots) {

		/** Public, as templates read it. */
		public int partnershipsOf(long placeId) {
			return counts.getOrDefault(placeId, 0);
		}

		Optional<CountryCount> country(String code) {
			return countries.stream().filter(country -> country.code().equals(code)).findFirst();
		}

		/** The places of a country that have partnerships, most partnerships first. */
		List<Place> placesIn(String code) {
			return placesByCountry.getOrDefault(code, List.of());
		}

		// A snapshot is one version of the map: comparing or printing all its places and geometry would be costly
		// and say nothing more than its version does.
		@Override
		public boolean equals(Object other) {
			return other instanceof Snapshot snapshot && snapshot.version == version;
		}

		@Override
		public int hashCode() {
			return Long.hashCode(version);
		}

		@Override
		public String toString() {
			return "WorldMap.Snapshot[version=" + version + ", partnerships=" + partnerships + "]";
		}
	}

	/** A country with the partnerships its places are party to, and how many of its places have one. */
	record CountryCount(String code, int partnerships, int places) {
	}
}
