/**
 * Graph algorithms for the partnership network on primitive arrays: a compressed-sparse-row {@link Graph} and
 * {@link GraphAlgorithms} for node metrics (exact betweenness, PageRank, closeness, core numbers, clustering),
 * components and Louvain communities. Nothing here knows about places or partnerships; node indexes are the caller's.
 */
package org.amity.network.graph;
