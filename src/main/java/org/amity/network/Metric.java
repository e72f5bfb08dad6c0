package org.amity.network;

import java.util.Comparator;

/** The node metrics a ranking can be sorted by, each with how it orders places (lowest first). */
public enum Metric {

	DEGREE(Comparator.comparingInt(NetworkAnalysis.NodeMetrics::degree)),
	BETWEENNESS(Comparator.comparingDouble(NetworkAnalysis.NodeMetrics::betweenness)),
	PAGERANK(Comparator.comparingDouble(NetworkAnalysis.NodeMetrics::pageRank)),
	CLOSENESS(Comparator.comparingDouble(NetworkAnalysis.NodeMetrics::closeness)),
	HARMONIC(Comparator.comparingDouble(NetworkAnalysis.NodeMetrics::harmonic)),
	CORE(Comparator.comparingInt(NetworkAnalysis.NodeMetrics::coreNumber)),
	CLUSTERING(Comparator.comparingDouble(NetworkAnalysis.NodeMetrics::clustering));

	private final Comparator<NetworkAnalysis.NodeMetrics> order;

	Metric(Comparator<NetworkAnalysis.NodeMetrics> order) {
		this.order = order;
	}

	/** Places by this metric, highest first, then by name so that ties keep one order. */
	public Comparator<NetworkAnalysis.NodeMetrics> ranking() {
		return order.reversed().thenComparing(m -> m.place().name());
	}
}
