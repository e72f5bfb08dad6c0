package org.amity.network.graph;

import java.util.Arrays;

/**
 * Node metrics, components and communities of a {@link Graph}, exact and on primitive arrays. The shortest-path
 * metrics (betweenness, harmonic, closeness) run one search per node of the graph's core after folding away its
 * degree-one trees (see {@link Folding}), on as many threads as asked.
 */
public final class GraphAlgorithms {

	/** The seed {@link #all} gives Louvain, so that the same graph always gets the same communities. */
	public static final long LOUVAIN_SEED = 42;

	private GraphAlgorithms() {
	}

	/** Communities numbered from 0 in order of their first node, and the partition's modularity. */
	public record Communities(int[] community, int count, double modularity) {
	}

	/** Every metric, with betweenness, harmonic and closeness from one shared sweep. */
	public static Metrics all(Graph graph, int threads) {
		var fold = Folding.of(graph);
		var sweep = ShortestPathSweep.run(fold, threads, true, true);
		int n = graph.nodeCount();
		var degree = new int[n];
		for (int v = 0; v < n; v++) {
			degree[v] = graph.degree(v);
		}
		var communities = louvain(graph, LOUVAIN_SEED);
		return new Metrics(degree, sweep.betweennessResult, pageRank(graph, 0.85), closeness(fold, sweep),
				sweep.harmonicResult, coreNumbers(graph), clustering(graph), fold.component, fold.componentCount,
				communities.community(), communities.count(), communities.modularity());
	}

	/**
	 * Exact betweenness centrality, unnormalised, each unordered pair of nodes counted once: for every node, the sum
	 * over pairs of other nodes of the share of their shortest paths that pass through it.
	 */
	public static double[] betweenness(Graph graph, int threads) {
		return ShortestPathSweep.run(Folding.of(graph), threads, true, false).betweennessResult;
	}

	/** The same figures by plain Brandes on the whole graph, without folding: to check and to compare against. */
	public static double[] betweennessWithoutFolding(Graph graph, int threads) {
		return ShortestPathSweep.run(Folding.none(graph), threads, true, false).betweennessResult;
	}

	/**
	 * PageRank by power iteration, as NetworkX computes it: start uniform; nodes without links spread their rank over
	 * every node; stop when the ranks move by less than 1e-6 per node in total (L1), or after 100 rounds.
	 */
	public static double[] pageRank(Graph graph, double damping) {
		return pageRank(graph, damping, 1e-6);
	}

	/**
	 * PageRank stopping once the ranks move by less than {@code tolerance} per node in total. NetworkX's 1e-6 allows
	 * a total change of 0.017 on the 17,000 places of the partnership network: it stops after 14 rounds with the
	 * smallest ranks up to 8% from the exact solution. 1e-10 takes 65 rounds (still a few milliseconds) and gets every
	 * rank within 0.002% of it.
	 */
	public static double[] pageRank(Graph graph, double damping, double tolerance) {
		int n = graph.nodeCount();
		if (n == 0) {
			return new double[0];
		}
		var rank = new double[n];
		var share = new double[n];
		var next = new double[n];
		Arrays.fill(rank, 1.0 / n);
		int[] offsets = graph.offsets;
		int[] targets = graph.targets;
		for (int round = 0; round < 100; round++) {
			double dangling = 0;
			for (int v = 0; v < n; v++) {
				int degree = offsets[v + 1] - offsets[v];
				if (degree == 0) {
					dangling += rank[v];
					share[v] = 0;
				}
				else {
					share[v] = rank[v] / degree;
				}
			}
			double base = damping * dangling / n + (1 - damping) / n;
			double change = 0;
			for (int v = 0; v < n; v++) {
				double sum = 0;
				for (int i = offsets[v], end = offsets[v + 1]; i < end; i++) {
					sum += share[targets[i]];
				}
				next[v] = base + damping * sum;
				change += Math.abs(next[v] - rank[v]);
			}
			var swap = rank;
			rank = next;
			next = swap;
			if (change < n * tolerance) {
				return rank;
			}
		}
		throw new IllegalStateException("PageRank did not converge in 100 rounds");
	}

