package org.amity.search;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;

import org.amity.search.LuceneSearchBackend.Way;
import org.amity.shared.LocalizedText;
import org.amity.shared.search.SearchDocument;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The search documents in an OpenSearch (or Elasticsearch-compatible) index that several application instances share.
 * Relevance is the embedded index's: Amity analyses every text with its own analysers (Nori, Kuromoji, the Indonesian
 * stemmer, ICU folding, CJK pairs) and sends the words it made, separated by spaces, into fields the cluster cuts at
 * spaces only, so the cluster needs no language plugin; a query is the embedded backend's Lucene query written out as
 * OpenSearch's query language, facets are terms aggregations, and snippets are cut here as they are for the embedded
 * index.
 * <p>
 * Replacing a kind writes every document again with a new generation and then deletes the kind's documents of older
 * generations: a reader meanwhile sees each document old or new, never none of them (not all documents switch at the
 * same instant, as they do in the embedded index). Several instances replacing the same kind at once write the same
 * documents under the same ids, so they end with one copy of each.
 */
final class OpenSearchBackend implements SearchBackend {

	/**
	 * OpenSearch 2 scores terms with Lucene's former BM25, which multiplies every term's score by {@code k1 + 1} (2.2)
	 * where Lucene 9's does not; term boosts are divided by it so that scores add up as in the embedded index.
	 */
	private static final Logger log = LoggerFactory.getLogger(OpenSearchBackend.class);

	private static final float LEGACY_BM25 = 2.2f;
	private static final int FACET_VALUES = 50;
	private static final int BULK_DOCUMENTS = 500;
	private static final String KIND = "kind", COUNTRIES = "countries", YEAR = "year";

	private final JsonMapper json = JsonMapper.builder().build();
	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
	private final String url;
	private final String index;
	/** HTTP Basic credentials of a cluster with security on, or null for one without. */
	private final String authorization;
	private final AtomicLong generations = new AtomicLong();
	private volatile boolean indexThere;

	OpenSearchBackend(String url, String index) {
		this(url, index, "", "");
	}

	/**
	 * A cluster that cannot be reached yet does not keep the application from starting: its pages then say that the
	 * search is unavailable, and the index is created at the first request that reaches the cluster.
	 */
	OpenSearchBackend(String url, String index, String username, String password) {
		this.url = url.replaceAll("/+$", "");
		this.index = index;
		this.authorization = username == null || username.isBlank() ? null
				: "Basic " + Base64.getEncoder()
					.encodeToString((username + ":" + (password == null ? "" : password)).getBytes(StandardCharsets.UTF_8));
		try {
			indexThere();
		}
		catch (SearchUnavailableException e) {
			log.warn("The search index cannot be created now; it will be at the first request that reaches OpenSearch: {}",
					e.getMessage());
		}
	}

	private void indexThere() {
		if (!indexThere) {
			synchronized (this) {
				if (!indexThere) {
					createIndexUnlessThere();
					indexThere = true;
				}
			}
		}
	}

	private void createIndexUnlessThere() {
		var properties = json.createObjectNode();
		for (var keyword : List.of("uid", KIND, "id", COUNTRIES, YEAR, "key")) {
			properties.putObject(keyword).put("type", "keyword");
		}
		properties.putObject("path").put("type", "keyword").put("index", false);
		properties.putObject("year_value").put("type", "integer").put("index", false);
		properties.putObject("generation").put("type", "long");
		properties.putObject("weight_score").put("type", "float");
		properties.putObject("title").put("type", "object").put("enabled", false);
		properties.putObject("body").put("type", "object").put("enabled", false);
		for (var way : Way.values()) {
			for (var field : List.of(way.title(), way.body())) {
				properties.putObject(field).put("type", "text").put("analyzer", "whitespace");
			}
		}
		var body = json.createObjectNode();
		body.putObject("settings").put("number_of_shards", 1);
		var mappings = body.putObject("mappings");
		mappings.put("dynamic", "strict");
		mappings.set("properties", properties);
		var exists = send("HEAD", "/" + index, null, Set.of(200, 404));
		if (exists.statusCode() == 404) {
			// another instance may create it at the same moment
			var created = send("PUT", "/" + index, body.toString(), Set.of(200, 400));
			if (created.statusCode() == 400 && !created.body().contains("resource_already_exists_exception")) {
				throw new IllegalStateException("OpenSearch refused to create the index " + index + ": "
						+ abbreviated(created.body()));
			}
		}
	}

