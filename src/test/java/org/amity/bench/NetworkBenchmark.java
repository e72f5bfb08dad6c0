package org.amity.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Supplier;

import org.amity.AmityApplication;
import org.amity.network.graph.Graph;
import org.amity.network.graph.GraphAlgorithms;
import org.amity.partnership.Partnerships;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Times Amity's network metrics on the real partnership graph against python-igraph and NetworkX in the same run, and
 * checks that Amity's exact betweenness is igraph's and that its Louvain split is as good as NetworkX's.
 *
 * <p>
 * The graph is the one Amity serves: the application starts without a web server on a fresh embedded PostgreSQL with
 * the bundled data loaded, and every partnership from {@link Partnerships#all()} becomes an edge between its two
 * places. The edge list goes to {@code target/bench-network/edges.txt}; {@code bench/network/peers.py} times the
 * same metrics there. Machines are noisy, so the ratios of one run are the figures to watch.
 *
 * <p>
 * A plain {@code main}, not a test: {@code ./mvnw verify} never runs it, and it reports rather than gates (exit code 0
 * whether the goals are met or not, non-zero only on an error). Run it with {@code bench/network.sh}.
 *
 * <pre>
 * arguments: [ROUNDS] [--warmup=N] [--threads=N] [--python=CMD] [--sample=K] [--edges=FILE] [--no-peers]
 *   ROUNDS        rounds of Amity's metrics, the first ones as warm-up (default 7)
 *   --warmup=N    warm-up rounds left out of the median (default 2)
 *   --threads=N   workers for the shortest-path sweep (default: the cores available)
 *   --python=CMD  the Python that has igraph and NetworkX (default python3)
 *   --sample=K    sources NetworkX samples for betweenness, harmonic and closeness (default 500)
 *   --edges=FILE  an edge list in peers.py's format instead of the bundled data (no application start)
 *   --no-peers    time Amity only
 * </pre>
 */
public final class NetworkBenchmark {

	static final double GOAL_ALL_MILLIS = 5_000;
	static final double GOAL_OVER_IGRAPH = 3;
	static final double GOAL_OVER_NETWORKX = 50;
	/** Betweenness must equal igraph's to this relative error, or this absolute one where the value is below 1. */
	static final double AGREEMENT = 1e-9;
	static final double MODULARITY_SLACK = 0.01;

	private static final Path OUT = Path.of("target/bench-network");
	private static final List<String> METRICS = List.of("betweenness", "pagerank", "harmonic", "closeness",
			"coreness", "clustering", "components", "louvain");

	private NetworkBenchmark() {
	}

	public static void main(String[] args) {
		try {
			run(Options.parse(args));
			System.exit(0);
		}
		catch (IllegalArgumentException e) {
			System.err.println("network benchmark: " + e.getMessage());
			System.exit(2);
		}
		catch (Exception e) {
			System.err.println("network benchmark failed:");
			e.printStackTrace();
			System.exit(1);
		}
	}

	private static void run(Options options) throws IOException, InterruptedException {
		Files.createDirectories(OUT);
		Path edges = OUT.resolve("edges.txt");
		Graph graph;
		String source;
		if (options.edges == null) {
			graph = partnershipGraph();
			writeEdges(graph, edges);
			source = "the bundled data's partnerships";
		}
		else {
			graph = readEdges(options.edges);
			edges = options.edges;
			source = options.edges.toString();
		}
		var shape = shape(graph);
		System.out.printf(Locale.ROOT, "Graph from %s: %,d places, %,d links, %s%n", source, graph.nodeCount(),
				graph.edgeCount(), shape);
		System.out.printf(Locale.ROOT, "Java %s, %d cores, %d threads; %d rounds, the first %d as warm-up%n%n",
				System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), options.threads,
				options.rounds, options.warmup);

		var amity = timeAmity(graph, options);
		var all = GraphAlgorithms.all(graph, options.threads);
		writeLines(OUT.resolve("amity-betweenness.txt"), all.betweenness());
		Files.writeString(OUT.resolve("amity-modularity.txt"),
				String.format(Locale.ROOT, "%.12f%n", all.modularity()));
		System.out.printf(Locale.ROOT, "Amity: %,d components, %,d communities (Louvain, seed %d), modularity %.4f%n",
				all.componentCount(), all.communityCount(), GraphAlgorithms.LOUVAIN_SEED, all.modularity());

		if (options.peers) {
			var peers = runPeers(edges, options);
			compare(graph, all, amity, peers);
		}
		else {
			double allMs = amity.get("all");
			System.out.println();
			System.out.printf(Locale.ROOT, "goal: all metrics ≤ 5 s → %s (%,.0f ms)%n",
					allMs <= GOAL_ALL_MILLIS ? "PASS" : "FAIL", allMs);
		}
	}

	/** Every place that is party to a partnership is a node, numbered in order of place id. */
	private static Graph partnershipGraph() {
		System.out.println("Starting Amity (fresh embedded PostgreSQL, bundled data, no web server)...");
		try (var context = new SpringApplicationBuilder(AmityApplication.class).web(WebApplicationType.NONE)
			.logStartupInfo(false)
			// As command-line arguments, not default properties: application.yml would override those.
			.run("--amity.embedded-database.clean=true", "--amity.embedded-database.directory=target/bench-postgres",
					"--logging.level.root=WARN", "--spring.main.banner-mode=off",
					"--spring.thymeleaf.check-template-location=false")) {
			var partnerships = context.getBean(Partnerships.class).all();
			var places = new TreeSet<Long>();
			for (var p : partnerships) {
				places.add(p.placeA());
				places.add(p.placeB());
			}
			var index = new LinkedHashMap<Long, Integer>();
			for (long place : places) {
				index.put(place, index.size());
			}
			var sources = new int[partnerships.size()];
			var targets = new int[partnerships.size()];
			for (int i = 0; i < sources.length; i++) {
				sources[i] = index.get(partnerships.get(i).placeA());
				targets[i] = index.get(partnerships.get(i).placeB());
			}
			System.out.printf(Locale.ROOT, "%,d partnerships read%n", partnerships.size());
			return Graph.of(index.size(), sources, targets);
		}
	}

	/** Median milliseconds of each of Amity's calls over the measured rounds. */
	private static Map<String, Double> timeAmity(Graph graph, Options options) {
		int threads = options.threads;
		var calls = new LinkedHashMap<String, Supplier<Object>>();
		calls.put("all", () -> GraphAlgorithms.all(graph, threads));
		calls.put("betweenness", () -> GraphAlgorithms.betweenness(graph, threads));
		calls.put("pagerank", () -> GraphAlgorithms.pageRank(graph, 0.85));
		calls.put("harmonic", () -> GraphAlgorithms.harmonic(graph, threads));
		calls.put("closeness", () -> GraphAlgorithms.closeness(graph, threads));
		calls.put("coreness", () -> GraphAlgorithms.coreNumbers(graph));
		calls.put("clustering", () -> GraphAlgorithms.clustering(graph));
		calls.put("components", () -> GraphAlgorithms.components(graph));
		calls.put("louvain", () -> GraphAlgorithms.louvain(graph, GraphAlgorithms.LOUVAIN_SEED));

		var samples = new LinkedHashMap<String, List<Double>>();
		System.out.printf(Locale.ROOT, "Amity, ms per call:%n%-12s", "round");
		for (var name : calls.keySet()) {
			System.out.printf(Locale.ROOT, " %11s", name);
			samples.put(name, new ArrayList<>());
		}
		System.out.println();
		for (int r = 1; r <= options.rounds; r++) {
			System.out.printf(Locale.ROOT, "%-12s", r + (r <= options.warmup ? " (warm-up)" : ""));
			for (var call : calls.entrySet()) {
				System.gc();
				long start = System.nanoTime();
				var result = call.getValue().get();
				double ms = (System.nanoTime() - start) / 1e6;
				if (result == null) {
					throw new IllegalStateException(call.getKey() + " returned nothing");
				}
				if (r > options.warmup) {
					samples.get(call.getKey()).add(ms);
				}
				System.out.printf(Locale.ROOT, " %11.1f", ms);
			}
			System.out.println();
		}
		var medians = new LinkedHashMap<String, Double>();
		System.out.printf(Locale.ROOT, "%-12s", "median");
		for (var entry : samples.entrySet()) {
			double median = median(entry.getValue().stream().mapToDouble(Double::doubleValue).toArray());
			medians.put(entry.getKey(), median);
			System.out.printf(Locale.ROOT, " %11.1f", median);
		}
		System.out.println();

		// Plain Brandes without folding, once, to show what the folding is worth.
		System.gc();
		long start = System.nanoTime();
		GraphAlgorithms.betweennessWithoutFolding(graph, threads);
		medians.put("betweenness without folding", (System.nanoTime() - start) / 1e6);
		System.out.printf(Locale.ROOT, "betweenness by plain Brandes, without folding the trees (once): %,.0f ms%n%n",
				medians.get("betweenness without folding"));
		return medians;
	}

	private static JsonNode runPeers(Path edges, Options options) throws IOException, InterruptedException {
		Path json = OUT.resolve("peers.json");
		Files.deleteIfExists(json);
		var command = new ArrayList<String>(List.of(options.python.split(" ")));
		command.addAll(List.of("bench/network/peers.py", edges.toString(), json.toString(),
				"--sample=" + options.sample, "--seed=" + GraphAlgorithms.LOUVAIN_SEED));
		System.out.println("Peers: " + String.join(" ", command));
		var process = new ProcessBuilder(command).inheritIO().start();
		int exit = process.waitFor();
		if (exit != 0 || !Files.exists(json)) {
			throw new IllegalStateException("The peer script failed (exit code " + exit + ")");
		}
		return JsonMapper.builder().build().readTree(json.toFile());
	}

	private static void compare(Graph graph, org.amity.network.graph.Metrics amityMetrics, Map<String, Double> amity,
			JsonNode peers) {
		var igraph = peers.get("igraph");
		var networkx = peers.get("networkx");
		var igraphTimes = igraph.get("times");
		var networkxTimes = networkx.get("times");
		System.out.println();
		System.out.printf(Locale.ROOT, "Times in ms (Amity: median of the measured rounds; igraph %s: median of %d; "
				+ "NetworkX %s: one round, * = estimated from %d sampled sources × n/%d)%n",
				igraph.get("version").asString(), igraph.get("rounds").asInt(), networkx.get("version").asString(),
				networkx.get("sample").asInt(), networkx.get("sample").asInt());
		System.out.printf(Locale.ROOT, "%-14s %10s %10s %12s %11s %12s%n", "metric", "Amity", "igraph", "NetworkX",
				"igraph/Am.", "NetworkX/Am.");
		double amitySum = 0;
		for (var metric : METRICS) {
			double a = amity.get(metric);
			amitySum += a;
			double ig = igraphTimes.get(metric).asDouble() * 1000;
			double nx = networkxTimes.get(metric).asDouble() * 1000;
			boolean estimated = false;
			for (var e : networkx.get("estimated")) {
				estimated |= e.asString().equals(metric);
			}
			System.out.printf(Locale.ROOT, "%-14s %10.1f %10.1f %11.0f%s %10.1f× %11.1f×%n", metric, a, ig, nx,
					estimated ? "*" : " ", ig / a, nx / a);
		}
		double igTotal = igraphTimes.get("total").asDouble() * 1000;
		double nxTotal = networkxTimes.get("total").asDouble() * 1000;
		double allMs = amity.get("all");
		System.out.printf(Locale.ROOT, "%-14s %10.1f %10.1f %11.0f* %10.1f× %11.1f×%n", "all (one call)", allMs,
				igTotal, nxTotal, igTotal / allMs, nxTotal / allMs);
		System.out.printf(Locale.ROOT, "(Amity's calls one by one add up to %,.0f ms; all() shares the search of "
				+ "betweenness, harmonic and closeness; the peers' totals are sums of their calls)%n", amitySum);

		System.out.println();
		var igraphBetweenness = doubles(igraph.get("betweenness"));
		var betweenness = amityMetrics.betweenness();
		double worst = 0;
		int worstNode = -1;
		int disagreeing = 0;
		for (int v = 0; v < betweenness.length; v++) {
			double error = Math.abs(betweenness[v] - igraphBetweenness[v]) / Math.max(1, Math.abs(igraphBetweenness[v]));
			if (error > worst) {
				worst = error;
				worstNode = v;
			}
			if (error > AGREEMENT) {
				disagreeing++;
			}
		}
		System.out.printf(Locale.ROOT, "check: exact betweenness equals igraph's (relative error ≤ 1e-9, absolute below "
				+ "1) → %s (largest %.2e%s, %d nodes over)%n", disagreeing == 0 ? "PASS" : "FAIL", worst,
				worstNode < 0 ? "" : " at node " + worstNode, disagreeing);
		double nxModularity = networkx.get("modularity").asDouble();
		double igModularity = igraph.get("modularity").asDouble();
		System.out.printf(Locale.ROOT, "check: Louvain modularity ≥ NetworkX's - 0.01 → %s (Amity %.4f in %d "
				+ "communities, NetworkX %.4f in %d, igraph %.4f in %d)%n",
				amityMetrics.modularity() >= nxModularity - MODULARITY_SLACK ? "PASS" : "FAIL",
				amityMetrics.modularity(), amityMetrics.communityCount(), nxModularity,
				networkx.get("communities").asInt(), igModularity, igraph.get("communities").asInt());
		agreement("PageRank against NetworkX's (the same power iteration)", amityMetrics.pageRank(),
				doubles(networkx.get("pagerank")));
		// NetworkX stops once the ranks move by less than n * 1e-6 in total, loose on a graph this size; igraph
		// solves exactly. The difference is NetworkX's stopping rule, shown for the reader.
		agreement("PageRank against igraph's (PRPACK, exact solve)", amityMetrics.pageRank(),
				doubles(igraph.get("pagerank")));
		agreement("harmonic against igraph's", amityMetrics.harmonic(), doubles(igraph.get("harmonic")));
		agreement("clustering against igraph's", amityMetrics.clustering(), doubles(igraph.get("clustering")));
		var coreness = igraph.get("coreness");
		int coreDifferences = 0;
		for (int v = 0; v < graph.nodeCount(); v++) {
			coreDifferences += amityMetrics.coreNumber()[v] == coreness.get(v).asInt() ? 0 : 1;
		}
		System.out.printf(Locale.ROOT, "  core numbers against igraph's: %d nodes differ%n", coreDifferences);
		System.out.printf(Locale.ROOT, "  components: Amity %d, igraph %d, NetworkX %d%n", amityMetrics.componentCount(),
				igraph.get("components").asInt(), networkx.get("components").asInt());

		System.out.println();
		double betweennessMs = amity.get("betweenness");
		double overIgraph = igraphTimes.get("betweenness").asDouble() * 1000 / betweennessMs;
		double overNetworkx = networkxTimes.get("betweenness").asDouble() * 1000 / betweennessMs;
		System.out.printf(Locale.ROOT, "goal: all metrics ≤ 5 s → %s (all() %,.0f ms)%n",
				allMs <= GOAL_ALL_MILLIS ? "PASS" : "FAIL", allMs);
		System.out.printf(Locale.ROOT, "goal: exact betweenness ≥ 3× faster than igraph → %s (%.1f×: %,.0f ms "
				+ "against %,.0f ms)%n", overIgraph >= GOAL_OVER_IGRAPH ? "PASS" : "FAIL", overIgraph, betweennessMs,
				igraphTimes.get("betweenness").asDouble() * 1000);
		System.out.printf(Locale.ROOT, "goal: exact betweenness ≥ 50× faster than NetworkX (estimated) → %s (%.0f×: "
				+ "%,.0f ms against about %,.0f ms, from %d sampled sources)%n",
				overNetworkx >= GOAL_OVER_NETWORKX ? "PASS" : "FAIL", overNetworkx, betweennessMs,
				networkxTimes.get("betweenness").asDouble() * 1000, networkx.get("sample").asInt());
	}

	private static void agreement(String what, double[] amity, double[] peer) {
		double worstAbsolute = 0;
		double worstRelative = 0;
		for (int v = 0; v < amity.length; v++) {
			double difference = Math.abs(amity[v] - peer[v]);
			worstAbsolute = Math.max(worstAbsolute, difference);
			worstRelative = Math.max(worstRelative, difference / Math.max(Math.abs(peer[v]), 1e-300));
		}
		System.out.printf(Locale.ROOT, "  %s: largest difference %.2e (relative %.2e)%n", what, worstAbsolute,
				worstRelative);
	}

	/** How the graph is made: what the folding removes and what the sweeps run on. */
	private static String shape(Graph graph) {
		int leaves = 0;
		for (int v = 0; v < graph.nodeCount(); v++) {
			leaves += graph.degree(v) == 1 ? 1 : 0;
		}
		var cores = GraphAlgorithms.coreNumbers(graph);
		long inTwoCore = Arrays.stream(cores).filter(c -> c >= 2).count();
		return String.format(Locale.ROOT, "%,d of degree one, %,d in the 2-core", leaves, inTwoCore);
	}

	private static void writeEdges(Graph graph, Path file) throws IOException {
		var text = new StringBuilder(graph.edgeCount() * 12);
		text.append(graph.nodeCount()).append(' ').append(graph.edgeCount()).append('\n');
		for (int v = 0; v < graph.nodeCount(); v++) {
			for (int u : graph.neighbours(v)) {
				if (u > v) {
					text.append(v).append(' ').append(u).append('\n');
				}
			}
		}
		Files.writeString(file, text, StandardCharsets.US_ASCII);
	}

	private static Graph readEdges(Path file) throws IOException {
		var lines = Files.readAllLines(file);
		var header = lines.get(0).trim().split("\\s+");
		int n = Integer.parseInt(header[0]);
		var sources = new int[lines.size() - 1];
		var targets = new int[lines.size() - 1];
		int count = 0;
		for (var line : lines.subList(1, lines.size())) {
			if (!line.isBlank()) {
				var pair = line.trim().split("\\s+");
				sources[count] = Integer.parseInt(pair[0]);
				targets[count] = Integer.parseInt(pair[1]);
				count++;
			}
		}
		return Graph.of(n, Arrays.copyOf(sources, count), Arrays.copyOf(targets, count));
	}

	private static void writeLines(Path file, double[] values) {
		var text = new StringBuilder();
		for (double value : values) {
			text.append(value).append('\n');
		}
		try {
			Files.writeString(file, text);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static double[] doubles(JsonNode array) {
		var values = new double[array.size()];
		for (int i = 0; i < values.length; i++) {
			values[i] = array.get(i).asDouble();
		}
		return values;
	}

	static double median(double[] values) {
		if (values.length == 0) {
			return Double.NaN;
		}
		var sorted = values.clone();
		Arrays.sort(sorted);
		int middle = sorted.length / 2;
		return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
	}

	private static final class Options {

		int rounds = 7;
		int warmup = 2;
		int threads = Runtime.getRuntime().availableProcessors();
		String python = "python3";
		int sample = 500;
		Path edges;
		boolean peers = true;

		static Options parse(String[] args) {
			var options = new Options();
			for (var arg : args) {
				if (arg.startsWith("--warmup=")) {
					options.warmup = positive(arg, true);
				}
				else if (arg.startsWith("--threads=")) {
					options.threads = positive(arg, false);
				}
				else if (arg.startsWith("--python=")) {
					options.python = arg.substring("--python=".length());
				}
				else if (arg.startsWith("--sample=")) {
					options.sample = positive(arg, false);
				}
				else if (arg.startsWith("--edges=")) {
					options.edges = Path.of(arg.substring("--edges=".length()));
				}
				else if (arg.equals("--no-peers")) {
					options.peers = false;
				}
				else if (arg.matches("\\d+")) {
					options.rounds = Integer.parseInt(arg);
				}
				else {
					throw new IllegalArgumentException("Unknown argument " + arg + "; see NetworkBenchmark's javadoc");
				}
			}
			if (options.rounds < 1 || options.warmup >= options.rounds) {
				throw new IllegalArgumentException("Need more rounds (" + options.rounds + ") than warm-up rounds ("
						+ options.warmup + ")");
			}
			return options;
		}

		private static int positive(String arg, boolean zeroAllowed) {
			int value = Integer.parseInt(arg.substring(arg.indexOf('=') + 1));
			if (value < (zeroAllowed ? 0 : 1)) {
				throw new IllegalArgumentException(arg + ": must be " + (zeroAllowed ? "0 or more" : "1 or more"));
			}
			return value;
		}
	}
}
