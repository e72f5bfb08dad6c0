/**
 * Network analytics of city diplomacy: the graph of all partnerships (places as nodes), with every node's degree,
 * exact betweenness, PageRank, closeness and harmonic centrality, k-core and clustering, its components and Louvain
 * communities, for the whole world or filtered by country, region, type and year. It also answers officers' questions
 * about a pair of cities: shared partners, shortest paths and third cities for trilateral cooperation. It reads the
 * gazetteer and the registry through their APIs and recomputes when partnerships change.
 */
package org.amity.network;
