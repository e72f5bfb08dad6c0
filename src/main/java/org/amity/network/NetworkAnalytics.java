package org.amity.network;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.PreDestroy;
import org.amity.city.Gazetteer;
import org.amity.city.Place;
import org.amity.city.PlaceNotFoundException;
import org.amity.network.graph.GraphAlgorithms;
import org.amity.network.graph.Metrics;
import org.amity.partnership.Partnerships;
import org.amity.partnership.PartnershipsChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The network module's API. The graph of a filter is built from the registry and analysed once, then kept until a
 * partnership changes ({@link PartnershipsChanged}); the whole world's analysis is started in the background when the
 * application is ready and after every change, so that pages rarely wait for it.
 */
@Service
public class NetworkAnalytics {

	private static final Logger log = LoggerFactory.getLogger(NetworkAnalytics.class);
	private static final int CACHED_FILTERS = 16;

	private final Gazetteer gazetteer;
	private final Partnerships partnerships;
	private final int threads;
	private final boolean warmUp;
	private final Map<NetworkFilter, CompletableFuture<NetworkAnalysis>> analyses = Collections
		.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<NetworkFilter, CompletableFuture<NetworkAnalysis>> eldest) {
				return size() > CACHED_FILTERS;
			}
		});
	private volatile CompletableFuture<PartnershipGraph> world;
	/** One background worker: changes in a burst (an import publishes many) lead to one recomputation after them. */
	private final ScheduledExecutorService background = Executors
		.newSingleThreadScheduledExecutor(runnable -> {
			var thread = new Thread(runnable, "network-analysis");
			thread.setDaemon(true);
			return thread;
		});
	private ScheduledFuture<?> pending;
	private volatile boolean ready;
	private volatile long knownVersion = -1;
	private final Semaphore filtered = new Semaphore(1, true);

	NetworkAnalytics(Gazetteer gazetteer, Partnerships partnerships,
			@Value("${amity.network.threads:0}") int threads, @Value("${amity.network.warm-up:true}") boolean warmUp) {
		this.gazetteer = gazetteer;
		this.partnerships = partnerships;
		this.threads = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
		this.warmUp = warmUp;
	}

	/**
	 * Forgets what was computed from an older registry: changes committed by another process (another instance, the
	 * command line) publish no event here, but they move the registry's version.
	 */
	private void followRegistry() {
		long version = partnerships.version();
		if (version != knownVersion) {
			synchronized (this) {
				if (version != knownVersion) {
					world = null;
					analyses.clear();
					knownVersion = version;
				}
			}
		}
	}

	/** The analysis of the filtered network: computed now if it is not known yet, else the kept one. */
	public NetworkAnalysis analysis(NetworkFilter filter) {
		followRegistry();
		CompletableFuture<NetworkAnalysis> future;
		boolean mine = false;
		synchronized (analyses) {
			future = analyses.get(filter);
			if (future == null) {
				future = new CompletableFuture<>();
				analyses.put(filter, future);
				mine = true;
			}
		}
		if (mine) {
			try {
				future.complete(filter.isWorld() ? compute(filter) : computeFiltered(filter));
			}
			catch (RuntimeException e) {
				analyses.remove(filter);
				future.completeExceptionally(e);
			}
		}
		return future.join();
	}

	/** The analysis if it is already computed, without waiting for one. */
	public Optional<NetworkAnalysis> analysisIfReady(NetworkFilter filter) {
		followRegistry();
		var future = analyses.get(filter);
		return future != null && future.isDone() && !future.isCompletedExceptionally()
				? Optional.of(future.join()) : Optional.empty();
	}

	/** The whole network's graph without metrics: cheap, for questions about a few cities. */
	public PartnershipGraph world() {
		followRegistry();
		var current = world;
		if (current == null) {
			synchronized (this) {
				current = world;
				if (current == null) {
					current = CompletableFuture.completedFuture(build(NetworkFilter.WORLD));
					world = current;
				}
			}
		}
		return current.join();
	}

	/** The partners two places have in common, by name. */
	public List<Place> sharedPartners(long one, long other) {
		var network = world();
		var a = network.nodeOf(require(one)).orElse(null);
		var b = network.nodeOf(require(other)).orElse(null);
		if (a == null || b == null) {
			return List.of();
		}
		var partnersOfB = Set.copyOf(boxed(network.graph().neighbours(b)));
		return boxed(network.graph().neighbours(a)).stream()
			.filter(partnersOfB::contains)
			.map(network::place)
			.sorted(Comparator.comparing(Place::name))
			.toList();
	}

	/** Up to {@code limit} shortest chains of partnerships from one place to another (empty when unconnected). */
	public List<List<Place>> shortestPaths(long from, long to, int limit) {
		var network = world();
		var start = network.nodeOf(require(from)).orElse(null);
		var goal = network.nodeOf(require(to)).orElse(null);
		if (start == null || goal == null) {
			return List.of();
		}
		var graph = network.graph();
		var distance = new int[graph.nodeCount()];
		Arrays.fill(distance, -1);
		var predecessors = new HashMap<Integer, List<Integer>>();
		var queue = new ArrayDeque<Integer>();
		distance[start] = 0;
		queue.add(start);
		while (!queue.isEmpty()) {
			int node = queue.poll();
			if (node == goal) {
				break;
			}
			for (int next : graph.neighbours(node)) {
				if (distance[next] < 0) {
					distance[next] = distance[node] + 1;
					queue.add(next);
				}
				if (distance[next] == distance[node] + 1) {
					predecessors.computeIfAbsent(next, k -> new ArrayList<>()).add(node);
				}
			}
		}
		if (distance[goal] < 0) {
			return List.of();
		}
		var paths = new ArrayList<List<Place>>();
		collect(goal, start, predecessors, new ArrayList<>(), paths, limit, network);
		return paths;
	}

	private static void collect(int node, int start, Map<Integer, List<Integer>> predecessors, List<Integer> suffix,
			List<List<Place>> paths, int limit, PartnershipGraph network) {
		if (paths.size() >= limit) {
			return;
		}
		suffix.add(0, node);
		if (node == start) {
			paths.add(suffix.stream().map(network::place).toList());
		}
		else {
			for (int previous : predecessors.getOrDefault(node, List.of())) {
				collect(previous, start, predecessors, suffix, paths, limit, network);
			}
		}
		suffix.remove(0);
	}

	/**
	 * Third places that could join two partners in a trilateral program, best first, each with the reasons: a partner
	 * of both; a partner of one in the same Louvain community as the other; a partner of one in a country where the
	 * other already has partners; a partner of one in the same region as the other.
	 */
	public List<Suggestion> trilateralSuggestions(long one, long other, int limit) {
		var network = world();
		var a = network.nodeOf(require(one)).orElse(null);
		var b = network.nodeOf(require(other)).orElse(null);
		if (a == null || b == null) {
			return List.of();
		}
		var graph = network.graph();
		var community = analysisIfReady(NetworkFilter.WORLD).map(x -> x.metrics().community()).orElse(null);
		var candidates = new LinkedHashMap<Integer, EnumSet<Suggestion.Reason>>();
		for (int[] pair : new int[][] { { a, b }, { b, a } }) {
			int self = pair[0];
			int partner = pair[1];
			var partnerCountries = boxed(graph.neighbours(partner)).stream()
				.map(n -> network.place(n).country())
				.collect(Collectors.toSet());
			var partnerRegion = Region.of(network.place(partner).country()).orElse(null);
			var partnersOfPartner = Set.copyOf(boxed(graph.neighbours(partner)));
			for (int candidate : graph.neighbours(self)) {
				if (candidate == partner) {
					continue;
				}
				var reasons = candidates.computeIfAbsent(candidate, k -> EnumSet.noneOf(Suggestion.Reason.class));
				if (partnersOfPartner.contains(candidate)) {
					reasons.add(Suggestion.Reason.PARTNER_OF_BOTH);
				}
				if (community != null && community[candidate] == community[partner]) {
					reasons.add(Suggestion.Reason.SAME_COMMUNITY);
				}
				if (partnerCountries.contains(network.place(candidate).country())) {
					reasons.add(Suggestion.Reason.PARTNER_HAS_TIES_IN_ITS_COUNTRY);
				}
				if (partnerRegion != null && partnerRegion == Region.of(network.place(candidate).country()).orElse(null)) {
					reasons.add(Suggestion.Reason.SAME_REGION);
				}
			}
		}
		return candidates.entrySet().stream()
			.filter(e -> !e.getValue().isEmpty())
			.map(e -> new Suggestion(network.place(e.getKey()), Set.copyOf(e.getValue()),
					e.getValue().stream().mapToInt(Suggestion.Reason::weight).sum(), graph.degree(e.getKey())))
			.sorted(Comparator.comparingInt(Suggestion::score).reversed()
				.thenComparing(Comparator.comparingInt(Suggestion::partnerships).reversed())
				.thenComparing(s -> s.place().name()))
			.limit(limit)
			.toList();
	}

	/** A third place for a trilateral program, with why it is suggested. */
	public record Suggestion(Place place, Set<Reason> reasons, int score, int partnerships) {

		public enum Reason {

			PARTNER_OF_BOTH(4), SAME_COMMUNITY(2), PARTNER_HAS_TIES_IN_ITS_COUNTRY(1), SAME_REGION(1);

			private final int weight;

			Reason(int weight) {
				this.weight = weight;
			}

			public int weight() {
				return weight;
			}
		}
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(PartnershipsChanged changed) {
		forget();
	}

	/** Drops every kept analysis; once the application is up, the world's is recomputed in the background. */
	void forget() {
		world = null;
		analyses.clear();
		if (warmUp && ready) {
			warmUpInBackground(Duration.ofSeconds(2));
		}
	}

	@EventListener(ApplicationReadyEvent.class)
	void warmUpWhenReady() {
		ready = true;
		if (warmUp) {
			warmUpInBackground(Duration.ZERO);
		}
	}

	@PreDestroy
	void stop() {
		background.shutdownNow();
	}

	private synchronized void warmUpInBackground(Duration delay) {
		if (pending != null) {
			pending.cancel(false);
		}
		pending = background.schedule(() -> {
			try {
				analysis(NetworkFilter.WORLD);
			}
			catch (RuntimeException e) {
				log.warn("The network analysis could not be computed in the background", e);
			}
		}, delay.toMillis(), TimeUnit.MILLISECONDS);
	}

	/**
	 * Filters come from anyone's request: one filtered network is computed at a time, so that stepping through years
	 * queues work instead of taking every core at once.
	 */
	private NetworkAnalysis computeFiltered(NetworkFilter filter) {
		try {
			filtered.acquire();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting to compute the network", e);
		}
		try {
			return compute(filter);
		}
		finally {
			filtered.release();
		}
	}

	private NetworkAnalysis compute(NetworkFilter filter) {
		var started = System.nanoTime();
		var network = filter.isWorld() ? world() : build(filter);
		var metrics = numberedBySize(GraphAlgorithms.all(network.graph(), threads));
		var took = Duration.ofNanos(System.nanoTime() - started);
		log.info("Network analysis of {} nodes and {} edges ({}) in {} ms", network.nodeCount(),
				network.graph().edgeCount(), filter, took.toMillis());
		return new NetworkAnalysis(filter, network, metrics, Instant.now(), took);
	}

	/**
	 * Communities numbered from the largest (0) down, so that "community 1" means the same on the map, in the ranking
	 * and in an export, and stays put when an unrelated small community appears.
	 */
	private static Metrics numberedBySize(Metrics m) {
		var community = m.community();
		var size = new HashMap<Integer, Integer>();
		var first = new HashMap<Integer, Integer>();
		for (int node = 0; node < community.length; node++) {
			size.merge(community[node], 1, Integer::sum);
			first.putIfAbsent(community[node], node);
		}
		var order = new ArrayList<>(size.keySet());
		order.sort(Comparator.comparing((Integer c) -> size.get(c)).reversed().thenComparing(first::get));
		var number = new HashMap<Integer, Integer>();
		for (int i = 0; i < order.size(); i++) {
			number.put(order.get(i), i);
		}
		var renumbered = new int[community.length];
		for (int node = 0; node < community.length; node++) {
			renumbered[node] = number.get(community[node]);
		}
		return new Metrics(m.degree(), m.betweenness(), m.pageRank(), m.closeness(),
				m.harmonic(), m.coreNumber(), m.clustering(), m.component(), m.componentCount(), renumbered,
				m.communityCount(), m.modularity());
	}

	private PartnershipGraph build(NetworkFilter filter) {
		var links = partnerships.all();
		var ids = new HashSet<Long>();
		links.forEach(link -> {
			ids.add(link.placeA());
			ids.add(link.placeB());
		});
		var places = gazetteer.findAll(ids).stream().collect(Collectors.toMap(Place::id, Function.identity()));
		if (filter.wardLinks()) {
			var parents = places.values().stream().map(Place::parentId).filter(Objects::nonNull)
				.filter(id -> !places.containsKey(id)).collect(Collectors.toSet());
			gazetteer.findAll(parents).forEach(p -> places.put(p.id(), p));
		}
		return PartnershipGraph.build(links, places, filter);
	}

	private long require(long placeId) {
		if (world().nodeOf(placeId).isEmpty() && gazetteer.find(placeId).isEmpty()) {
			throw new PlaceNotFoundException(String.valueOf(placeId));
		}
		return placeId;
	}

	private static List<Integer> boxed(int[] nodes) {
		var list = new ArrayList<Integer>(nodes.length);
		for (int node : nodes) {
			list.add(node);
		}
		return list;
	}
}