	/** Sum over every other node of 1/distance; nodes out of reach add nothing. */
	public static double[] harmonic(Graph graph, int threads) {
		return ShortestPathSweep.run(Folding.of(graph), threads, false, true).harmonicResult;
	}

	/**
	 * Closeness centrality as Wasserman and Faust improve it for graphs in pieces (NetworkX's {@code wf_improved}):
	 * (r - 1) / (sum of distances to the r - 1 nodes reached), scaled by (r - 1) / (n - 1); 0 for a node that reaches
	 * no other.
	 */
	public static double[] closeness(Graph graph, int threads) {
		var fold = Folding.of(graph);
		return closeness(fold, ShortestPathSweep.run(fold, threads, false, true));
	}

	private static double[] closeness(Folding fold, ShortestPathSweep sweep) {
		int n = fold.graph.nodeCount();
		var closeness = new double[n];
		for (int v = 0; v < n; v++) {
			double others = fold.componentSize[fold.component[v]] - 1;
			if (sweep.distanceSum[v] > 0 && n > 1) {
				closeness[v] = others / sweep.distanceSum[v] * (others / (n - 1));
			}
		}
		return closeness;
	}

	/**
	 * The core number of every node: the largest k such that the node belongs to a subgraph where every node has at
	 * least k neighbours. Batagelj and Zaversnik's bucket order, linear in the edges.
	 */
	public static int[] coreNumbers(Graph graph) {
		int n = graph.nodeCount();
		var degree = new int[n];
		int maxDegree = 0;
		for (int v = 0; v < n; v++) {
			degree[v] = graph.degree(v);
			maxDegree = Math.max(maxDegree, degree[v]);
		}
		// Nodes sorted by degree, with where each degree's bucket starts and where each node sits.
		var bucketStart = new int[maxDegree + 1];
		for (int v = 0; v < n; v++) {
			bucketStart[degree[v]]++;
		}
		for (int d = 0, start = 0; d <= maxDegree; d++) {
			int size = bucketStart[d];
			bucketStart[d] = start;
			start += size;
		}
		var sorted = new int[n];
		var position = new int[n];
		var fill = bucketStart.clone();
		for (int v = 0; v < n; v++) {
			position[v] = fill[degree[v]]++;
			sorted[position[v]] = v;
		}
		int[] offsets = graph.offsets;
		int[] targets = graph.targets;
		for (int i = 0; i < n; i++) {
			int v = sorted[i];
			for (int j = offsets[v], end = offsets[v + 1]; j < end; j++) {
				int u = targets[j];
				if (degree[u] > degree[v]) {
					// Move u to the front of its bucket, then shrink the bucket past it: u's degree drops by one.
					int du = degree[u];
					int first = bucketStart[du];
					int w = sorted[first];
					if (w != u) {
						sorted[position[u]] = w;
						position[w] = position[u];
						sorted[first] = u;
						position[u] = first;
					}
					bucketStart[du]++;
					degree[u]--;
				}
			}
		}
		return degree;
	}

