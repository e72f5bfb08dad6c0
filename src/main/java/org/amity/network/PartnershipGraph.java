package org.amity.network;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.amity.city.Place;
import org.amity.network.graph.Graph;
import org.amity.partnership.PartnershipSummary;

/**
 * The partnership network as a graph: places are nodes numbered 0..n-1, partnerships are undirected edges. Keeps the
 * way back from node numbers to places and from edges to partnerships.
 */
public final class PartnershipGraph {

	private final Graph graph;
	private final List<Place> places;
	private final Map<Long, Integer> nodeOf;
	private final List<PartnershipSummary> links;
	private final int wardLinks;
	private final int undatedLeftOut;

	private PartnershipGraph(Graph graph, List<Place> places, Map<Long, Integer> nodeOf,
			List<PartnershipSummary> links, int wardLinks, int undatedLeftOut) {
		this.graph = graph;
		this.places = places;
		this.nodeOf = nodeOf;
		this.links = links;
		this.wardLinks = wardLinks;
		this.undatedLeftOut = undatedLeftOut;
	}

	static PartnershipGraph build(List<PartnershipSummary> all, Map<Long, Place> placesById, NetworkFilter filter) {
		var kept = new ArrayList<PartnershipSummary>();
		int undated = 0;
		for (var link : all) {
			var a = placesById.get(link.placeA());
			var b = placesById.get(link.placeB());
			if (a == null || b == null || !keeps(filter, link, a, b)) {
				continue;
			}
			if (filter.year() != null) {
				if (link.since() == null) {
					undated++;
					continue;
				}
				if (link.since().year() > filter.year()) {
					continue;
				}
			}
			kept.add(link);
		}
		var nodeOf = new HashMap<Long, Integer>();
		var places = new ArrayList<Place>();
		var sources = new int[kept.size()];
		var targets = new int[kept.size()];
		for (int i = 0; i < kept.size(); i++) {
			sources[i] = node(kept.get(i).placeA(), placesById, nodeOf, places);
			targets[i] = node(kept.get(i).placeB(), placesById, nodeOf, places);
		}
		int wardEdges = 0;
		if (filter.wardLinks()) {
			var extraSources = new ArrayList<Integer>();
			var extraTargets = new ArrayList<Integer>();
			for (var place : List.copyOf(places)) {
				if (place.parentId() != null && placesById.containsKey(place.parentId())) {
					extraSources.add(nodeOf.get(place.id()));
					extraTargets.add(node(place.parentId(), placesById, nodeOf, places));
				}
			}
			wardEdges = extraSources.size();
			sources = concat(sources, extraSources);
			targets = concat(targets, extraTargets);
		}
		return new PartnershipGraph(Graph.of(places.size(), sources, targets), List.copyOf(places), Map.copyOf(nodeOf),
				List.copyOf(kept), wardEdges, undated);
	}

	private static boolean keeps(NetworkFilter filter, PartnershipSummary link, Place a, Place b) {
		if (filter.type() != null && link.type() != filter.type()) {
			return false;
		}
		if (filter.country() != null && !filter.country().equals(a.country())
				&& !filter.country().equals(b.country())) {
			return false;
		}
		if (filter.region() != null && Region.of(a.country()).orElse(null) != filter.region()
				&& Region.of(b.country()).orElse(null) != filter.region()) {
			return false;
		}
		return true;
	}

	private static int node(long placeId, Map<Long, Place> placesById, Map<Long, Integer> nodeOf, List<Place> places) {
		var node = nodeOf.get(placeId);
		if (node == null) {
			node = places.size();
			nodeOf.put(placeId, node);
			places.add(placesById.get(placeId));
		}
		return node;
	}

	private static int[] concat(int[] first, List<Integer> more) {
		var all = Arrays.copyOf(first, first.length + more.size());
		for (int i = 0; i < more.size(); i++) {
			all[first.length + i] = more.get(i);
		}
		return all;
	}

	public Graph graph() {
		return graph;
	}

	public int nodeCount() {
		return graph.nodeCount();
	}

	public Place place(int node) {
		return places.get(node);
	}

	public Optional<Integer> nodeOf(long placeId) {
		return Optional.ofNullable(nodeOf.get(placeId));
	}

	/** The partnerships kept, in the order of the registry; ward–city edges are not among them. */
	public List<PartnershipSummary> links() {
		return links;
	}

	public int wardLinks() {
		return wardLinks;
	}

	/** Links left out of a year's network because their date is unknown. */
	public int undatedLeftOut() {
		return undatedLeftOut;
	}
}
