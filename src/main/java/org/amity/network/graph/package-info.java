/**
 * Graph algorithms for the partnership network on primitive arrays: a compressed-sparse-row {@link Graph} and
 * {@link GraphAlgorithms} for node metrics (exact betweenness, PageRank, closeness, core numbers, clustering),
 * components and Louvain communities. Nothing here knows about places or partnerships; node indexes are the caller's.
 * The graph and its {@link Metrics} are part of the network module's answers, so other modules may read them.
 */
@org.springframework.modulith.NamedInterface("graph")
package org.amity.network.graph;
