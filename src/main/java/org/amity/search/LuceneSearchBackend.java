package org.amity.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.amity.shared.LocalizedText;
import org.amity.shared.Names;
import org.amity.shared.search.LanguageAnalyzers;
import org.amity.shared.search.SearchDocument;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.core.TypeTokenFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.FeatureField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHitCountCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The search documents in an in-memory Lucene index, rebuilt from the contributions when the application starts.
 * Every title and body is analysed as its own language (English with plurals folded, Korean with Nori, Japanese with
 * Kuromoji, Indonesian stemmed with compounds joined) and also as folded Latin words (for typos) and CJK pairs (for
 * part of a word). A query is analysed every way, since a reader may type any language on any page; each way must find
 * every word of the query, the best way counts, titles weigh more than bodies, an exact title most, and a document's
 * weight breaks near-ties. Facets are Lucene's sorted-set facets, counted sideways so a chosen value does not hide its
 * siblings.
 */
final class LuceneSearchBackend implements SearchBackend {

	static final String UID = "uid", KIND = "kind", ID = "id", PATH = "path", KEY = "key", COUNTRIES = "countries",
			YEAR = "year", FEATURES = "features", WEIGHT = "weight";

	/** The ways text is analysed; the language ones take that language's text, latin and cjk take all of it. */
	enum Way {
		EN("en"), KO("ko"), JA("ja"), ID("id"), LATIN(null), CJK(null);

		final String language;

		Way(String language) {
			this.language = language;
		}

		String title() {
			return "t_" + name().toLowerCase(Locale.ROOT);
		}

		String body() {
			return "b_" + name().toLowerCase(Locale.ROOT);
		}
	}

