package org.amity.portal.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.amity.city.Gazetteer;
import org.amity.city.Place;
import org.amity.network.NetworkAnalysis;
import org.amity.network.NetworkAnalytics;
import org.amity.network.NetworkFilter;
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

	/** How many of the largest Louvain communities get a colour of their own; the rest are drawn in grey. */
	static final int COLOURED_COMMUNITIES = 8;

	private final Partnerships partnerships;
	private final Gazetteer gazetteer;
	private final NetworkAnalytics network;
	private volatile Snapshot snapshot;
	private volatile boolean stale = true;

	WorldMap(Partnerships partnerships, Gazetteer gazetteer, NetworkAnalytics network) {
		this.partnerships = partnerships;
		this.gazetteer = gazetteer;
		this.network = network;
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
		// The registry's version also catches changes committed by other processes (another instance, the command
		// line), which publish no event here.
		long version = partnerships.version();
		var current = snapshot;
		if (current != null && !stale && current.version() == version) {
			return current;
		}
		synchronized (this) {
			if (snapshot == null || stale || snapshot.version() != version) {
				// Cleared before reading, so that a change arriving while the map is built marks it stale again.
				stale = false;
				snapshot = build(version);
			}
			return snapshot;
		}
	}

	private Snapshot build(long version) {
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
		var analysis = network.analysis(NetworkFilter.WORLD);
		var communityOf = new HashMap<Long, Integer>();
		for (int node = 0; node < analysis.network().nodeCount(); node++) {
			communityOf.put(analysis.network().place(node).id(), analysis.metrics().community()[node]);
		}
		var communities = Community.largest(analysis, COLOURED_COMMUNITIES);
		var colourOf = new HashMap<Integer, Integer>();
		for (int i = 0; i < communities.size(); i++) {
			colourOf.put(communities.get(i).id(), i);
		}
		var byColour = new StringBuilder[communities.size()];
		for (int i = 0; i < byColour.length; i++) {
			byColour[i] = new StringBuilder(links.size() * 4);
		}
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
				// A link inside one of the largest communities takes its colour; a link between communities stays grey
				var community = communityOf.get(a.id());
				var colour = community != null && community.equals(communityOf.get(b.id())) ? colourOf.get(community)
						: null;
				WorldMapSvg.line(colour == null ? geometry : byColour[colour], a, b);
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
		var coloured = new ArrayList<String>();
		for (var path : byColour) {
			coloured.add(path.toString());
		}
		return new Snapshot(version, Map.copyOf(places), Map.copyOf(counts), List.copyOf(countries),
				Map.copyOf(placesByCountry), links.size(), drawn, geometry.toString(), dots.toString(),
				List.copyOf(communities), List.copyOf(coloured), analysis.metrics().modularity(),
				analysis.metrics().communityCount(), analysis.computedAt());
	}

	/**
	 * One state of the map: the places with partnerships, how many each has, the countries by number of partnerships,
	 * and the drawing's geometry as SVG path data.
	 */
	record Snapshot(long version, Map<Long, Place> places, Map<Long, Integer> counts, List<CountryCount> countries,
			Map<String, List<Place>> placesByCountry, int partnerships, int drawn, String links, String dots,
			List<Community> communities, List<String> communityLinks, double modularity, int communityCount,
			Instant computedAt) {

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

	/**
	 * One of the largest Louvain communities of the world network: its size and its best-connected places, which
	 * name it in the legend (colour alone would tell a reader nothing).
	 */
	record Community(int id, int places, List<Place> leading) {

		static List<Community> largest(NetworkAnalysis analysis, int count) {
			var members = new HashMap<Integer, List<Integer>>();
			var community = analysis.metrics().community();
			for (int node = 0; node < community.length; node++) {
				members.computeIfAbsent(community[node], c -> new ArrayList<>()).add(node);
			}
			var degree = analysis.metrics().degree();
			return members.entrySet().stream()
				.sorted(Comparator.comparingInt((Map.Entry<Integer, List<Integer>> e) -> e.getValue().size()).reversed()
					.thenComparing(Map.Entry::getKey))
				.limit(count)
				.map(e -> new Community(e.getKey(), e.getValue().size(), e.getValue().stream()
					.sorted(Comparator.comparingInt((Integer node) -> degree[node]).reversed())
					.limit(3)
					.map(node -> analysis.network().place(node))
					.toList()))
				.toList();
		}
	}

	/** A country with the partnerships its places are party to, and how many of its places have one. */
	record CountryCount(String code, int partnerships, int places) {
	}
}
