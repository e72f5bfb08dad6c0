package org.amity.network.graph;

import java.util.Arrays;

/**
 * An undirected simple graph on the nodes {@code 0 .. nodeCount-1}, stored as compressed sparse rows: the neighbours of
 * node {@code v} are {@code targets[offsets[v] .. offsets[v+1]-1]}, sorted ascending. Every edge is stored in both
 * directions. Immutable once built.
 */
public final class Graph {

	final int[] offsets;
	final int[] targets;
	private final int edgeCount;

	Graph(int[] offsets, int[] targets) {
		this.offsets = offsets;
		this.targets = targets;
		this.edgeCount = targets.length / 2;
	}

	/**
	 * The graph of the given edges, {@code edgeSources[i] - edgeTargets[i]}. Self-loops and repeated edges (in either
	 * direction) are dropped: partnership metrics count who is linked, not how often.
	 */
	public static Graph of(int nodeCount, int[] edgeSources, int[] edgeTargets) {
		if (nodeCount < 0) {
			throw new IllegalArgumentException("nodeCount must not be negative: " + nodeCount);
		}
		if (edgeSources.length != edgeTargets.length) {
			throw new IllegalArgumentException("edgeSources and edgeTargets differ in length: " + edgeSources.length
					+ " and " + edgeTargets.length);
		}
		var degree = new int[nodeCount + 1];
		for (int i = 0; i < edgeSources.length; i++) {
			int a = edgeSources[i];
			int b = edgeTargets[i];
			if (a < 0 || a >= nodeCount || b < 0 || b >= nodeCount) {
				throw new IllegalArgumentException("Edge " + i + " (" + a + ", " + b + ") has a node outside 0.."
						+ (nodeCount - 1));
			}
			if (a != b) {
				degree[a]++;
				degree[b]++;
			}
		}
		// Counting sort into rows, then sort and deduplicate each row in place.
		var start = new int[nodeCount + 1];
		for (int v = 0; v < nodeCount; v++) {
			start[v + 1] = start[v] + degree[v];
		}
		var fill = Arrays.copyOf(start, nodeCount);
		var raw = new int[start[nodeCount]];
		for (int i = 0; i < edgeSources.length; i++) {
			int a = edgeSources[i];
			int b = edgeTargets[i];
			if (a != b) {
				raw[fill[a]++] = b;
				raw[fill[b]++] = a;
			}
		}
		var offsets = new int[nodeCount + 1];
		int written = 0;
		for (int v = 0; v < nodeCount; v++) {
			offsets[v] = written;
			Arrays.sort(raw, start[v], start[v + 1]);
			int previous = -1;
			for (int i = start[v]; i < start[v + 1]; i++) {
				if (raw[i] != previous) {
					raw[written++] = raw[i];
					previous = raw[i];
				}
			}
		}
		offsets[nodeCount] = written;
		return new Graph(offsets, Arrays.copyOf(raw, written));
	}

	public int nodeCount() {
		return offsets.length - 1;
	}

	/** Undirected edges, each counted once. */
	public int edgeCount() {
		return edgeCount;
	}

	public int degree(int node) {
		return offsets[node + 1] - offsets[node];
	}

	/** A copy of the node's neighbours, sorted ascending. */
	public int[] neighbours(int node) {
		return Arrays.copyOfRange(targets, offsets[node], offsets[node + 1]);
	}

	@Override
	public String toString() {
		return "Graph[" + nodeCount() + " nodes, " + edgeCount + " edges]";
	}
}