	@Override
	public void replace(String kind, List<SearchDocument> documents) {
		indexThere();
		for (var document : documents) {
			if (!document.kind().equals(kind)) {
				throw new IllegalArgumentException("A document of kind " + document.kind() + " among " + kind);
			}
		}
		long generation = nextGeneration();
		for (int from = 0; from < documents.size(); from += BULK_DOCUMENTS) {
			bulk(documents.subList(from, Math.min(documents.size(), from + BULK_DOCUMENTS)), Set.of(), kind,
					generation, false);
		}
		// the kind's documents of older generations, page by page (delete-by-query is a module a cluster may lack)
		send("POST", "/" + index + "/_refresh", null, Set.of(200));
		String after = null;
		while (true) {
			var stale = json.createObjectNode();
			stale.put("size", BULK_DOCUMENTS).put("_source", false);
			var filter = stale.putObject("query").putObject("bool").putArray("filter");
			filter.addObject().putObject("term").put(KIND, kind);
			filter.addObject().putObject("range").putObject("generation").put("lt", generation);
			stale.putArray("sort").add("uid");
			if (after != null) {
				stale.putArray("search_after").add(after);
			}
			var hits = json.readTree(send("POST", "/" + index + "/_search", stale.toString(), Set.of(200)).body())
				.path("hits").path("hits");
			if (hits.isEmpty()) {
				break;
			}
			var ids = new HashSet<String>();
			for (var hit : hits) {
				ids.add(hit.path("_id").asText().substring(kind.length() + 1));
				after = hit.path("sort").get(0).asText();
			}
			bulk(List.of(), ids, kind, generation, false);
		}
		send("POST", "/" + index + "/_refresh", null, Set.of(200));
	}

	@Override
	public void update(String kind, Set<String> ids, List<SearchDocument> documents) {
		indexThere();
		var gone = new HashSet<>(ids);
		for (var document : documents) {
			if (!document.kind().equals(kind) || !ids.contains(document.id())) {
				throw new IllegalArgumentException("A document not asked for: " + document.kind() + ":" + document.id());
			}
			gone.remove(document.id());
		}
		bulk(documents, gone, kind, nextGeneration(), true);
	}

	/** Generations grow across instances too (by the clock), and within one even when the clock stands still. */
	private long nextGeneration() {
		return generations.updateAndGet(last -> Math.max(last + 1, System.currentTimeMillis() * 1000));
	}

	private void bulk(List<SearchDocument> documents, Set<String> deleted, String kind, long generation,
			boolean refresh) {
		if (documents.isEmpty() && deleted.isEmpty()) {
			return;
		}
		var lines = new StringBuilder();
		for (var document : documents) {
			var action = json.createObjectNode();
			action.putObject("index").put("_index", index).put("_id", document.kind() + ":" + document.id());
			lines.append(action).append('\n').append(source(document, generation)).append('\n');
		}
		for (var id : deleted) {
			var action = json.createObjectNode();
			action.putObject("delete").put("_index", index).put("_id", kind + ":" + id);
			lines.append(action).append('\n');
		}
		var answer = json.readTree(send("POST", "/_bulk" + (refresh ? "?refresh=true" : ""), lines.toString(),
				Set.of(200)).body());
		if (answer.path("errors").asBoolean(false)) {
			for (var item : answer.path("items")) {
				var result = item.values().iterator().next();
				int status = result.path("status").asInt();
				// deleting a document that is not there is what was wanted
				if (status >= 300 && !(status == 404 && item.has("delete"))) {
					throw new IllegalStateException("OpenSearch refused a search document: " + abbreviated(result.toString()));
				}
			}
		}
	}

	/** The document as the index keeps it: its words as Amity's analysers cut them, and its texts to show. */
	private ObjectNode source(SearchDocument document, long generation) {
		var source = json.createObjectNode();
		source.put("uid", document.kind() + ":" + document.id());
		source.put(KIND, document.kind());
		source.put("id", document.id());
		source.put("path", document.path());
		var countries = source.putArray(COUNTRIES);
		new TreeSet<>(document.countries()).forEach(countries::add);
		if (document.year() != null) {
			source.put(YEAR, String.valueOf(document.year()));
			source.put("year_value", document.year());
		}
		source.put("weight_score", LuceneSearchBackend.weightScore(document));
		source.put("generation", generation);
		var keys = source.putArray("key");
		LuceneSearchBackend.keys(document).forEach(keys::add);
		var titles = source.putObject("title");
		document.title().texts().forEach(titles::put);
		var bodies = source.putObject("body");
		document.body().texts().forEach(bodies::put);
		LuceneSearchBackend.texts(document).forEach((field, texts) -> {
			var analyzer = LuceneSearchBackend.INDEXING.get(way(field));
			var values = source.putArray(field);
			for (var text : texts) {
				values.add(String.join(" ", words(analyzer, field, text)));
			}
		});
		return source;
	}