	/**
	 * The local clustering coefficient: the share of pairs of a node's neighbours that are linked; 0 below two
	 * neighbours. Triangles are counted once each, from their lowest-ranked corner by degree, so hubs cost little.
	 */
	public static double[] clustering(Graph graph) {
		int n = graph.nodeCount();
		int[] offsets = graph.offsets;
		int[] targets = graph.targets;
		// Orient every edge towards the higher (degree, index); each node then has few edges out.
		var outOffsets = new int[n + 1];
		for (int v = 0; v < n; v++) {
			int count = 0;
			for (int i = offsets[v]; i < offsets[v + 1]; i++) {
				if (ranksAbove(graph, targets[i], v)) {
					count++;
				}
			}
			outOffsets[v + 1] = outOffsets[v] + count;
		}
		var out = new int[outOffsets[n]];
		for (int v = 0, e = 0; v < n; v++) {
			for (int i = offsets[v]; i < offsets[v + 1]; i++) {
				if (ranksAbove(graph, targets[i], v)) {
					out[e++] = targets[i];
				}
			}
		}
		var triangles = new long[n];
		var marked = new int[n];
		Arrays.fill(marked, -1);
		for (int v = 0; v < n; v++) {
			for (int i = outOffsets[v]; i < outOffsets[v + 1]; i++) {
				marked[out[i]] = v;
			}
			for (int i = outOffsets[v]; i < outOffsets[v + 1]; i++) {
				int u = out[i];
				for (int j = outOffsets[u]; j < outOffsets[u + 1]; j++) {
					int w = out[j];
					if (marked[w] == v) {
						triangles[v]++;
						triangles[u]++;
						triangles[w]++;
					}
				}
			}
		}
		var clustering = new double[n];
		for (int v = 0; v < n; v++) {
			long degree = graph.degree(v);
			if (degree >= 2) {
				clustering[v] = 2.0 * triangles[v] / (degree * (degree - 1));
			}
		}
		return clustering;
	}

	private static boolean ranksAbove(Graph graph, int u, int v) {
		int du = graph.degree(u);
		int dv = graph.degree(v);
		return du > dv || (du == dv && u > v);
	}

	/** The component of every node, numbered from 0 in order of each component's first node. */
	public static int[] components(Graph graph) {
		int n = graph.nodeCount();
		var component = new int[n];
		Arrays.fill(component, -1);
		var queue = new int[n];
		int count = 0;
		for (int s = 0; s < n; s++) {
			if (component[s] >= 0) {
				continue;
			}
			component[s] = count;
			queue[0] = s;
			int head = 0;
			int tail = 1;
			while (head < tail) {
				int v = queue[head++];
				for (int i = graph.offsets[v]; i < graph.offsets[v + 1]; i++) {
					int u = graph.targets[i];
					if (component[u] < 0) {
						component[u] = count;
						queue[tail++] = u;
					}
				}
			}
			count++;
		}
		return component;
	}

	/**
	 * Communities by multi-level Louvain: move nodes between neighbouring communities while modularity rises, merge
	 * each community into one node, and repeat until nothing moves. The order nodes are visited in is shuffled from the
	 * seed, so a seed always gives the same communities.
	 */
	public static Communities louvain(Graph graph, long seed) {
		int[] community = Louvain.communities(graph, seed);
		int count = 0;
		for (int c : community) {
			count = Math.max(count, c + 1);
		}
		return new Communities(community, count, modularity(graph, community));
	}

	/**
	 * Newman's modularity at resolution 1: the share of edges inside communities less the share expected if edges
	 * were laid at random with the same degrees, {@code sum over c of L_c / m - (D_c / 2m)^2}. 0 for a graph without
	 * edges, where no partition says anything.
	 */
	public static double modularity(Graph graph, int[] community) {
		int n = graph.nodeCount();
		if (community.length != n) {
			throw new IllegalArgumentException("Need a community for each of the " + n + " nodes, got "
					+ community.length);
		}
		long m = graph.edgeCount();
		if (m == 0) {
			return 0;
		}
		int count = 0;
		for (int c : community) {
			if (c < 0) {
				throw new IllegalArgumentException("Community numbers must not be negative: " + c);
			}
			count = Math.max(count, c + 1);
		}
		var inside = new long[count];
		var degrees = new long[count];
		for (int v = 0; v < n; v++) {
			int c = community[v];
			degrees[c] += graph.degree(v);
			for (int i = graph.offsets[v]; i < graph.offsets[v + 1]; i++) {
				if (community[graph.targets[i]] == c) {
					inside[c]++;
				}
			}
		}
		double q = 0;
		for (int c = 0; c < count; c++) {
			// Each inside edge was seen from both ends.
			double share = degrees[c] / (2.0 * m);
			q += inside[c] / (2.0 * m) - share * share;
		}
		return q;
	}
}
