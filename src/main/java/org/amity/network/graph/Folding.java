package org.amity.network.graph;

/**
 * A graph with its degree-one trees folded away, for shortest-path sweeps that are exact on the whole graph.
 *
 * <p>
 * Degree-one nodes are removed one by one until none is left, so every tree that hangs off the rest of the graph (and
 * every component that is a tree, down to one node) disappears into the node it hangs from, its <em>root</em>. What
 * remains is the core: each kept node stands for its <em>group</em>, itself and the trees folded into it, and carries
 * the group's size as its weight. Any shortest path from one group to another runs from the source up to its root,
 * through the core and down to the target, so sweeps over the core with weighted targets give exact betweenness, and
 * depth histograms per group give exact distances. The pairs that never reach the core (inside one group) are counted
 * here: a folded node is a cut node, so everything between its subtrees and the rest of its component goes through it.
 *
 * <p>
 * On the partnership network, where most places have one partner, the core is a fraction of the graph and the sweeps,
 * quadratic in its size, get faster by the square of that fraction.
 */
final class Folding {

	/** The graph folded. */
	final Graph graph;
	/** Component of each node of {@link #graph}, and each component's size. */
	final int[] component;
	final int[] componentSize;
	final int componentCount;
	/** The kept node each node was folded into (itself if kept), and how far below it the node hangs. */
	final int[] root;
	final int[] depth;
	/**
	 * Betweenness from the pairs that do not cross the core between two groups: pairs inside one group, and pairs from
	 * a node's subtrees to the rest of its component. For a folded node this is its whole betweenness.
	 */
	final double[] treeBetweenness;

	/** The core, compacted: core index to node, node to core index (-1 if folded), rows of core neighbours. */
	final int[] kept;
	final int[] coreIndex;
	final int[] coreOffsets;
	final int[] coreTargets;
	/** Group size of each core node. */
	final int[] weight;
	/** Members of each core node's group (core order), root first, and the histogram of their depths. */
	final int[] memberOffsets;
	final int[] members;
	final int[] histogramOffsets;
	final int[] histogram;

