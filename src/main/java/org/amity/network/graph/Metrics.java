package org.amity.network.graph;

/**
 * Every node metric of one graph, indexed by node. Betweenness is unnormalised and counts each unordered pair once;
 * closeness is Wasserman and Faust's (scaled by the share of the graph a node reaches); components and communities are
 * numbered from 0 in order of their first node.
 */
public record Metrics(int[] degree, double[] betweenness, double[] pageRank, double[] closeness, double[] harmonic,
		int[] coreNumber, double[] clustering, int[] component, int componentCount, int[] community,
		int communityCount, double modularity) {
}
