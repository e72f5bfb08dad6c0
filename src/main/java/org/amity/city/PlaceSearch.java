package org.amity.city;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.amity.shared.Names;
import org.amity.shared.search.LanguageAnalyzers;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
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
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Finds places by any of their names on an in-memory Lucene index of the whole gazetteer. Each language's names are
 * analysed the way that language is written: Korean with Nori, Japanese with Kuromoji, Indonesian with its stemmer,
 * Latin script folded with ICU (accents, case and width), and Chinese characters, kana and Hangul also as bigrams so
 * that part of a name finds the whole. Matches rank in tiers: the whole name, the start of a name, every word, every
 * word with a typo; ties go to curated places, then cities before states and wards, then shorter names.
 * <p>
 * The index is rebuilt from the database when the stored names have changed since it was built (a count of names
 * that only grows), so places registered a moment ago, here or by another instance, are found by the next search.
 */
@Component
class PlaceSearch {

	private static final Logger log = LoggerFactory.getLogger(PlaceSearch.class);

	private static final String ID = "id", KEY = "key", LATIN = "latin", CJK = "cjk", KO = "ko", JA = "ja",
			INDONESIAN = "id_name", CURATED = "curated", LEVEL = "level", LENGTH = "length";

	private static final float WHOLE_NAME = 100, START_OF_NAME = 40, WORDS = 20, CHARACTERS = 15, LAST_WORD_BEGUN = 8,
			ONE_TYPO = 5, TWO_TYPOS = 3;

	/** Enough words for any place name; more only slow the query down. */
	private static final int MAX_TERMS = 12;

