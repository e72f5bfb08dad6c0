package org.amity.network.graph;

import static org.amity.network.graph.SmallGraphs.edges;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class GraphAlgorithmsTest {

	private static final Offset<Double> EXACT = within(1e-9);

	// Zachary's karate club as NetworkX 3.6 computes it (betweenness_centrality(normalized=False), pagerank,
	// clustering, harmonic_centrality, closeness_centrality, core_number), rounded to 12 places.
	private static final double[] KARATE_BETWEENNESS = { 231.071428571429, 28.478571428571, 75.850793650794,
			6.288095238095, 0.333333333333, 15.833333333333, 15.833333333333, 0.0, 29.529365079365, 0.447619047619,
			0.333333333333, 0.0, 0.0, 24.215873015873, 0.0, 0.0, 0.0, 0.0, 0.0, 17.146825396825, 0.0, 0.0, 0.0, 9.3,
			1.166666666667, 2.027777777778, 0.0, 11.792063492063, 0.947619047619, 1.542857142857, 7.609523809524,
			73.009523809524, 76.690476190476, 160.551587301587 };
	private static final double[] KARATE_PAGERANK = { 0.09700181759, 0.052878391037, 0.057078423048, 0.035860643223,
			0.021979406975, 0.029113341663, 0.029113341663, 0.02449075804, 0.029765339186, 0.014308950284,
			0.021979406975, 0.009564916864, 0.014645186488, 0.029536314977, 0.014535161524, 0.014535161524,
			0.01678537811, 0.014558859774, 0.014535161524, 0.019604416712, 0.014535161524, 0.014558859774,
			0.014535161524, 0.031520915312, 0.021075455001, 0.021005628175, 0.015043395361, 0.025638803528,
			0.019572960509, 0.026287262837, 0.024589336534, 0.037156635923, 0.071692130066, 0.100917916749 };
	private static final double[] KARATE_CLUSTERING = { 0.15, 0.333333333333, 0.244444444444, 0.666666666667,
			0.666666666667, 0.5, 0.5, 1.0, 0.5, 0, 0.666666666667, 0, 1.0, 0.6, 1.0, 1.0, 1.0, 1.0, 1.0,
			0.333333333333, 1.0, 1.0, 1.0, 0.4, 0.333333333333, 0.333333333333, 1.0, 0.166666666667, 0.333333333333,
			0.666666666667, 0.5, 0.2, 0.19696969697, 0.110294117647 };
	private static final double[] KARATE_HARMONIC = { 23.166666666667, 19.166666666667, 21.0, 17.666666666667,
			14.666666666667, 15.166666666667, 15.166666666667, 16.416666666667, 18.5, 15.583333333333, 14.666666666667,
			13.5, 14.0, 18.5, 14.2, 14.2, 11.1, 14.166666666667, 14.2, 17.5, 14.2, 14.166666666667, 14.2,
			16.033333333333, 13.916666666667, 13.916666666667, 13.95, 16.916666666667, 16.416666666667,
			15.366666666667, 16.916666666667, 19.333333333333, 20.916666666667, 23.25 };
	private static final double[] KARATE_CLOSENESS = { 0.568965517241, 0.485294117647, 0.559322033898, 0.464788732394,
			0.379310344828, 0.383720930233, 0.383720930233, 0.44, 0.515625, 0.434210526316, 0.379310344828,
			0.366666666667, 0.370786516854, 0.515625, 0.370786516854, 0.370786516854, 0.284482758621, 0.375,
			0.370786516854, 0.5, 0.370786516854, 0.375, 0.370786516854, 0.392857142857, 0.375, 0.375, 0.362637362637,
			0.458333333333, 0.452054794521, 0.383720930233, 0.458333333333, 0.540983606557, 0.515625, 0.55 };
	private static final int[] KARATE_CORES = { 4, 4, 4, 4, 3, 3, 3, 4, 4, 2, 3, 1, 2, 4, 2, 2, 2, 2, 2, 3, 2, 2, 2,
			3, 3, 3, 2, 3, 3, 3, 4, 3, 4, 4 };

	@Test
	void on_a_path_the_middle_lies_between_the_most_pairs() {
		var path = SmallGraphs.path(5);

		assertThat(GraphAlgorithms.betweenness(path, 1)).containsExactly(new double[] { 0, 3, 4, 3, 0 }, EXACT);
		assertThat(GraphAlgorithms.harmonic(path, 1)[0]).isCloseTo(1 + 1 / 2.0 + 1 / 3.0 + 1 / 4.0, EXACT);
		assertThat(GraphAlgorithms.harmonic(path, 1)[2]).isCloseTo(3, EXACT);
		assertThat(GraphAlgorithms.closeness(path, 1)).containsExactly(new double[] { 0.4, 4 / 7.0, 4 / 6.0, 4 / 7.0,
				0.4 }, EXACT);
	}

	@Test
	void the_centre_of_a_star_lies_between_every_pair_of_leaves() {
		var star = SmallGraphs.star(6);

		assertThat(GraphAlgorithms.betweenness(star, 2)).containsExactly(new double[] { 10, 0, 0, 0, 0, 0 }, EXACT);
		assertThat(GraphAlgorithms.harmonic(star, 2)).containsExactly(new double[] { 5, 3, 3, 3, 3, 3 }, EXACT);
		assertThat(GraphAlgorithms.clustering(star)).containsOnly(0.0);
		assertThat(GraphAlgorithms.coreNumbers(star)).containsOnly(1);
	}

	@Test
	void on_an_even_cycle_opposite_nodes_split_their_pair_between_two_paths() {
		var cycle = SmallGraphs.cycle(6);

		assertThat(GraphAlgorithms.betweenness(cycle, 2)).containsOnly(2.0);
		assertThat(GraphAlgorithms.harmonic(cycle, 1)).containsOnly(1 + 1 + 0.5 + 0.5 + 1 / 3.0);
		assertThat(GraphAlgorithms.coreNumbers(cycle)).containsOnly(2);
		assertThat(GraphAlgorithms.clustering(cycle)).containsOnly(0.0);
	}

	@Test
	void the_ends_of_a_bridge_carry_every_pair_across_it() {
		var graph = SmallGraphs.twoTrianglesAndABridge();

		assertThat(GraphAlgorithms.betweenness(graph, 2)).containsExactly(new double[] { 0, 0, 6, 6, 0, 0 }, EXACT);
		assertThat(GraphAlgorithms.clustering(graph)).containsExactly(new double[] { 1, 1, 1 / 3.0, 1 / 3.0, 1, 1 },
				EXACT);
		assertThat(GraphAlgorithms.coreNumbers(graph)).containsExactly(2, 2, 2, 2, 2, 2);
		assertThat(GraphAlgorithms.modularity(graph, new int[] { 0, 0, 0, 1, 1, 1 })).isCloseTo(6 / 7.0 - 0.5, EXACT);
	}

	@Test
	void the_karate_club_gets_the_metrics_networkx_gives_it() {
		var karate = SmallGraphs.karateClub();
		var tolerance = within(1e-9);

		assertThat(GraphAlgorithms.betweenness(karate, 2)).containsExactly(KARATE_BETWEENNESS, tolerance);
		assertThat(GraphAlgorithms.betweennessWithoutFolding(karate, 2)).containsExactly(KARATE_BETWEENNESS,
				tolerance);
		assertThat(GraphAlgorithms.pageRank(karate, 0.85)).containsExactly(KARATE_PAGERANK, tolerance);
		assertThat(GraphAlgorithms.clustering(karate)).containsExactly(KARATE_CLUSTERING, tolerance);
		assertThat(GraphAlgorithms.harmonic(karate, 2)).containsExactly(KARATE_HARMONIC, tolerance);
		assertThat(GraphAlgorithms.closeness(karate, 2)).containsExactly(KARATE_CLOSENESS, tolerance);
		assertThat(GraphAlgorithms.coreNumbers(karate)).containsExactly(KARATE_CORES);
	}

	@Test
	void all_metrics_at_once_agree_with_each_metric_on_its_own() {
		var graph = SmallGraphs.sparseWithTrees(7, 12);

		var metrics = GraphAlgorithms.all(graph, 2);

		assertThat(metrics.betweenness()).containsExactly(GraphAlgorithms.betweenness(graph, 1), EXACT);
		assertThat(metrics.harmonic()).containsExactly(GraphAlgorithms.harmonic(graph, 1), EXACT);
		assertThat(metrics.closeness()).containsExactly(GraphAlgorithms.closeness(graph, 1), EXACT);
		assertThat(metrics.pageRank()).containsExactly(GraphAlgorithms.pageRank(graph, 0.85), EXACT);
		assertThat(metrics.coreNumber()).containsExactly(GraphAlgorithms.coreNumbers(graph));
		assertThat(metrics.clustering()).containsExactly(GraphAlgorithms.clustering(graph), EXACT);
		assertThat(metrics.component()).containsExactly(GraphAlgorithms.components(graph));
		assertThat(metrics.componentCount()).isEqualTo(Arrays.stream(metrics.component()).max().orElse(-1) + 1);
		var communities = GraphAlgorithms.louvain(graph, GraphAlgorithms.LOUVAIN_SEED);
		assertThat(metrics.community()).containsExactly(communities.community());
		assertThat(metrics.communityCount()).isEqualTo(communities.count());
		assertThat(metrics.modularity()).isEqualTo(communities.modularity());
		for (int v = 0; v < graph.nodeCount(); v++) {
			assertThat(metrics.degree()[v]).isEqualTo(graph.degree(v));
		}
	}

	@Test
	void folding_away_the_trees_leaves_betweenness_exactly_as_plain_brandes_has_it() {
		for (long seed = 1; seed <= 40; seed++) {
			var graph = SmallGraphs.sparseWithTrees(seed, 1 + (int) (seed % 9));
			var folded = GraphAlgorithms.betweenness(graph, 1 + (int) (seed % 3));
			var plain = GraphAlgorithms.betweennessWithoutFolding(graph, 1);
			assertThat(Folding.of(graph).coreSize()).isLessThan(graph.nodeCount());
			assertSameRelatively("seed " + seed, folded, plain);
		}
	}

	@Test
	void folding_a_graph_that_is_all_trees_leaves_betweenness_exact() {
		for (long seed = 1; seed <= 20; seed++) {
			var random = new java.util.Random(seed);
			int n = 2 + random.nextInt(200);
			var sources = new int[n - 1];
			var targets = new int[n - 1];
			for (int v = 1; v < n; v++) {
				sources[v - 1] = v;
				// Some edges left out, so the forest has several trees.
				targets[v - 1] = random.nextInt(10) == 0 ? v : random.nextInt(v);
			}
			var forest = Graph.of(n, sources, targets);
			assertSameRelatively("forest " + seed, GraphAlgorithms.betweenness(forest, 2),
					GraphAlgorithms.betweennessWithoutFolding(forest, 2));
		}
	}

	@Test
	void harmonic_and_closeness_over_the_folded_graph_match_a_search_from_every_node() {
		for (long seed = 1; seed <= 25; seed++) {
			var graph = SmallGraphs.sparseWithTrees(seed, 1 + (int) (seed % 7));
			int n = graph.nodeCount();
			var harmonic = new double[n];
			var closeness = new double[n];
			for (int s = 0; s < n; s++) {
				var distance = distancesFrom(graph, s);
				int reached = 0;
				double sum = 0;
				for (int t = 0; t < n; t++) {
					if (t != s && distance[t] > 0) {
						harmonic[s] += 1.0 / distance[t];
						sum += distance[t];
						reached++;
					}
				}
				closeness[s] = sum == 0 ? 0 : reached / sum * reached / (n - 1);
			}
			assertThat(GraphAlgorithms.harmonic(graph, 2)).as("seed %d", seed).containsExactly(harmonic, EXACT);
			assertThat(GraphAlgorithms.closeness(graph, 2)).as("seed %d", seed).containsExactly(closeness, EXACT);
		}
	}

	@Test
	void pagerank_spreads_the_rank_of_nodes_without_links_over_every_node() {
		var graph = edges(4, 0, 1, 1, 2);

		// NetworkX 3.6: pagerank of the path 0-1-2 beside the lone node 3.
		assertThat(GraphAlgorithms.pageRank(graph, 0.85)).containsExactly(
				new double[] { 0.2445297968262977, 0.463321358728357, 0.2445297968262977, 0.04761904761904763 },
				within(1e-12));
	}

	@Test
	void a_tighter_tolerance_brings_pagerank_to_the_exact_solution() {
		var karate = SmallGraphs.karateClub();
		int n = karate.nodeCount();

		var rank = GraphAlgorithms.pageRank(karate, 0.85, 1e-14);

		// The fixed point: each rank is the teleport share plus the damped shares of its neighbours.
		for (int v = 0; v < n; v++) {
			double fromNeighbours = 0;
			for (int u : karate.neighbours(v)) {
				fromNeighbours += rank[u] / karate.degree(u);
			}
			assertThat(rank[v]).isCloseTo(0.15 / n + 0.85 * fromNeighbours, within(1e-13));
		}
		assertThat(Arrays.stream(rank).sum()).isCloseTo(1, within(1e-12));
	}

	@Test
	void closeness_is_scaled_by_the_share_of_the_graph_a_node_reaches() {
		var graph = edges(4, 0, 1, 1, 2);

		assertThat(GraphAlgorithms.closeness(graph, 1)).containsExactly(new double[] { 4 / 9.0, 2 / 3.0, 4 / 9.0, 0 },
				EXACT);
		assertThat(GraphAlgorithms.harmonic(graph, 1)).containsExactly(new double[] { 1.5, 2, 1.5, 0 }, EXACT);
	}

	@Test
	void core_numbers_peel_a_clique_from_what_hangs_off_it() {
		// A 4-clique 0-3, a triangle 5-6-7 tied to it by 5-0, and a leaf 4 on 0.
		var graph = edges(8, 0, 1, 0, 2, 0, 3, 1, 2, 1, 3, 2, 3, 0, 4, 5, 6, 6, 7, 5, 7, 5, 0);

		assertThat(GraphAlgorithms.coreNumbers(graph)).containsExactly(3, 3, 3, 3, 1, 2, 2, 2);
	}

	@Test
	void components_are_numbered_in_order_of_their_first_node() {
		var graph = edges(7, 5, 6, 1, 3, 3, 0);

		assertThat(GraphAlgorithms.components(graph)).containsExactly(0, 0, 1, 0, 2, 3, 3);
		assertThat(GraphAlgorithms.all(graph, 2).componentCount()).isEqualTo(4);
	}

	@Test
	void louvain_finds_the_two_cliques_of_a_barbell() {
		var barbell = SmallGraphs.barbell(6);

		var communities = GraphAlgorithms.louvain(barbell, 1);

		assertThat(communities.count()).isEqualTo(2);
		assertThat(communities.community()).containsExactly(0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1);
		// Each clique holds 15 of the 31 edges and half of the degree.
		assertThat(communities.modularity()).isCloseTo(2 * (15 / 31.0 - 0.25), EXACT);
	}

	@Test
	void louvain_gives_the_same_communities_for_the_same_seed_and_a_good_split_of_the_karate_club() {
		var karate = SmallGraphs.karateClub();

		var first = GraphAlgorithms.louvain(karate, 3);
		var again = GraphAlgorithms.louvain(karate, 3);

		assertThat(again.community()).containsExactly(first.community());
		assertThat(first.modularity()).isCloseTo(GraphAlgorithms.modularity(karate, first.community()), EXACT);
		// The best split known has 0.4198 (at resolution 1, four communities); NetworkX's Louvain finds 0.4439-0.4449.
		assertThat(first.modularity()).isGreaterThan(0.41);
		assertThat(first.count()).isBetween(3, 5);
	}

	@Test
	void modularity_follows_newmans_formula() {
		var karate = SmallGraphs.karateClub();
		var split = new int[34];
		for (int v = 0; v < 34; v++) {
			split[v] = v % 3;
		}
		int m = karate.edgeCount();
		double expected = 0;
		for (int c = 0; c < 3; c++) {
			double inside = 0;
			double degrees = 0;
			for (int v = 0; v < 34; v++) {
				if (split[v] != c) {
					continue;
				}
				degrees += karate.degree(v);
				for (int u : karate.neighbours(v)) {
					if (split[u] == c && u > v) {
						inside++;
					}
				}
			}
			expected += inside / m - Math.pow(degrees / (2.0 * m), 2);
		}

		assertThat(GraphAlgorithms.modularity(karate, split)).isCloseTo(expected, EXACT);
		assertThat(GraphAlgorithms.modularity(karate, new int[34])).isCloseTo(0, EXACT);
	}

	@Test
	void a_graph_without_edges_has_every_node_on_its_own() {
		var graph = Graph.of(3, new int[0], new int[0]);

		var metrics = GraphAlgorithms.all(graph, 2);

		assertThat(metrics.betweenness()).containsOnly(0.0);
		assertThat(metrics.harmonic()).containsOnly(0.0);
		assertThat(metrics.pageRank()).containsOnly(1 / 3.0);
		assertThat(metrics.componentCount()).isEqualTo(3);
		assertThat(metrics.communityCount()).isEqualTo(3);
		assertThat(metrics.modularity()).isZero();
	}

	private static void assertSameRelatively(String what, double[] actual, double[] expected) {
		assertThat(actual).as(what).hasSameSizeAs(expected);
		for (int v = 0; v < expected.length; v++) {
			double scale = Math.max(1, Math.abs(expected[v]));
			assertThat(Math.abs(actual[v] - expected[v]) / scale).as("%s, node %d: %s against %s", what, v, actual[v],
					expected[v]).isLessThanOrEqualTo(1e-9);
		}
	}

	/** Plain breadth-first search; -1 where out of reach. */
	private static int[] distancesFrom(Graph graph, int source) {
		var distance = new int[graph.nodeCount()];
		Arrays.fill(distance, -1);
		var queue = new java.util.ArrayDeque<Integer>();
		distance[source] = 0;
		queue.add(source);
		while (!queue.isEmpty()) {
			int v = queue.poll();
			for (int u : graph.neighbours(v)) {
				if (distance[u] < 0) {
					distance[u] = distance[v] + 1;
					queue.add(u);
				}
			}
		}
		return distance;
	}
}
