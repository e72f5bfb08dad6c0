package org.amity.network.graph;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * One breadth-first search from every core node of a {@link Folding}, on {@code threads} workers that take sources in
 * small batches, giving exact betweenness (Brandes, with group sizes as target weights) and exact distance sums for
 * harmonic and closeness centrality of every node, folded or not.
 *
 * <p>
 * Each worker owns its arrays for the whole sweep and resets only what a search touched, so a search allocates
 * nothing. Betweenness is summed per worker and added up at the end; distances are written straight into the results,
 * since each source's group belongs to exactly one search.
 */
final class ShortestPathSweep {

	/** Sources a worker takes at a time: small enough to balance a skewed graph, large enough to rarely contend. */
	private static final int BATCH = 16;

	private final Folding fold;
	private final boolean betweenness;
	private final boolean distances;

	/** Unnormalised betweenness per node. */
	final double[] betweennessResult;
	/** Sum of 1/d and of d over every other node reached, per node. */
	final double[] harmonicResult;
	final double[] distanceSum;

	private ShortestPathSweep(Folding fold, boolean betweenness, boolean distances) {
		this.fold = fold;
		this.betweenness = betweenness;
		this.distances = distances;
		int n = fold.graph.nodeCount();
		this.betweennessResult = betweenness ? new double[n] : null;
		this.harmonicResult = distances ? new double[n] : null;
		this.distanceSum = distances ? new double[n] : null;
	}

	static ShortestPathSweep run(Folding fold, int threads, boolean betweenness, boolean distances) {
		var sweep = new ShortestPathSweep(fold, betweenness, distances);
		sweep.execute(Math.max(1, threads));
		return sweep;
	}

