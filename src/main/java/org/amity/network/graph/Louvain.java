package org.amity.network.graph;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Multi-level Louvain (Blondel, Guillaume, Lambiotte and Lefebvre, 2008) on weighted compressed rows. A level moves
 * each node to the neighbouring community that raises modularity most, in passes until a pass moves nothing; the
 * communities then become the nodes of the next level. It stops when a level moves no
 * node.
 *
 * <p>
 * A merged node keeps no self-loop of its own: the edges inside it only count in its strength (the sum of its members'
 * strengths), which is all the gain of a move needs, since a node's inside edges travel with it.
 */
final class Louvain {

	/** Gains are compared with this margin so that rounding never moves a node back and forth. */
	private static final double MARGIN = 1e-12;

	private int size;
	private int[] offsets;
	private int[] targets;
	private double[] weights;
	private double[] strength;

	private Louvain(Graph graph) {
		this.size = graph.nodeCount();
		this.offsets = graph.offsets.clone();
		this.targets = graph.targets.clone();
		this.weights = new double[targets.length];
		Arrays.fill(weights, 1.0);
		this.strength = new double[size];
		for (int v = 0; v < size; v++) {
			strength[v] = graph.degree(v);
		}
	}

	/** The community of every node, numbered from 0 in order of first node. */
	static int[] communities(Graph graph, long seed) {
		int n = graph.nodeCount();
		var node = new int[n];
		for (int v = 0; v < n; v++) {
			node[v] = v;
		}
		if (graph.edgeCount() > 0) {
			var louvain = new Louvain(graph);
			var random = new SplittableRandom(seed);
			while (true) {
				int[] community = louvain.moveNodes(random);
				if (community == null) {
					break;
				}
				for (int v = 0; v < n; v++) {
					node[v] = community[node[v]];
				}
				louvain.aggregate(community);
			}
		}
		return inOrderOfFirstNode(node);
	}

	/**
	 * One level's local moving. Returns the community of each node of this level numbered 0.., or null when no node
	 * moved.
	 */
	private int[] moveNodes(SplittableRandom random) {
		double twiceTotal = 0;
		for (int v = 0; v < size; v++) {
			twiceTotal += strength[v];
		}
		var community = new int[size];
		var total = new double[size];
		for (int v = 0; v < size; v++) {
			community[v] = v;
			total[v] = strength[v];
		}
		var order = new int[size];
		for (int v = 0; v < size; v++) {
			order[v] = v;
		}
		for (int i = size - 1; i > 0; i--) {
			int j = random.nextInt(i + 1);
			int swap = order[i];
			order[i] = order[j];
			order[j] = swap;
		}
		var linkTo = new double[size];
		var touched = new int[size];
		boolean movedAtAll = false;
		boolean moved = true;
		while (moved) {
			moved = false;
			for (int v : order) {
				int own = community[v];
				int touchedCount = 0;
				for (int i = offsets[v], end = offsets[v + 1]; i < end; i++) {
					int c = community[targets[i]];
					if (linkTo[c] == 0) {
						touched[touchedCount++] = c;
					}
					linkTo[c] += weights[i];
				}
				double k = strength[v];
				total[own] -= k;
				int best = own;
				double bestGain = linkTo[own] - total[own] * k / twiceTotal;
				for (int t = 0; t < touchedCount; t++) {
					int c = touched[t];
					double gain = linkTo[c] - total[c] * k / twiceTotal;
					if (gain > bestGain + MARGIN) {
						best = c;
						bestGain = gain;
					}
					linkTo[c] = 0;
				}
				linkTo[own] = 0;
				total[best] += k;
				community[v] = best;
				if (best != own) {
					moved = true;
					movedAtAll = true;
				}
			}
		}
		return movedAtAll ? inOrderOfFirstNode(community) : null;
	}

	/** Makes each community one node, the edges between two communities one edge with their summed weight. */
	private void aggregate(int[] community) {
		int count = 0;
		for (int c : community) {
			count = Math.max(count, c + 1);
		}
		var memberOffsets = new int[count + 1];
		for (int c : community) {
			memberOffsets[c + 1]++;
		}
		for (int c = 0; c < count; c++) {
			memberOffsets[c + 1] += memberOffsets[c];
		}
		var members = new int[size];
		var fill = Arrays.copyOf(memberOffsets, count);
		for (int v = 0; v < size; v++) {
			members[fill[community[v]]++] = v;
		}
		var newOffsets = new int[count + 1];
		var newTargets = new int[targets.length];
		var newWeights = new double[targets.length];
		var newStrength = new double[count];
		var linkTo = new double[count];
		var touched = new int[count];
		int written = 0;
		for (int c = 0; c < count; c++) {
			int touchedCount = 0;
			for (int m = memberOffsets[c]; m < memberOffsets[c + 1]; m++) {
				int v = members[m];
				newStrength[c] += strength[v];
				for (int i = offsets[v], end = offsets[v + 1]; i < end; i++) {
					int d = community[targets[i]];
					if (d != c) {
						if (linkTo[d] == 0) {
							touched[touchedCount++] = d;
						}
						linkTo[d] += weights[i];
					}
				}
			}
			Arrays.sort(touched, 0, touchedCount);
			for (int t = 0; t < touchedCount; t++) {
				int d = touched[t];
				newTargets[written] = d;
				newWeights[written] = linkTo[d];
				written++;
				linkTo[d] = 0;
			}
			newOffsets[c + 1] = written;
		}
		this.size = count;
		this.offsets = newOffsets;
		this.targets = Arrays.copyOf(newTargets, written);
		this.weights = Arrays.copyOf(newWeights, written);
		this.strength = newStrength;
	}

	private static int[] inOrderOfFirstNode(int[] labels) {
		var renumbered = new int[labels.length];
		var number = new int[labels.length];
		Arrays.fill(number, -1);
		int next = 0;
		for (int v = 0; v < labels.length; v++) {
			if (number[labels[v]] < 0) {
				number[labels[v]] = next++;
			}
			renumbered[v] = number[labels[v]];
		}
		return renumbered;
	}
}