	private static final Pattern HANGUL = Pattern.compile("\\p{IsHangul}");
	private static final Pattern JAPANESE = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]");
	private static final Pattern LATIN_WORD = Pattern.compile("\\p{IsLatin}{4,}");

	private static final Sort RANKING = new Sort(SortField.FIELD_SCORE, new SortField(CURATED, SortField.Type.INT, true),
			new SortField(LEVEL, SortField.Type.INT), new SortField(LENGTH, SortField.Type.INT),
			new SortField(ID, SortField.Type.LONG));

	private final PlaceRepository places;
	private final Analyzer latin = LanguageAnalyzers.latin();
	private final Analyzer cjk = LanguageAnalyzers.cjkBigrams();
	private final Analyzer korean = LanguageAnalyzers.korean();
	private final Analyzer japanese = LanguageAnalyzers.japanese();
	private final Analyzer indonesian = LanguageAnalyzers.indonesian();
	private final Analyzer perField = new PerFieldAnalyzerWrapper(latin,
			Map.of(CJK, cjk, KO, korean, JA, japanese, INDONESIAN, indonesian));

	private volatile Snapshot current;

	private final boolean warmUp;

	PlaceSearch(PlaceRepository places,
			@org.springframework.beans.factory.annotation.Value("${amity.search.warm-up:true}") boolean warmUp) {
		this.places = places;
		this.warmUp = warmUp;
	}

	/**
	 * Builds the index once the application is up, beside the first requests rather than in the first search (the
	 * Korean and Japanese dictionaries alone take a second to load).
	 */
	@org.springframework.context.event.EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
	void buildWhenReady() {
		if (!warmUp) {
			return;
		}
		var thread = new Thread(() -> {
			try {
				fresh();
			}
			catch (RuntimeException e) {
				log.warn("The place search index could not be built in the background; the first search builds it", e);
			}
		}, "place-search-index");
		thread.setDaemon(true);
		thread.start();
	}

	/** Places known by the text, best matches first; text without letters or digits finds nothing. */
	List<Place> search(String text, int limit) {
		var key = Names.key(text);
		if (key.isEmpty()) {
			return List.of();
		}
		var snapshot = fresh();
		try {
			var hits = snapshot.searcher.search(query(text, key), limit, RANKING);
			var found = new ArrayList<Place>(hits.scoreDocs.length);
			var stored = snapshot.searcher.storedFields();
			for (var hit : hits.scoreDocs) {
				long id = stored.document(hit.doc).getField(ID).numericValue().longValue();
				found.add(snapshot.places.get(id));
			}
			return found;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private Snapshot fresh() {
		long names = places.contentVersion();
		var snapshot = current;
		if (snapshot != null && snapshot.names == names) {
			return snapshot;
		}
		synchronized (this) {
			snapshot = current;
			names = places.contentVersion();
			if (snapshot == null || snapshot.names != names) {
				snapshot = build(names);
				current = snapshot;
			}
			return snapshot;
		}
	}

	private Snapshot build(long names) {
		long started = System.nanoTime();
		var all = places.findAll();
		var curated = places.curatedIds();
		var byId = new HashMap<Long, Place>(all.size() * 2);
		var directory = new ByteBuffersDirectory();
		try (var writer = new IndexWriter(directory, new IndexWriterConfig(perField).setRAMBufferSizeMB(64))) {
			for (var place : all) {
				byId.put(place.id(), place);
				writer.addDocument(document(place, curated.contains(place.id())));
			}
			writer.commit();
			var searcher = new IndexSearcher(DirectoryReader.open(directory));
			log.info("Indexed {} places for search in {} ms", all.size(), (System.nanoTime() - started) / 1_000_000);
			return new Snapshot(names, searcher, byId);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static Document document(Place place, boolean curated) {
		var doc = new Document();
		doc.add(new StoredField(ID, place.id()));
		doc.add(new NumericDocValuesField(ID, place.id()));
		doc.add(new NumericDocValuesField(CURATED, curated ? 1 : 0));
		doc.add(new NumericDocValuesField(LEVEL, levelRank(place.level())));
		doc.add(new NumericDocValuesField(LENGTH, Names.key(place.name()).length()));
		var all = new LinkedHashSet<String>();
		all.add(place.name());
		all.addAll(place.names().values());
		all.addAll(place.aliases());
		for (var name : all) {
			var key = Names.key(name);
			if (!key.isEmpty()) {
				doc.add(new StringField(KEY, key, Field.Store.NO));
			}
			doc.add(new TextField(LATIN, name, Field.Store.NO));
			doc.add(new TextField(CJK, name, Field.Store.NO));
		}
		addIfPresent(doc, KO, place.names().get("ko"));
		addIfPresent(doc, JA, place.names().get("ja"));
		addIfPresent(doc, INDONESIAN, place.names().get("id"));
		for (var alias : place.aliases()) {
			if (HANGUL.matcher(alias).find()) {
				doc.add(new TextField(KO, alias, Field.Store.NO));
			}
			if (JAPANESE.matcher(alias).find()) {
				doc.add(new TextField(JA, alias, Field.Store.NO));
			}
		}
		return doc;
	}

	private static void addIfPresent(Document doc, String field, String name) {
		if (name != null && !name.isBlank()) {
			doc.add(new TextField(field, name, Field.Store.NO));
		}
	}

	/** Cities are what most partnerships are signed by; a state and a ward of the same name come after. */
	private static int levelRank(PlaceLevel level) {
		return switch (level) {
			case CITY -> 0;
			case STATE -> 1;
			case WARD -> 2;
		};
	}

	/**
	 * The best of: the whole name, the start of a name, and in each field every word of the text (the last one may be
	 * unfinished; a Latin word of four letters or more may have a typo). Each clause scores a constant so that the
	 * tiers stay apart and ties fall to the ranking's other keys.
	 */
	private Query query(String text, String key) {
		var best = new ArrayList<Query>();
		best.add(constant(new TermQuery(new Term(KEY, key)), WHOLE_NAME));
		best.add(constant(new PrefixQuery(new Term(KEY, key)), START_OF_NAME));
		addEveryWord(best, LATIN, tokens(latin, LATIN, text), WORDS, true);
		addEveryWord(best, KO, tokens(korean, KO, text), WORDS, false);
		addEveryWord(best, JA, tokens(japanese, JA, text), WORDS, false);
		addEveryWord(best, INDONESIAN, tokens(indonesian, INDONESIAN, text), WORDS, false);
		addEveryWord(best, CJK, tokens(cjk, CJK, text), CHARACTERS, false);
		return new DisjunctionMaxQuery(best, 0);
	}

	private static void addEveryWord(List<Query> best, String field, List<String> words, float score, boolean latin) {
		if (words.isEmpty()) {
			return;
		}
		var every = new BooleanQuery.Builder();
		float share = 1f / words.size();
		for (int i = 0; i < words.size(); i++) {
			var word = words.get(i);
			var term = new Term(field, word);
			var ways = new ArrayList<Query>();
			ways.add(constant(new TermQuery(term), score * share));
			if (i == words.size() - 1 && word.length() >= 2) {
				ways.add(constant(new PrefixQuery(term), LAST_WORD_BEGUN * share));
			}
			if (latin && LATIN_WORD.matcher(word).matches()) {
				ways.add(constant(new FuzzyQuery(term, 1, 1), ONE_TYPO * share));
				if (word.length() >= 8) {
					ways.add(constant(new FuzzyQuery(term, 2, 1), TWO_TYPOS * share));
				}
			}
			every.add(new DisjunctionMaxQuery(ways, 0), Occur.MUST);
		}
		best.add(every.build());
	}

	private static Query constant(Query query, float score) {
		return new BoostQuery(new ConstantScoreQuery(query), score);
	}

	private static List<String> tokens(Analyzer analyzer, String field, String text) {
		return LanguageAnalyzers.words(analyzer, field, text, MAX_TERMS);
	}

	private record Snapshot(long names, IndexSearcher searcher, Map<Long, Place> places) {
	}
}