	private Folding(Graph graph, boolean fold) {
		this.graph = graph;
		int n = graph.nodeCount();
		this.component = GraphAlgorithms.components(graph);
		int count = 0;
		for (int c : component) {
			count = Math.max(count, c + 1);
		}
		this.componentCount = count;
		this.componentSize = new int[count];
		for (int c : component) {
			componentSize[c]++;
		}

		var parent = new int[n];
		var reach = new long[n];
		var childSquares = new double[n];
		var removed = new boolean[n];
		var removalOrder = new int[n];
		int removedCount = 0;
		java.util.Arrays.fill(parent, -1);
		java.util.Arrays.fill(reach, 1);
		if (fold) {
			var degree = new int[n];
			var stack = new int[n];
			int top = 0;
			for (int v = 0; v < n; v++) {
				degree[v] = graph.degree(v);
				if (degree[v] == 1) {
					stack[top++] = v;
				}
			}
			while (top > 0) {
				int x = stack[--top];
				if (degree[x] != 1) {
					// Its partner was folded into it first: x is the last node of a tree component and stays.
					continue;
				}
				int p = -1;
				for (int i = graph.offsets[x]; i < graph.offsets[x + 1]; i++) {
					if (!removed[graph.targets[i]]) {
						p = graph.targets[i];
						break;
					}
				}
				removed[x] = true;
				degree[x] = 0;
				removalOrder[removedCount++] = x;
				parent[x] = p;
				reach[p] += reach[x];
				childSquares[p] += (double) reach[x] * reach[x];
				if (--degree[p] == 1) {
					stack[top++] = p;
				}
			}
		}

		this.treeBetweenness = new double[n];
		for (int v = 0; v < n; v++) {
			// The subtrees folded into v hold r = reach - 1 nodes; pairs between two of them and pairs from one of them
			// to the rest of the component (outside v's own subtree) all pass through v.
			double r = reach[v] - 1;
			double outside = componentSize[component[v]] - reach[v];
			treeBetweenness[v] = (r * r - childSquares[v]) / 2 + r * outside;
		}

		this.root = new int[n];
		this.depth = new int[n];
		for (int v = 0; v < n; v++) {
			root[v] = v;
		}
		// A parent is folded after its children, so walking the removals backwards meets the parent first.
		for (int i = removedCount - 1; i >= 0; i--) {
			int x = removalOrder[i];
			root[x] = root[parent[x]];
			depth[x] = depth[parent[x]] + 1;
		}

		int coreSize = n - removedCount;
		this.kept = new int[coreSize];
		this.coreIndex = new int[n];
		this.weight = new int[coreSize];
		// Core indexes in breadth-first order, so that a search finds a node's neighbours near each other in memory.
		java.util.Arrays.fill(coreIndex, -1);
		int k = 0;
		for (int s = 0; s < n; s++) {
			if (removed[s] || coreIndex[s] >= 0) {
				continue;
			}
			int head = k;
			coreIndex[s] = k;
			kept[k++] = s;
			while (head < k) {
				int v = kept[head++];
				for (int i = graph.offsets[v]; i < graph.offsets[v + 1]; i++) {
					int u = graph.targets[i];
					if (!removed[u] && coreIndex[u] < 0) {
						coreIndex[u] = k;
						kept[k++] = u;
					}
				}
			}
		}
		for (int c = 0; c < coreSize; c++) {
			weight[c] = (int) reach[kept[c]];
		}
		this.coreOffsets = new int[coreSize + 1];
		int edges = 0;
		for (int c = 0; c < coreSize; c++) {
			int v = kept[c];
			for (int i = graph.offsets[v]; i < graph.offsets[v + 1]; i++) {
				if (!removed[graph.targets[i]]) {
					edges++;
				}
			}
			coreOffsets[c + 1] = edges;
		}
		this.coreTargets = new int[edges];
		for (int c = 0, e = 0; c < coreSize; c++) {
			int v = kept[c];
			for (int i = graph.offsets[v]; i < graph.offsets[v + 1]; i++) {
				int u = graph.targets[i];
				if (!removed[u]) {
					coreTargets[e++] = coreIndex[u];
				}
			}
			java.util.Arrays.sort(coreTargets, coreOffsets[c], e);
		}

		this.memberOffsets = new int[coreSize + 1];
		for (int c = 0; c < coreSize; c++) {
			memberOffsets[c + 1] = memberOffsets[c] + weight[c];
		}
		this.members = new int[n];
		var fill = java.util.Arrays.copyOf(memberOffsets, coreSize);
		var maxDepth = new int[coreSize];
		for (int c = 0; c < coreSize; c++) {
			members[fill[c]++] = kept[c];
		}
		for (int i = 0; i < removedCount; i++) {
			int x = removalOrder[i];
			int c = coreIndex[root[x]];
			members[fill[c]++] = x;
			maxDepth[c] = Math.max(maxDepth[c], depth[x]);
		}
		this.histogramOffsets = new int[coreSize + 1];
		for (int c = 0; c < coreSize; c++) {
			histogramOffsets[c + 1] = histogramOffsets[c] + maxDepth[c] + 1;
		}
		this.histogram = new int[histogramOffsets[coreSize]];
		for (int c = 0; c < coreSize; c++) {
			for (int i = memberOffsets[c]; i < memberOffsets[c + 1]; i++) {
				histogram[histogramOffsets[c] + depth[members[i]]]++;
			}
		}
	}

	/** The graph with its degree-one trees folded into the core. */
	static Folding of(Graph graph) {
		return new Folding(graph, true);
	}

	/** The graph as it is: every node its own group. Plain Brandes, for checking the folded sweep. */
	static Folding none(Graph graph) {
		return new Folding(graph, false);
	}

	int coreSize() {
		return kept.length;
	}
}
