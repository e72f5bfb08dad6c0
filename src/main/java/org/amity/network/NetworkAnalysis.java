package org.amity.network;

import java.time.Duration;
import java.time.Instant;

import org.amity.network.graph.Metrics;

/** The metrics of one filtered network, with when they were computed and how long that took. */
public record NetworkAnalysis(NetworkFilter filter, PartnershipGraph network, Metrics metrics, Instant computedAt,
		Duration took) {

	/** The metrics of one place, or null when it is not in this network. */
	public NodeMetrics of(long placeId) {
		return network.nodeOf(placeId).map(this::node).orElse(null);
	}

	public NodeMetrics node(int node) {
		return new NodeMetrics(network.place(node), metrics.degree()[node], metrics.betweenness()[node],
				metrics.pageRank()[node], metrics.closeness()[node], metrics.harmonic()[node],
				metrics.coreNumber()[node], metrics.clustering()[node], metrics.component()[node],
				metrics.community()[node]);
	}

	/** One place's figures in the network. */
	public record NodeMetrics(org.amity.city.Place place, int degree, double betweenness, double pageRank,
			double closeness, double harmonic, int coreNumber, double clustering, int component, int community) {
	}
}