	private void execute(int threads) {
		var next = new AtomicInteger();
		int sources = fold.coreSize();
		int workerCount = Math.max(1, Math.min(threads, (sources + BATCH - 1) / BATCH));
		var workers = new Worker[workerCount];
		for (int w = 0; w < workerCount; w++) {
			workers[w] = new Worker(next);
		}
		if (workerCount == 1) {
			workers[0].run();
		}
		else {
			var running = new Thread[workerCount];
			for (int w = 0; w < workerCount; w++) {
				running[w] = new Thread(workers[w], "graph-sweep-" + w);
				running[w].start();
			}
			for (var thread : running) {
				try {
					thread.join();
				}
				catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					throw new IllegalStateException("Interrupted while waiting for the graph sweep", e);
				}
			}
			for (var worker : workers) {
				if (worker.failure != null) {
					throw new IllegalStateException("A graph sweep worker failed", worker.failure);
				}
			}
		}
		if (betweenness) {
			int n = fold.graph.nodeCount();
			for (int v = 0; v < n; v++) {
				betweennessResult[v] = fold.treeBetweenness[v];
			}
			for (int c = 0; c < sources; c++) {
				double sum = 0;
				for (var worker : workers) {
					sum += worker.dependency[c];
				}
				// Every source sees each pair from its own side: each unordered pair was counted twice.
				betweennessResult[fold.kept[c]] += sum / 2;
			}
		}
	}

	private final class Worker implements Runnable {

		private final AtomicInteger next;
		// Per core node, for one search.
		private final int[] distance;
		private final double[] paths;
		private final double[] delta;
		private final int[] order;
		// Summed over this worker's searches.
		final double[] dependency;
		// Nodes reached at each distance from the source's root, counting group members by their depth.
		private final long[] atDistance;
		// For searches inside one group, on the graph's own node numbers.
		private final int[] groupDistance;
		private final int[] groupQueue;
		Throwable failure;

		Worker(AtomicInteger next) {
			this.next = next;
			int core = fold.coreSize();
			int n = fold.graph.nodeCount();
			this.distance = new int[core];
			java.util.Arrays.fill(distance, -1);
			this.paths = betweenness ? new double[core] : null;
			this.delta = betweenness ? new double[core] : null;
			this.order = new int[core];
			this.dependency = betweenness ? new double[core] : null;
			this.atDistance = distances ? new long[n + 1] : null;
			this.groupDistance = distances ? new int[n] : null;
			if (groupDistance != null) {
				java.util.Arrays.fill(groupDistance, -1);
			}
			this.groupQueue = distances ? new int[n] : null;
		}

		@Override
		public void run() {
			try {
				int sources = fold.coreSize();
				int start;
				while ((start = next.getAndAdd(BATCH)) < sources) {
					int end = Math.min(sources, start + BATCH);
					for (int source = start; source < end; source++) {
						search(source);
					}
				}
			}
			catch (Throwable e) {
				failure = e;
			}
		}

		private void search(int source) {
			int[] offsets = fold.coreOffsets;
			int[] targets = fold.coreTargets;
			int[] distance = this.distance;
			int[] order = this.order;
			double[] paths = this.paths;
			boolean counting = betweenness;

			distance[source] = 0;
			order[0] = source;
			if (counting) {
				paths[source] = 1;
			}
			int head = 0;
			int tail = 1;
			while (head < tail) {
				int v = order[head++];
				int next = distance[v] + 1;
				double pathsV = counting ? paths[v] : 0;
				for (int i = offsets[v], end = offsets[v + 1]; i < end; i++) {
					int u = targets[i];
					int du = distance[u];
					if (du < 0) {
						distance[u] = next;
						order[tail++] = u;
						if (counting) {
							paths[u] = pathsV;
						}
					}
					else if (counting && du == next) {
						paths[u] += pathsV;
					}
				}
			}

			if (counting) {
				accumulate(source, tail);
			}
			if (distances) {
				distancesFrom(source, tail);
			}
			for (int i = 0; i < tail; i++) {
				distance[order[i]] = -1;
			}
		}

		/** Brandes' dependency accumulation, in reverse order of distance, with group sizes as target weights. */
		private void accumulate(int source, int reached) {
			int[] offsets = fold.coreOffsets;
			int[] targets = fold.coreTargets;
			int[] weight = fold.weight;
			int[] distance = this.distance;
			double[] paths = this.paths;
			double[] delta = this.delta;
			double sourceWeight = weight[source];
			for (int i = reached - 1; i > 0; i--) {
				int w = order[i];
				double coefficient = (weight[w] + delta[w]) / paths[w];
				int before = distance[w] - 1;
				for (int j = offsets[w], end = offsets[w + 1]; j < end; j++) {
					int v = targets[j];
					if (distance[v] == before) {
						delta[v] += paths[v] * coefficient;
					}
				}
				dependency[w] += sourceWeight * delta[w];
			}
			for (int i = 0; i < reached; i++) {
				int v = order[i];
				delta[v] = 0;
				paths[v] = 0;
			}
		}

		/**
		 * Distances from every member of the source's group: to other groups through the source (member depth plus
		 * core distance plus target depth), and inside the group along its tree.
		 */
		private void distancesFrom(int source, int reached) {
			int[] hOffsets = fold.histogramOffsets;
			int[] histogram = fold.histogram;
			int farthest = 0;
			for (int i = 1; i < reached; i++) {
				int b = order[i];
				int d = distance[b];
				for (int k = hOffsets[b], end = hOffsets[b + 1]; k < end; k++) {
					atDistance[d + k - hOffsets[b]] += histogram[k];
				}
				farthest = Math.max(farthest, d + hOffsets[b + 1] - hOffsets[b] - 1);
			}
			int memberStart = fold.memberOffsets[source];
			int memberEnd = fold.memberOffsets[source + 1];
			if (farthest > 0) {
				int depths = hOffsets[source + 1] - hOffsets[source];
				for (int h = 0; h < depths; h++) {
					if (histogram[hOffsets[source] + h] == 0) {
						continue;
					}
					double harmonic = 0;
					double sum = 0;
					for (int d = 1; d <= farthest; d++) {
						long count = atDistance[d];
						if (count != 0) {
							harmonic += count / (double) (d + h);
							sum += (double) count * (d + h);
						}
					}
					for (int m = memberStart; m < memberEnd; m++) {
						int x = fold.members[m];
						if (fold.depth[x] == h) {
							harmonicResult[x] += harmonic;
							distanceSum[x] += sum;
						}
					}
				}
				java.util.Arrays.fill(atDistance, 0, farthest + 1, 0);
			}
			if (memberEnd - memberStart > 1) {
				for (int m = memberStart; m < memberEnd; m++) {
					treeSearch(fold.members[m], fold.kept[source]);
				}
			}
		}

		/** Distances from one member to the others of its group, whose edges form a tree. */
		private void treeSearch(int start, int groupRoot) {
			var graph = fold.graph;
			int[] root = fold.root;
			int[] queue = groupQueue;
			int[] dist = groupDistance;
			dist[start] = 0;
			queue[0] = start;
			int head = 0;
			int tail = 1;
			double harmonic = 0;
			double sum = 0;
			while (head < tail) {
				int v = queue[head++];
				int next = dist[v] + 1;
				for (int i = graph.offsets[v], end = graph.offsets[v + 1]; i < end; i++) {
					int u = graph.targets[i];
					if (dist[u] < 0 && root[u] == groupRoot) {
						dist[u] = next;
						queue[tail++] = u;
						harmonic += 1.0 / next;
						sum += next;
					}
				}
			}
			harmonicResult[start] += harmonic;
			distanceSum[start] += sum;
			for (int i = 0; i < tail; i++) {
				dist[queue[i]] = -1;
			}
		}
	}
}
