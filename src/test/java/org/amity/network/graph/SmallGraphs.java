package org.amity.network.graph;

import java.util.ArrayList;
import java.util.Random;

/** Graphs with known metrics, and random ones shaped like the partnership network, for the tests. */
final class SmallGraphs {

	private SmallGraphs() {
	}

	static Graph edges(int nodeCount, int... pairs) {
		var sources = new int[pairs.length / 2];
		var targets = new int[pairs.length / 2];
		for (int i = 0; i < sources.length; i++) {
			sources[i] = pairs[2 * i];
			targets[i] = pairs[2 * i + 1];
		}
		return Graph.of(nodeCount, sources, targets);
	}

	static Graph path(int nodes) {
		var pairs = new int[2 * (nodes - 1)];
		for (int i = 0; i < nodes - 1; i++) {
			pairs[2 * i] = i;
			pairs[2 * i + 1] = i + 1;
		}
		return edges(nodes, pairs);
	}

	static Graph cycle(int nodes) {
		var pairs = new int[2 * nodes];
		for (int i = 0; i < nodes; i++) {
			pairs[2 * i] = i;
			pairs[2 * i + 1] = (i + 1) % nodes;
		}
		return edges(nodes, pairs);
	}

	/** Node 0 with the others as leaves. */
	static Graph star(int nodes) {
		var pairs = new int[2 * (nodes - 1)];
		for (int i = 1; i < nodes; i++) {
			pairs[2 * (i - 1)] = 0;
			pairs[2 * (i - 1) + 1] = i;
		}
		return edges(nodes, pairs);
	}

	/** Triangles 0-1-2 and 3-4-5, with the bridge 2-3. */
	static Graph twoTrianglesAndABridge() {
		return edges(6, 0, 1, 1, 2, 0, 2, 3, 4, 4, 5, 3, 5, 2, 3);
	}

	/** Two cliques of {@code size} nodes, 0.. and size.., with one edge between them. */
	static Graph barbell(int size) {
		var pairs = new ArrayList<Integer>();
		for (int offset : new int[] { 0, size }) {
			for (int a = 0; a < size; a++) {
				for (int b = a + 1; b < size; b++) {
					pairs.add(offset + a);
					pairs.add(offset + b);
				}
			}
		}
		pairs.add(size - 1);
		pairs.add(size);
		return edges(2 * size, pairs.stream().mapToInt(Integer::intValue).toArray());
	}

	/** Zachary's karate club (1977), 34 members and 78 friendships, numbered from 0 as NetworkX has it. */
	static Graph karateClub() {
		return edges(34, 0, 1, 0, 2, 0, 3, 0, 4, 0, 5, 0, 6, 0, 7, 0, 8, 0, 10, 0, 11, 0, 12, 0, 13, 0, 17, 0, 19, 0, 21,
				0, 31, 1, 2, 1, 3, 1, 7, 1, 13, 1, 17, 1, 19, 1, 21, 1, 30, 2, 3, 2, 7, 2, 8, 2, 9, 2, 13, 2, 27, 2, 28,
				2, 32, 3, 7, 3, 12, 3, 13, 4, 6, 4, 10, 5, 6, 5, 10, 5, 16, 6, 16, 8, 30, 8, 32, 8, 33, 9, 33, 13, 33,
				14, 32, 14, 33, 15, 32, 15, 33, 18, 32, 18, 33, 19, 33, 20, 32, 20, 33, 22, 32, 22, 33, 23, 25, 23, 27,
				23, 29, 23, 32, 23, 33, 24, 25, 24, 27, 24, 31, 25, 31, 26, 29, 26, 33, 27, 33, 28, 31, 28, 33, 29, 32,
				29, 33, 30, 32, 30, 33, 31, 32, 31, 33, 32, 33);
	}

	/**
	 * A sparse graph in several components, like the partnership network: each component a random tree with a few
	 * extra edges (or none, so that some components are trees), with chains and stars hanging off it, plus some nodes
	 * on their own.
	 */
	static Graph sparseWithTrees(long seed, int components) {
		var random = new Random(seed);
		var sources = new ArrayList<Integer>();
		var targets = new ArrayList<Integer>();
		int next = 0;
		for (int c = 0; c < components; c++) {
			int first = next;
			int size = 1 + random.nextInt(c == 0 ? 60 : 15);
			for (int v = 1; v < size; v++) {
				sources.add(first + v);
				targets.add(first + random.nextInt(v));
			}
			next += size;
			int extra = random.nextInt(3) == 0 ? 0 : random.nextInt(size / 2 + 2);
			for (int e = 0; e < extra && size > 2; e++) {
				sources.add(first + random.nextInt(size));
				targets.add(first + random.nextInt(size));
			}
			// Hanging trees: paths and leaves attached anywhere, some onto earlier hanging nodes.
			int hanging = random.nextInt(size + 1);
			for (int h = 0; h < hanging; h++) {
				sources.add(next);
				targets.add(first + random.nextInt(next - first));
				next++;
			}
		}
		int alone = random.nextInt(4);
		next += alone;
		return Graph.of(next, sources.stream().mapToInt(Integer::intValue).toArray(),
				targets.stream().mapToInt(Integer::intValue).toArray());
	}
}