	private static Way way(String field) {
		return Way.valueOf(field.substring(2).toUpperCase(Locale.ROOT));
	}

	/** Every word the analyser makes of a text, in order, repeated words and words at the same position included. */
	private static List<String> words(Analyzer analyzer, String field, String text) {
		var words = new ArrayList<String>();
		try (var stream = analyzer.tokenStream(field, text)) {
			var term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				if (!term.toString().isBlank()) {
					words.add(term.toString().replaceAll("\\s", ""));
				}
			}
			stream.end();
		}
		catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		return words;
	}

	@Override
	public SearchResults search(SearchRequest request) {
		if (request.isEmpty()) {
			return SearchResults.NONE;
		}
		indexThere();
		var analysed = LuceneSearchBackend.analyse(request.text());
		Query base;
		if (request.text().isEmpty()) {
			base = new MatchAllDocsQuery();
		}
		else {
			base = LuceneSearchBackend.query(null, request.text(), analysed);
			if (base == null) {
				return SearchResults.NONE;
			}
		}
		var body = json.createObjectNode();
		body.put("size", request.limit());
		body.put("track_total_hits", true);
		body.set("query", render(base, 1));
		var chosen = Map.of(KIND, List.copyOf(request.kinds()), COUNTRIES, List.copyOf(request.countries()), YEAR,
				request.years().stream().map(String::valueOf).toList());
		// the hits respect every choice; each facet counts the matches that respect the other facets' choices, so a
		// chosen value does not hide its siblings (as Lucene's drill sideways does)
		body.set("post_filter", filters(chosen, null));
		var aggregations = body.putObject("aggs");
		for (var dimension : List.of(KIND, COUNTRIES, YEAR)) {
			var facet = aggregations.putObject(dimension);
			facet.set("filter", filters(chosen, dimension));
			var terms = facet.putObject("aggs").putObject("values").putObject("terms");
			terms.put("field", dimension).put("size", FACET_VALUES);
			var order = terms.putArray("order");
			order.addObject().put("_count", "desc");
			order.addObject().put("_key", "asc");
		}
		var answer = json.readTree(send("POST", "/" + index + "/_search", body.toString(), Set.of(200)).body());
		var snippets = new Snippets(LuceneSearchBackend.QUERYING, analysed.toMark());
		var hits = new ArrayList<SearchHit>();
		for (var hit : answer.path("hits").path("hits")) {
			var source = hit.path("_source");
			var countries = new TreeSet<String>();
			source.path(COUNTRIES).forEach(country -> countries.add(country.asText()));
			var year = source.path("year_value");
			hits.add(LuceneSearchBackend.hit(source.path(KIND).asText(), source.path("id").asText(),
					source.path("path").asText(), texts(source.path("title")), texts(source.path("body")), countries,
					year.isMissingNode() || year.isNull() ? null : year.asInt(), request.language(), snippets));
		}
		return new SearchResults(answer.path("hits").path("total").path("value").asLong(), hits,
				counts(answer, KIND, chosen.get(KIND)), counts(answer, COUNTRIES, chosen.get(COUNTRIES)),
				counts(answer, YEAR, chosen.get(YEAR)));
	}

	private static LocalizedText texts(JsonNode node) {
		var texts = new java.util.HashMap<String, String>();
		node.properties().forEach(entry -> texts.put(entry.getKey(), entry.getValue().asText()));
		return new LocalizedText(texts);
	}

	/** Every facet's chosen values but one's: values of a facet are alternatives, facets narrow each other. */
	private ObjectNode filters(Map<String, List<String>> chosen, String except) {
		var bool = json.createObjectNode();
		var filter = bool.putObject("bool").putArray("filter");
		chosen.forEach((dimension, values) -> {
			if (!dimension.equals(except) && !values.isEmpty()) {
				var terms = filter.addObject().putObject("terms").putArray(dimension);
				values.forEach(terms::add);
			}
		});
		return bool;
	}

	private static List<SearchResults.FacetCount> counts(JsonNode answer, String dimension, Collection<String> chosen) {
		var found = new ArrayList<SearchResults.FacetCount>();
		var seen = new HashSet<String>();
		for (var bucket : answer.path("aggregations").path(dimension).path("values").path("buckets")) {
			var value = bucket.path("key").asText();
			found.add(new SearchResults.FacetCount(value, bucket.path("doc_count").asLong(), chosen.contains(value)));
			seen.add(value);
		}
		// a chosen value stays on the list (to be unchosen) even when nothing matches it any more
		for (var value : chosen) {
			if (!seen.contains(value)) {
				found.add(new SearchResults.FacetCount(value, 0, true));
			}
		}
		if (dimension.equals(YEAR)) {
			found.sort((a, b) -> b.value().compareTo(a.value()));
		}
		return found;
	}

	/**
	 * A Lucene query of the embedded backend in OpenSearch's query language. OpenSearch turns each of these back into
	 * the same Lucene query on its side; the document's weight, a feature field in the embedded index, is a stored
	 * score added by a function.
	 */
	ObjectNode render(Query query, float boost) {
		var node = json.createObjectNode();
		if (query instanceof BoostQuery boosted) {
			return render(boosted.getQuery(), boost * boosted.getBoost());
		}
		if (query instanceof TermQuery term) {
			node.putObject("term").putObject(term.getTerm().field()).put("value", term.getTerm().text())
				.put("boost", boost / LEGACY_BM25);
		}
		else if (query instanceof ConstantScoreQuery constant) {
			var inner = node.putObject("constant_score");
			inner.set("filter", render(constant.getQuery(), 1));
			inner.put("boost", boost);
		}
		else if (query instanceof DisjunctionMaxQuery max) {
			var inner = node.putObject("dis_max");
			var queries = inner.putArray("queries");
			max.getDisjuncts().forEach(disjunct -> queries.add(render(disjunct, 1)));
			inner.put("tie_breaker", max.getTieBreakerMultiplier()).put("boost", boost);
		}
		else if (query instanceof BooleanQuery bool) {
			var inner = node.putObject("bool");
			for (var clause : bool.clauses()) {
				inner.withArray(occur(clause.getOccur())).add(render(clause.getQuery(), 1));
			}
			if (bool.getMinimumNumberShouldMatch() > 0) {
				inner.put("minimum_should_match", bool.getMinimumNumberShouldMatch());
			}
			inner.put("boost", boost);
		}
		else if (query instanceof PrefixQuery prefix) {
			node.putObject("prefix").putObject(prefix.getField()).put("value", prefix.getPrefix().text())
				.put("boost", boost);
		}
		else if (query instanceof FuzzyQuery fuzzy) {
			node.putObject("fuzzy").putObject(fuzzy.getTerm().field()).put("value", fuzzy.getTerm().text())
				.put("fuzziness", fuzzy.getMaxEdits()).put("prefix_length", fuzzy.getPrefixLength())
				.put("max_expansions", LuceneSearchBackend.TYPO_EXPANSIONS).put("transpositions", fuzzy.getTranspositions())
				.put("boost", boost);
		}
		else if (query instanceof MatchAllDocsQuery) {
			node.putObject("match_all").put("boost", boost);
		}
		else if (query.getClass().getName().equals("org.apache.lucene.document.FeatureQuery")) {
			var function = node.putObject("function_score");
			function.putObject("query").putObject("match_all");
			function.putArray("functions").addObject().putObject("field_value_factor").put("field", "weight_score");
			function.put("boost_mode", "replace").put("boost", boost);
		}
		else {
			throw new IllegalArgumentException("No OpenSearch form for the query " + query.getClass().getName());
		}
		return node;
	}

	private static String occur(BooleanClause.Occur occur) {
		return switch (occur) {
			case MUST -> "must";
			case SHOULD -> "should";
			case FILTER -> "filter";
			case MUST_NOT -> "must_not";
		};
	}

	@Override
	public void requireReachable() {
		if (indexThere && send("HEAD", "/" + index, null, Set.of(200, 404)).statusCode() == 404) {
			// removed meanwhile, by hand or by a test
			indexThere = false;
		}
		indexThere();
	}

	@Override
	public long size() {
		indexThere();
		return json.readTree(send("GET", "/" + index + "/_count", null, Set.of(200)).body()).path("count").asLong();
	}

	/** Removes the index, for tests. */
	void drop() {
		send("DELETE", "/" + index, null, Set.of(200, 404));
	}

	private HttpResponse<String> send(String method, String path, String body, Set<Integer> expected) {
		var request = HttpRequest.newBuilder(URI.create(url + path))
			.timeout(Duration.ofSeconds(60))
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofString(body, java.nio.charset.StandardCharsets.UTF_8));
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		if (body != null) {
			request.header("Content-Type", path.startsWith("/_bulk") ? "application/x-ndjson" : "application/json");
		}
		try {
			var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			if (!expected.contains(response.statusCode())) {
				throw new SearchUnavailableException("OpenSearch answered " + response.statusCode() + " to " + method + " "
						+ path + ": " + abbreviated(response.body()));
			}
			return response;
		}
		catch (IOException e) {
			throw new SearchUnavailableException("OpenSearch at " + url + " cannot be reached: " + e.getMessage(), e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new SearchUnavailableException("Interrupted while waiting for OpenSearch", e);
		}
	}

	private static String abbreviated(String text) {
		return text.length() > 500 ? text.substring(0, 500) + "…" : text;
	}
}
