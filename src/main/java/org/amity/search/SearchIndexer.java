package org.amity.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.annotation.PreDestroy;
import org.amity.shared.search.SearchContentChanged;
import org.amity.shared.search.SearchContribution;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the index in step with every module's contribution. Each kind is re-indexed on its own thread when its module
 * says it changed ({@link SearchContentChanged}) or when its version differs from the indexed one (looked at every
 * few seconds, so changes made by another instance or the command line are followed too). Searches go on against the
 * previous index meanwhile.
 */
@Component
class SearchIndexer {

	private static final Logger log = LoggerFactory.getLogger(SearchIndexer.class);

	private final ObjectProvider<SearchContribution> contributions;
	private final SearchBackend backend;
	private final boolean warmUp;
	private final long checkEveryMillis;
	private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
		var thread = new Thread(runnable, "search-index");
		thread.setDaemon(true);
		return thread;
	});
	private final Map<String, Long> indexedVersions = new HashMap<>();
	private final AtomicLong lastCheck = new AtomicLong();
	private volatile CompletableFuture<Void> firstBuild;

	SearchIndexer(ObjectProvider<SearchContribution> contributions, SearchBackend backend,
			@Value("${amity.search.warm-up:true}") boolean warmUp,
			@Value("${amity.search.check-every:5s}") java.time.Duration checkEvery) {
		this.contributions = contributions;
		this.backend = backend;
		this.warmUp = warmUp;
		this.checkEveryMillis = checkEvery.toMillis();
	}

	@EventListener(ApplicationReadyEvent.class)
	void buildWhenReady() {
		if (warmUp) {
			start();
		}
	}

	/**
	 * Named documents are updated at once; their kind's version is left as it was indexed, so the next look at the
	 * versions rebuilds the kind in the background, which also takes in any change another instance made meanwhile.
	 */
	@EventListener
	void onChange(SearchContentChanged changed) {
		if (firstBuild == null) {
			return;
		}
		if (changed.ids().isEmpty()) {
			worker.submit(() -> update(changed.kind(), true));
			return;
		}
		worker.submit(() -> contributions.orderedStream().filter(c -> c.kind().equals(changed.kind())).forEach(c -> {
			try {
				var documents = c.documents(changed.ids());
				backend.update(c.kind(), changed.ids(), documents);
				log.debug("Updated {} search documents of kind {}", changed.ids().size(), c.kind());
			}
			catch (RuntimeException e) {
				log.warn("The changed search documents of kind {} could not be indexed", c.kind(), e);
			}
		}));
	}

	/**
	 * Before a search: the first one waits for the index to exist; later ones at most ask the worker to look at the
	 * versions, and do not wait for it.
	 */
	void beforeSearch() {
		var build = start();
		if (!build.isDone()) {
			build.join();
			return;
		}
		long now = System.currentTimeMillis();
		long last = lastCheck.get();
		if (now - last >= checkEveryMillis && lastCheck.compareAndSet(last, now)) {
			worker.submit(this::updateChanged);
		}
	}

	void refreshAll() {
		start().join();
		CompletableFuture.runAsync(this::updateChanged, worker).join();
	}

	List<String> kinds() {
		var kinds = new ArrayList<String>();
		contributions.orderedStream().forEach(contribution -> kinds.add(contribution.kind()));
		return kinds;
	}

	private synchronized CompletableFuture<Void> start() {
		if (firstBuild == null || firstBuild.isCompletedExceptionally()) {
			lastCheck.set(System.currentTimeMillis());
			firstBuild = CompletableFuture.runAsync(this::updateChanged, worker);
		}
		return firstBuild;
	}

	/**
	 * Runs on the worker only. An index that cannot be reached is not sent documents built in vain; the kinds stay
	 * unindexed, so the next look at the versions tries again.
	 */
	private void updateChanged() {
		try {
			backend.requireReachable();
		}
		catch (SearchUnavailableException e) {
			log.warn("The search index cannot be reached; it is brought up to date once it can be: {}", e.getMessage());
			return;
		}
		kinds().stream().distinct().forEach(kind -> update(kind, false));
	}

	private void update(String kind, boolean evenIfSameVersion) {
		try {
			updateKind(kind, evenIfSameVersion);
		}
		catch (RuntimeException e) {
			log.warn("The search documents of kind {} could not be indexed; the previous ones stay searchable", kind,
					e);
		}
	}

	/**
	 * Indexes every document of a kind at once: several contributions may hand over the same kind, and replacing the
	 * kind with one contribution's documents would drop the others'.
	 */
	private void updateKind(String kind, boolean evenIfSameVersion) {
		var ofKind = contributions.orderedStream().filter(c -> c.kind().equals(kind)).toList();
		long version = ofKind.stream().mapToLong(SearchContribution::version).reduce(17, (a, v) -> 31 * a + v);
		var indexed = indexedVersions.get(kind);
		if (!evenIfSameVersion && indexed != null && indexed == version) {
			return;
		}
		long started = System.nanoTime();
		var documents = ofKind.stream().flatMap(c -> c.documents().stream()).toList();
		backend.replace(kind, documents);
		indexedVersions.put(kind, version);
		log.info("Indexed {} search documents of kind {} in {} ms", documents.size(), kind,
				(System.nanoTime() - started) / 1_000_000);
	}

	@PreDestroy
	void stop() {
		worker.shutdownNow();
	}
}