	private static final float TITLE = 3, BODY = 1, EXACT_TITLE = 30, PREFIX = 0.5f, ONE_TYPO = 0.6f, TWO_TYPOS = 0.3f;
	private static final int MAX_WORDS = 12;
	static final float WEIGHT_BOOST = 2f, WEIGHT_PIVOT = 0.5f;
	private static final int FACET_VALUES = 50;
	/** How many requests' answers a snapshot keeps, the least recently asked going first. */
	static final int ANSWERED_REQUESTS = 1_000;
	private static final Pattern LATIN_WORD = Pattern.compile("\\p{IsLatin}{4,}");
	private static final Pattern HANGUL = Pattern.compile("\\p{IsHangul}");
	private static final Pattern HAN_OR_KANA = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]");
	/** Typo alternatives of a word looked at; the closest are kept, and more only cost time. */
	static final int TYPO_EXPANSIONS = 16;
	/** The share of documents above which a word is scored as a constant (see scored). */
	private static final double COMMON = 0.9;
	/** Up to how many pairs of characters a query's single characters are scored too (see query). */
	private static final int SCORED_CHARACTERS_UP_TO = 1;
	/** A Latin word in at least this many documents, and this share of them, has no typo alternatives looked up. */
	private static final int WRITTEN_AT_LEAST = 50;
	private static final double WRITTEN_SHARE = 0.005;
	/** Letters of other scripts; the long-vowel marks ー and ｰ are written in katakana words but count as no script. */
	private static final Pattern OTHER_LETTER = Pattern
		.compile("[\\p{L}\\p{N}&&[^\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}\\u30FC\\uFF70]]");

	/** How text is analysed to be indexed, way by way; analyzers are thread-safe, so every index shares these. */
	static final Map<Way, Analyzer> INDEXING = new java.util.EnumMap<>(Way.class);
	/** How a query is analysed, way by way. */
	static final Map<Way, Analyzer> QUERYING = new java.util.EnumMap<>(Way.class);
	private static final Analyzer INDONESIAN_AS_WRITTEN = LanguageAnalyzers.indonesianUnstemmed();

	static {
		INDEXING.putAll(Map.of(Way.EN, LanguageAnalyzers.english(), Way.KO, LanguageAnalyzers.korean(), Way.JA,
				LanguageAnalyzers.japanese(), Way.ID, LanguageAnalyzers.indonesianJoined(), Way.LATIN,
				LanguageAnalyzers.latin(), Way.CJK, LanguageAnalyzers.cjkBigrams()));
		QUERYING.putAll(INDEXING);
		// a query's words are joined by the query itself (see everyWord), not by the analyzer
		QUERYING.put(Way.ID, LanguageAnalyzers.indonesian());
		// a query needs only the pairs of its characters: every document with the pair has both characters too, and a
		// single character such as 市 stands in most documents, so requiring it costs much and narrows nothing
		QUERYING.put(Way.CJK, cjkPairs());
	}

	private final FacetsConfig facets = new FacetsConfig();
	private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
	private final IndexWriter writer;
	private volatile int answeredRequests;
	private volatile Snapshot current;

	LuceneSearchBackend() {
		this(ANSWERED_REQUESTS);
	}

	/** An index that keeps the answers to this many requests per snapshot; none with 0 (for the benchmark). */
	LuceneSearchBackend(int answeredRequests) {
		this.answeredRequests = answeredRequests;
		var perField = new HashMap<String, Analyzer>();
		for (var way : Way.values()) {
			perField.put(way.title(), INDEXING.get(way));
			perField.put(way.body(), INDEXING.get(way));
		}
		facets.setMultiValued(COUNTRIES, true);
		try {
			writer = new IndexWriter(directory,
					new IndexWriterConfig(new PerFieldAnalyzerWrapper(INDEXING.get(Way.LATIN), perField)).setRAMBufferSizeMB(64));
			writer.commit();
			reopen();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Override
	public synchronized void replace(String kind, List<SearchDocument> documents) {
		try {
			for (var document : documents) {
				if (!document.kind().equals(kind)) {
					throw new IllegalArgumentException("A document of kind " + document.kind() + " among " + kind);
				}
			}
			writer.deleteDocuments(new Term(KIND, kind));
			addAll(documents);
			// one segment: a search then looks every word up once instead of once per segment, and counts facets
			// without mapping each segment's values to the reader's; merging costs far less than the analysis above
			writer.forceMerge(1);
			writer.commit();
			reopen();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Override
	public synchronized void update(String kind, java.util.Set<String> ids, List<SearchDocument> documents) {
		try {
			for (var id : ids) {
				writer.deleteDocuments(new Term(UID, kind + ":" + id));
			}
			for (var document : documents) {
				if (!document.kind().equals(kind) || !ids.contains(document.id())) {
					throw new IllegalArgumentException("A document not asked for: " + document.kind() + ":" + document.id());
				}
				writer.addDocument(facets.build(toLucene(document)));
			}
			writer.commit();
			reopen();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * Adds the documents on every core: analysing Korean and Japanese text is most of the cost, and the writer takes
	 * documents from several threads at once. Nothing is visible to readers before the commit.
	 */
	private void addAll(List<SearchDocument> documents) throws IOException {
		int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), documents.size() / 1_000));
		if (threads == 1) {
			for (var document : documents) {
				writer.addDocument(facets.build(toLucene(document)));
			}
			return;
		}
		var pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
		try {
			var parts = new ArrayList<java.util.concurrent.Future<?>>();
			int size = (documents.size() + threads - 1) / threads;
			for (int from = 0; from < documents.size(); from += size) {
				var part = documents.subList(from, Math.min(documents.size(), from + size));
				parts.add(pool.submit(() -> {
					for (var document : part) {
						writer.addDocument(facets.build(toLucene(document)));
					}
					return null;
				}));
			}
			for (var part : parts) {
				part.get();
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Indexing was interrupted", e);
		}
		catch (java.util.concurrent.ExecutionException e) {
			if (e.getCause() instanceof IOException io) {
				throw io;
			}
			if (e.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IllegalStateException(e.getCause());
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Override
	public long size() {
		return current.searcher.getIndexReader().numDocs();
	}

	private static float weight(SearchDocument source) {
		return (float) Math.max(0.01, source.weight());
	}

	/**
	 * What a document's weight adds to its score, exactly as the saturation query over its {@link FeatureField} does:
	 * the index keeps the weight to 9 bits of precision, and the query adds {@code boost × w / (w + pivot)}.
	 */
	static float weightScore(SearchDocument source) {
		float stored = Float.intBitsToFloat((Float.floatToIntBits(weight(source)) >>> 15) << 15);
		return WEIGHT_BOOST * (1 - WEIGHT_PIVOT / (stored + WEIGHT_PIVOT));
	}

	/** Keeps the answers to this many requests from now on, forgetting those kept; for the benchmark. */
	synchronized void keepAnswers(int requests) {
		answeredRequests = requests;
		try {
			reopen();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** How many segments the index is in now, for the benchmark. */
	int segments() {
		return current.searcher.getIndexReader().leaves().size();
	}

	private void reopen() throws IOException {
		var reader = DirectoryReader.open(directory);
		SortedSetDocValuesReaderState state = null;
		if (reader.numDocs() > 0) {
			state = new DefaultSortedSetDocValuesReaderState(reader, facets);
		}
		current = new Snapshot(new IndexSearcher(reader), state, answeredRequests);
		// the old reader is not closed: searches may still run on it, and over an in-memory directory it holds no
		// files, so the garbage collector takes it once they are done
	}

	private Document toLucene(SearchDocument source) {
		var doc = new Document();
		doc.add(new StringField(UID, source.kind() + ":" + source.id(), Field.Store.NO));
		doc.add(new StringField(KIND, source.kind(), Field.Store.YES));
		doc.add(new StoredField(ID, source.id()));
		doc.add(new StoredField(PATH, source.path()));
		doc.add(new SortedSetDocValuesFacetField(KIND, source.kind()));
		for (var country : new TreeSet<>(source.countries())) {
			doc.add(new StoredField(COUNTRIES, country));
			doc.add(new SortedSetDocValuesFacetField(COUNTRIES, country));
		}
		if (source.year() != null) {
			doc.add(new StoredField(YEAR, source.year()));
			doc.add(new SortedSetDocValuesFacetField(YEAR, String.valueOf(source.year())));
		}
		doc.add(new FeatureField(FEATURES, WEIGHT, weight(source)));
		var keys = new LinkedHashSet<String>();
		source.title().texts().forEach((language, text) -> {
			doc.add(new StoredField("title_" + language, text));
			keys.add(Names.key(text));
			addText(doc, language, text, true);
		});
		source.body().texts().forEach((language, text) -> {
			doc.add(new StoredField("body_" + language, text));
			addText(doc, language, text, false);
		});
		for (var name : source.names()) {
			keys.add(Names.key(name));
			for (var way : Way.values()) {
				doc.add(new TextField(way.title(), name, Field.Store.NO));
			}
		}
		keys.remove("");
		keys.forEach(key -> doc.add(new StringField(KEY, key, Field.Store.NO)));
		return doc;
	}

	private static void addText(Document doc, String language, String text, boolean title) {
		for (var way : Way.values()) {
			if (way.language == null || way.language.equals(language)) {
				doc.add(new TextField(title ? way.title() : way.body(), text, Field.Store.NO));
			}
		}
	}

	@Override
	public SearchResults search(SearchRequest request) {
		if (request.isEmpty()) {
			return SearchResults.NONE;
		}
		var snapshot = current;
		if (snapshot.facetState == null) {
			return SearchResults.NONE;
		}
		var analysed = analyse(request.text());
		var answer = snapshot.answered(request, () -> answer(snapshot, request, analysed));
		if (answer == Answer.NOTHING) {
			return SearchResults.NONE;
		}
		try {
			var stored = snapshot.searcher.storedFields();
			var highlighter = new Snippets(QUERYING, analysed.toMark());
			var hits = new ArrayList<SearchHit>(answer.best().length);
			for (var doc : answer.best()) {
				hits.add(hit(stored.document(doc), request.language(), highlighter));
			}
			return new SearchResults(answer.total(), hits, answer.kinds(), answer.countries(), answer.years());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The documents that match a request, the best of them in order, and the facet counts; the same in any language. */
	private Answer answer(Snapshot snapshot, SearchRequest request, Analysed analysed) {
		Query base;
		if (request.text().isEmpty()) {
			base = new MatchAllDocsQuery();
		}
		else {
			base = query(snapshot.searcher.getIndexReader(), request.text(), analysed);
			if (base == null) {
				return Answer.NOTHING;
			}
		}
		try {
			// rewritten once for both the count and the best hits: finding a word's typo alternatives in the index is
			// a good part of a query's cost
			var rewritten = snapshot.searcher.rewrite(base);
			// every match is counted, sideways so a chosen value does not hide its siblings, but none is scored
			var counted = new DrillSideways(snapshot.searcher, facets, snapshot.facetState)
				.search(drillDown(new ConstantScoreQuery(rewritten), request), new TotalHitCountCollectorManager());
			// only the best hits are scored: the collector may skip blocks of documents that cannot reach them, as the
			// exact number of matches comes from the count above
			var top = snapshot.searcher.search(drillDown(rewritten, request),
					new TopScoreDocCollectorManager(request.limit(), null, request.limit()));
			return new Answer(counted.collectorResult,
					java.util.Arrays.stream(top.scoreDocs).mapToInt(best -> best.doc).toArray(),
					counts(counted.facets, KIND, request.kinds()), counts(counted.facets, COUNTRIES, request.countries()),
					counts(counted.facets, YEAR, request.years().stream().map(String::valueOf).toList()));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private DrillDownQuery drillDown(Query base, SearchRequest request) {
		var drillDown = new DrillDownQuery(facets, base);
		request.kinds().forEach(kind -> drillDown.add(KIND, kind));
		request.countries().forEach(country -> drillDown.add(COUNTRIES, country));
		request.years().forEach(year -> drillDown.add(YEAR, String.valueOf(year)));
		return drillDown;
	}

	private static List<SearchResults.FacetCount> counts(Facets counted, String dimension,
			java.util.Collection<String> selected) throws IOException {
		var found = new ArrayList<SearchResults.FacetCount>();
		var seen = new java.util.HashSet<String>();
		FacetResult top;
		try {
			top = counted.getTopChildren(FACET_VALUES, dimension);
		}
		catch (IllegalArgumentException noSuchDimension) {
			top = null;
		}
		if (top != null) {
			for (var value : top.labelValues) {
				found.add(new SearchResults.FacetCount(value.label, value.value.longValue(),
						selected.contains(value.label)));
				seen.add(value.label);
			}
		}
		// a chosen value stays on the list (to be unchosen) even when nothing matches it any more
		for (var value : selected) {
			if (!seen.contains(value)) {
				found.add(new SearchResults.FacetCount(value, 0, true));
			}
		}
		if (dimension.equals(YEAR)) {
			found.sort((a, b) -> b.value().compareTo(a.value()));
		}
		return found;
	}

	private static SearchHit hit(Document doc, Locale reader, Snippets snippets) {
		var countries = new TreeSet<String>();
		for (var field : doc.getFields(COUNTRIES)) {
			countries.add(field.stringValue());
		}
		var year = doc.getField(YEAR);
		return hit(doc.get(KIND), doc.get(ID), doc.get(PATH), texts(doc, "title_"), texts(doc, "body_"), countries,
				year == null ? null : year.numericValue().intValue(), reader, snippets);
	}

	/** A hit with its title in the reader's language (or the nearest written) and the snippet that matched. */
	static SearchHit hit(String kind, String id, String path, LocalizedText titles, LocalizedText bodies,
			java.util.Set<String> countries, Integer year, Locale reader, Snippets snippets) {
		var title = titles.in(reader);
		var titleLanguage = titles.exactly(reader.getLanguage()).isPresent() ? reader.getLanguage()
				: titles.texts().entrySet().stream().filter(e -> e.getValue().equals(title)).findFirst()
					.map(Map.Entry::getKey).orElse("en");
		var snippet = snippets.best(bodies, reader.getLanguage());
		return new SearchHit(kind, id, path, title, titleLanguage, snippet.fragments(), snippet.language(),
				new TreeSet<>(countries), year);
	}

	/**
	 * The texts of a document each field of the index takes, as {@link #toLucene} adds them: every title and body
	 * in its language's way and in the Latin and CJK ways, and the further names in every title way.
	 */
	static Map<String, List<String>> texts(SearchDocument source) {
		var texts = new java.util.LinkedHashMap<String, List<String>>();
		java.util.function.BiConsumer<String, String> add = (field, text) -> texts
			.computeIfAbsent(field, f -> new ArrayList<>())
			.add(text);
		source.title().texts().forEach((language, text) -> ways(language).forEach(way -> add.accept(way.title(), text)));
		source.body().texts().forEach((language, text) -> ways(language).forEach(way -> add.accept(way.body(), text)));
		for (var name : source.names()) {
			for (var way : Way.values()) {
				add.accept(way.title(), name);
			}
		}
		return texts;
	}

	/** The keys of a document's exact titles and names, as the exact-title clause looks them up. */
	static java.util.Set<String> keys(SearchDocument source) {
		var keys = new LinkedHashSet<String>();
		source.title().texts().values().forEach(text -> keys.add(Names.key(text)));
		source.names().forEach(name -> keys.add(Names.key(name)));
		keys.remove("");
		return keys;
	}

	private static List<Way> ways(String language) {
		return java.util.Arrays.stream(Way.values())
			.filter(way -> way.language == null || way.language.equals(language))
			.toList();
	}

	private static LocalizedText texts(Document doc, String prefix) {
		var texts = new HashMap<String, String>();
		for (var language : LocalizedText.LANGUAGES) {
			var text = doc.get(prefix + language);
			if (text != null) {
				texts.put(language, text);
			}
		}
		return new LocalizedText(texts);
	}

	/** The query's words as each way analyses them; ways that make no word of it are left out. */
	static Analysed analyse(String text) {
		var words = new java.util.EnumMap<Way, List<String>>(Way.class);
		if (text.isEmpty()) {
			return new Analysed(words, List.of(), List.of());
		}
		boolean hangul = HANGUL.matcher(text).find();
		boolean hanOrKana = HAN_OR_KANA.matcher(text).find();
		boolean other = OTHER_LETTER.matcher(text).find();
		for (var way : Way.values()) {
			// Hangul is read by the Korean and pair ways, kana and Chinese characters by the Japanese and pair ways,
			// other letters by the English, Indonesian and Latin ones; a way that cannot read the query's script would
			// only cost time (Korean text is written in Hangul, and Nori finds no Korean word in kana)
			boolean reads = switch (way) {
				case KO -> hangul;
				case JA -> hanOrKana;
				case CJK -> hangul || hanOrKana;
				case EN, ID, LATIN -> other;
			};
			if (!reads) {
				continue;
			}
			var analysed = LanguageAnalyzers.words(QUERYING.get(way), way.title(), text, MAX_WORDS);
			if (!analysed.isEmpty()) {
				words.put(way, analysed);
			}
		}
		var characters = List.<String>of();
		if (words.containsKey(Way.CJK)) {
			characters = LanguageAnalyzers.words(INDEXING.get(Way.CJK), Way.CJK.title(), text, 2 * MAX_WORDS).stream()
				.filter(word -> word.length() == 1 && !words.get(Way.CJK).contains(word))
				.toList();
		}
		return new Analysed(words, LanguageAnalyzers.words(INDONESIAN_AS_WRITTEN, Way.ID.title(), text, MAX_WORDS),
				characters);
	}

	/**
	 * The best of the ways the query can be read, or an exact title; null when no way makes a word of the text (only
	 * punctuation). The document's weight adds a little on top, to order near-ties.
	 */
	static Query query(IndexReader reader, String text, Analysed analysed) {
		if (analysed.words.isEmpty()) {
			return null;
		}
		var ways = new ArrayList<Query>();
		analysed.words.forEach((way, words) -> {
			if (way == Way.ID) {
				indonesian(reader, ways, words, analysed.indonesianAsWritten);
			}
			else if (way == Way.CJK && !analysed.cjkCharacters.isEmpty() && words.size() <= SCORED_CHARACTERS_UP_TO) {
				// the pairs must match; the single characters only add to the score, as they did when they were
				// required too, so a text that uses the query's characters more often still ranks higher; a longer
				// query's pairs say that already, and scoring its characters too costs more than the pairs themselves
				var pairs = new BooleanQuery.Builder()
					.add(everyWord(reader, words.stream().map(word -> List.of(new Alternative(way, word))).toList(), false),
							Occur.MUST);
				for (var character : analysed.cjkCharacters) {
					if (common(reader, new Term(way.title(), character))
							&& common(reader, new Term(way.body(), character))) {
						continue; // adds about the same to every document
					}
					var scoring = new ArrayList<Query>();
					for (var field : List.of(way.title(), way.body())) {
						var term = new Term(field, character);
						if (!common(reader, term)) {
							// a character in nearly every text adds next to nothing, and only costs visiting them all
							scoring.add(scored(term, field.equals(way.title()) ? TITLE : BODY));
						}
					}
					pairs.add(new DisjunctionMaxQuery(scoring, 0.1f), Occur.SHOULD);
				}
				ways.add(pairs.build());
			}
			else {
				ways.add(everyWord(reader, words.stream().map(word -> List.of(new Alternative(way, word))).toList(),
						way == Way.LATIN));
			}
		});
		var text_ = new BooleanQuery.Builder();
		text_.add(new DisjunctionMaxQuery(ways, 0.1f), Occur.SHOULD);
		var key = Names.key(text);
		if (!key.isEmpty()) {
			text_.add(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(KEY, key))), EXACT_TITLE),
					Occur.SHOULD);
		}
		return new BooleanQuery.Builder().add(text_.build(), Occur.MUST)
			.add(FeatureField.newSaturationQuery(FEATURES, WEIGHT, WEIGHT_BOOST, WEIGHT_PIVOT), Occur.SHOULD)
			.build();
	}

	/**
	 * Indonesian words: each as its stem or as written (the stemmer cuts {@code kerjasama} to {@code rjasama}, and
	 * the index joins the stems of {@code bekerja sama} into {@code kerjasama}); and two neighbouring words joined, so
	 * {@code bekerja sama} also finds {@code kerjasama} written as one word.
	 */
	private static void indonesian(IndexReader reader, List<Query> ways, List<String> stems, List<String> asWritten) {
		var aligned = asWritten.size() == stems.size();
		var words = new ArrayList<List<Alternative>>();
		for (int i = 0; i < stems.size(); i++) {
			var alternatives = new ArrayList<Alternative>();
			alternatives.add(new Alternative(Way.ID, stems.get(i)));
			if (aligned && !asWritten.get(i).equals(stems.get(i))) {
				alternatives.add(new Alternative(Way.ID, asWritten.get(i)));
				alternatives.add(new Alternative(Way.LATIN, asWritten.get(i)));
			}
			words.add(alternatives);
		}
		ways.add(everyWord(reader, words, false));
		for (int i = 0; i + 1 < stems.size() && i < 4; i++) {
			var joined = stems.get(i) + stems.get(i + 1);
			var withJoined = new ArrayList<>(words.subList(0, i));
			withJoined.add(List.of(new Alternative(Way.ID, joined), new Alternative(Way.LATIN, joined)));
			withJoined.addAll(words.subList(i + 2, words.size()));
			ways.add(everyWord(reader, withJoined, false));
		}
	}

	/**
	 * Every word in the title or the body, each word as any of its alternatives; in the Latin way the last word may be
	 * unfinished and a word may have a typo.
	 */
	private static Query everyWord(IndexReader reader, List<List<Alternative>> words, boolean latin) {
		var every = new BooleanQuery.Builder();
		for (int i = 0; i < words.size(); i++) {
			var alternatives = new ArrayList<Query>();
			var matchingOnly = new ArrayList<Query>();
			for (var alternative : words.get(i)) {
				var word = alternative.word();
				for (var field : List.of(alternative.way().title(), alternative.way().body())) {
					float weight = field.startsWith("t_") ? TITLE : BODY;
					var term = new Term(field, word);
					if (common(reader, term)) {
						matchingOnly.add(new TermQuery(term));
					}
					else {
						alternatives.add(scored(term, weight));
					}
					if (latin && i == words.size() - 1 && word.length() >= 3) {
						alternatives.add(new BoostQuery(new ConstantScoreQuery(new PrefixQuery(term)), weight * PREFIX));
					}
					if (latin && LATIN_WORD.matcher(word).matches() && !takenAsWritten(reader, word)) {
						alternatives
							.add(new BoostQuery(new ConstantScoreQuery(new FuzzyQuery(term, 1, 1, TYPO_EXPANSIONS, true)), weight * ONE_TYPO));
						if (word.length() >= 8) {
							alternatives.add(
									new BoostQuery(new ConstantScoreQuery(new FuzzyQuery(term, 2, 1, TYPO_EXPANSIONS, true)), weight * TWO_TYPOS));
						}
					}
				}
			}
			if (matchingOnly.isEmpty()) {
				every.add(new DisjunctionMaxQuery(alternatives, 0.1f), Occur.MUST);
			}
			else {
				// a word in nearly every text only says which documents match, its score there being next to nothing;
				// kept out of the scoring, it costs no weighing of every document that merely contains it
				var matching = new BooleanQuery.Builder();
				alternatives.forEach(alternative -> matching.add(alternative, Occur.SHOULD));
				matchingOnly.forEach(alternative -> matching.add(alternative, Occur.SHOULD));
				var word = new BooleanQuery.Builder().add(matching.build(), Occur.FILTER);
				if (!alternatives.isEmpty()) {
					word.add(new DisjunctionMaxQuery(alternatives, 0.1f), Occur.SHOULD);
				}
				every.add(word.build(), Occur.MUST);
			}
		}
		return every.build();
	}

	/**
	 * A word's query, scored by BM25. A word in nearly every document (a particle, 市, a word every text of a kind
	 * repeats) is not scored at all (see everyWord): it adds nearly nothing to any score, while scoring it reads its
	 * frequency and the text's length for every one of those documents.
	 */
	private static Query scored(Term term, float weight) {
		return new BoostQuery(new TermQuery(term), weight);
	}

	/**
	 * Whether a Latin word stands in so many documents that the reader surely meant it as written; looking up its typo
	 * alternatives (and their own documents) would then cost much and mostly add words the reader did not mean.
	 */
	private static boolean takenAsWritten(IndexReader reader, String word) {
		if (reader == null) {
			return false;
		}
		try {
			int containing = reader.docFreq(new Term(Way.LATIN.title(), word))
					+ reader.docFreq(new Term(Way.LATIN.body(), word));
			return containing >= Math.max(WRITTEN_AT_LEAST, WRITTEN_SHARE * reader.numDocs());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static boolean common(IndexReader reader, Term term) {
		if (reader == null) {
			return false;
		}
		try {
			int documents = reader.getDocCount(term.field());
			return documents > 0 && reader.docFreq(term) >= COMMON * documents;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Chinese characters, kana and Hangul as overlapping pairs, and single only where a character stands alone. */
	private static Analyzer cjkPairs() {
		return new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String fieldName) {
				var tokenizer = new StandardTokenizer();
				var stream = new CJKBigramFilter(new LowerCaseFilter(new CJKWidthFilter(tokenizer)),
						CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA | CJKBigramFilter.KATAKANA | CJKBigramFilter.HANGUL,
						false);
				var types = StandardTokenizer.TOKEN_TYPES;
				return new TokenStreamComponents(tokenizer, new TypeTokenFilter(stream,
						java.util.Set.of(CJKBigramFilter.DOUBLE_TYPE, CJKBigramFilter.SINGLE_TYPE,
								types[StandardTokenizer.IDEOGRAPHIC], types[StandardTokenizer.HIRAGANA],
								types[StandardTokenizer.KATAKANA], types[StandardTokenizer.HANGUL]),
						true));
			}
		};
	}

	private record Alternative(Way way, String word) {
	}

	/** The query's words as each way analyses them, and its Indonesian words as written. */
	record Analysed(Map<Way, List<String>> words, List<String> indonesianAsWritten,
			List<String> cjkCharacters) {

		/** The words to mark in snippets: also the Indonesian words as written and their joined pairs. */
		Map<Way, List<String>> toMark() {
			var marks = new java.util.EnumMap<Way, List<String>>(Way.class);
			marks.putAll(words);
			var stems = words.get(Way.ID);
			if (stems != null) {
				var indonesian = new ArrayList<>(stems);
				indonesian.addAll(indonesianAsWritten);
				var latin = new ArrayList<>(words.getOrDefault(Way.LATIN, List.of()));
				for (int i = 0; i + 1 < stems.size(); i++) {
					indonesian.add(stems.get(i) + stems.get(i + 1));
					latin.add(stems.get(i) + stems.get(i + 1));
				}
				marks.put(Way.ID, indonesian);
				marks.put(Way.LATIN, latin);
			}
			return marks;
		}
	}

	/**
	 * What a request found, apart from the reader's language: how many documents matched, the best of them in order
	 * (as document numbers of its snapshot) and the facet counts.
	 */
	private record Answer(long total, int[] best, List<SearchResults.FacetCount> kinds,
			List<SearchResults.FacetCount> countries, List<SearchResults.FacetCount> years) {

		static final Answer NOTHING = new Answer(0, new int[0], List.of(), List.of(), List.of());
	}

	private record AnswerKey(String text, java.util.Set<String> kinds, java.util.Set<String> countries,
			java.util.Set<Integer> years, int limit) {
	}

	/**
	 * A reader of the index as it stood at one commit, with the answers to the requests asked of it lately: an answer
	 * cannot change while the snapshot stands, and a popular broad query ({@code 姉妹都市}) would otherwise count and
	 * weigh nearly every document each time it is asked. A new commit makes a new snapshot, so no answer is ever stale.
	 */
	private record Snapshot(IndexSearcher searcher, SortedSetDocValuesReaderState facetState,
			Map<AnswerKey, Answer> answers) {

		Snapshot(IndexSearcher searcher, SortedSetDocValuesReaderState facetState, int kept) {
			this(searcher, facetState, java.util.Collections.synchronizedMap(new java.util.LinkedHashMap<>(64, 0.75f, true) {
				@Override
				protected boolean removeEldestEntry(Map.Entry<AnswerKey, Answer> eldest) {
					return size() > kept;
				}
			}));
		}

		Answer answered(SearchRequest request, java.util.function.Supplier<Answer> answer) {
			var key = new AnswerKey(request.text(), request.kinds(), request.countries(), request.years(),
					request.limit());
			var known = answers.get(key);
			if (known == null) {
				// found outside the lock: two readers asking the same new query at once both search, which costs less
				// than making every other query wait
				known = answer.get();
				answers.put(key, known);
			}
			return known;
		}
	}

}
