package org.amity.shared.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.core.TypeTokenFilter;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.id.IndonesianStemFilter;
import org.apache.lucene.analysis.ja.JapaneseAnalyzer;
import org.apache.lucene.analysis.ko.KoreanAnalyzer;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * How text in each of Amity's languages is cut into searchable words, the same for the site search and the
 * gazetteer's name search. Korean goes through Nori (particles such as 를 come off, compounds split), Japanese
 * through Kuromoji (words found inside sentences written without spaces), Indonesian through its stemmer, Latin script
 * through ICU folding (accents, case and width), and Chinese characters, kana and Hangul also as overlapping pairs so
 * that part of a word finds the whole. Analyzers are thread-safe; one instance serves every thread.
 */
public final class LanguageAnalyzers {

	/** Lucene's Indonesian stop words but {@code sama}, which is half of compounds such as {@code kerja sama}. */
	private static final CharArraySet INDONESIAN_STOP_WORDS = indonesianStopWords();

	private LanguageAnalyzers() {
	}

	private static CharArraySet indonesianStopWords() {
		var words = new CharArraySet(200, false);
		for (var word : IndonesianAnalyzer.getDefaultStopSet()) {
			var text = new String((char[]) word);
			if (!text.equals("sama")) {
				words.add(text);
			}
		}
		return CharArraySet.unmodifiableSet(words);
	}

	/** Latin-script words (and Cyrillic, Greek, Arabic ...) folded to their base letters; CJK is left to the others. */
	public static Analyzer latin() {
		return new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String fieldName) {
				var tokenizer = new StandardTokenizer();
				return new TokenStreamComponents(tokenizer, new ICUFoldingFilter(latinWords(tokenizer)));
			}
		};
	}

	/** Latin folding with English plurals and possessives taken off ({@code cities} finds {@code city}). */
	public static Analyzer english() {
		return new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String fieldName) {
				var tokenizer = new StandardTokenizer();
				var stream = new ICUFoldingFilter(new EnglishPossessiveFilter(latinWords(tokenizer)));
				return new TokenStreamComponents(tokenizer, new EnglishMinimalStemFilter(stream));
			}
		};
	}

	public static Analyzer korean() {
		return new KoreanAnalyzer();
	}

	public static Analyzer japanese() {
		return new JapaneseAnalyzer();
	}

	/** Indonesian stems: affixes off ({@code kebudayaan} and {@code budaya} meet), common function words dropped. */
	public static Analyzer indonesian() {
		return new IndonesianAnalyzer(INDONESIAN_STOP_WORDS);
	}

	/**
	 * Indonesian words as written, lower-cased, with the same words dropped as {@link #indonesian()}, so that the two
	 * give the same number of words for a text, word for word.
	 */
	public static Analyzer indonesianUnstemmed() {
		return new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String fieldName) {
				var tokenizer = new StandardTokenizer();
				return new TokenStreamComponents(tokenizer,
						new StopFilter(new LowerCaseFilter(tokenizer), INDONESIAN_STOP_WORDS));
			}
		};
	}

	/**
	 * Indonesian stems with every two neighbouring stems also joined into one word, for text to be searched: Indonesian
	 * writes many compounds both ways ({@code kerjasama} and {@code bekerja sama}, {@code tanggungjawab} and
	 * {@code tanggung jawab}), and the joined pair lets either spelling find the other. The stemmer cuts a joined word
	 * as if it had a prefix ({@code kerjasama} becomes {@code rjasama}), so a search also looks for the word as
	 * written.
	 */
	public static Analyzer indonesianJoined() {
		return new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String fieldName) {
				var tokenizer = new StandardTokenizer();
				var stems = new IndonesianStemFilter(
						new StopFilter(new LowerCaseFilter(tokenizer), INDONESIAN_STOP_WORDS));
				var joined = new ShingleFilter(stems, 2, 2);
				joined.setTokenSeparator("");
				joined.setFillerToken("");
				joined.setOutputUnigrams(true);
				return new TokenStreamComponents(tokenizer, joined);
			}
		};
	}

	/** Chinese characters, kana and Hangul as single characters and overlapping pairs, widths folded. */
	public static Analyzer cjkBigrams() {
		return new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String fieldName) {
				var tokenizer = new StandardTokenizer();
				var stream = new CJKBigramFilter(new LowerCaseFilter(new CJKWidthFilter(tokenizer)),
						CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA | CJKBigramFilter.KATAKANA | CJKBigramFilter.HANGUL,
						true);
				var cjkOnly = new TypeTokenFilter(stream, Set.of(CJKBigramFilter.DOUBLE_TYPE, CJKBigramFilter.SINGLE_TYPE,
						type(StandardTokenizer.IDEOGRAPHIC), type(StandardTokenizer.HIRAGANA),
						type(StandardTokenizer.KATAKANA), type(StandardTokenizer.HANGUL)), true);
				return new TokenStreamComponents(tokenizer, cjkOnly);
			}
		};
	}

	/** The distinct words an analyzer makes of a text, in order, at most {@code max} of them. */
	public static List<String> words(Analyzer analyzer, String field, String text, int max) {
		var words = new LinkedHashSet<String>();
		try (var stream = analyzer.tokenStream(field, text)) {
			var term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken() && words.size() < max) {
				words.add(term.toString());
			}
			stream.end();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return List.copyOf(words);
	}

	private static TypeTokenFilter latinWords(StandardTokenizer tokenizer) {
		return new TypeTokenFilter(tokenizer, Set.of(type(StandardTokenizer.ALPHANUM), type(StandardTokenizer.NUM),
				type(StandardTokenizer.SOUTHEAST_ASIAN)), true);
	}

	private static String type(int tokenType) {
		return StandardTokenizer.TOKEN_TYPES[tokenType];
	}
}
