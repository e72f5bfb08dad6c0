package org.amity.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.amity.search.LuceneSearchBackend.Way;
import org.amity.shared.LocalizedText;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Cuts the part of a document's text that matched out of it, with the matching words marked: Latin-script text is
 * analysed the way the query was (a stem, a word with a typo), and the Korean and Japanese words the query was cut
 * into are looked up as written (자매도시 of 자매도시를, 姉妹都市 inside a sentence). The reader's language is preferred; when the match was in another
 * language, that language's text is shown.
 */
final class Snippets {

	static final int LENGTH = 220, BEFORE = 60;

	private static final java.util.regex.Pattern CJK = java.util.regex.Pattern
		.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}]");

	private final Map<Way, Analyzer> analyzers;
	private final Map<Way, List<String>> words;

	Snippets(Map<Way, Analyzer> analyzers, Map<Way, List<String>> words) {
		this.analyzers = analyzers;
		this.words = words;
	}

	record Snippet(List<SearchHit.Fragment> fragments, String language) {
	}

	Snippet best(LocalizedText bodies, String readerLanguage) {
		if (bodies.isEmpty()) {
			return new Snippet(List.of(), null);
		}
		var order = new ArrayList<String>();
		order.add(readerLanguage);
		LocalizedText.LANGUAGES.stream().filter(l -> !l.equals(readerLanguage)).forEach(order::add);
		for (var language : order) {
			var text = bodies.exactly(language);
			if (text.isPresent()) {
				var marks = marks(language, text.get());
				if (!marks.isEmpty()) {
					return new Snippet(cut(text.get(), marks), language);
				}
			}
		}
		var text = bodies.in(java.util.Locale.forLanguageTag(readerLanguage));
		var language = bodies.texts().entrySet().stream().filter(e -> e.getValue().equals(text)).findFirst()
			.map(Map.Entry::getKey).orElse(readerLanguage);
		return new Snippet(cut(text, List.of()), language);
	}

	/**
	 * Start and end offsets of the words the query matched, in order, overlaps merged. Pairs of CJK characters mark
	 * only where no word did (part of a word, as {@code ジャカル} in {@code ジャカルタ}), and single characters only
	 * when the query is one; otherwise a particle such as 를 would be marked wherever it stands.
	 */
	private List<int[]> marks(String language, String text) {
		var found = marks(language, text, false);
		return found.isEmpty() ? marks(language, text, true) : found;
	}

	private List<int[]> marks(String language, String text, boolean characters) {
		var found = new ArrayList<int[]>();
		for (var entry : words.entrySet()) {
			var way = entry.getKey();
			if ((way.language != null && !way.language.equals(language)) || (way == Way.CJK) != characters) {
				continue;
			}
			var wanted = entry.getValue();
			if (way == Way.CJK && wanted.stream().anyMatch(word -> word.length() > 1)) {
				wanted = wanted.stream().filter(word -> word.length() > 1).toList();
			}
			if (way == Way.KO || way == Way.JA || way == Way.CJK) {
				// Korean and Japanese words are written as they stand in the text: found as they are, without running
				// the morphological analysers (ten times slower than the search itself) over every hit
				for (var word : wanted) {
					if (!CJK.matcher(word).find()) {
						continue;
					}
					for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length())) {
						found.add(new int[] { at, at + word.length() });
					}
				}
				continue;
			}
			try (var stream = analyzers.get(way).tokenStream(way.body(), text)) {
				var term = stream.addAttribute(CharTermAttribute.class);
				var offset = stream.addAttribute(OffsetAttribute.class);
				stream.reset();
				while (stream.incrementToken()) {
					if (matches(way, term.toString(), wanted)) {
						found.add(new int[] { offset.startOffset(), offset.endOffset() });
					}
				}
				stream.end();
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		return merged(found);
	}

	private static List<int[]> merged(List<int[]> found) {
		found.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(b[1], a[1]));
		var merged = new ArrayList<int[]>();
		for (var mark : found) {
			var last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
			if (last != null && mark[0] <= last[1]) {
				last[1] = Math.max(last[1], mark[1]);
			}
			else {
				merged.add(mark.clone());
			}
		}
		return merged;
	}

	private static boolean matches(Way way, String token, List<String> wanted) {
		for (int i = 0; i < wanted.size(); i++) {
			var word = wanted.get(i);
			if (token.equals(word)) {
				return true;
			}
			if (way == Way.LATIN) {
				if (i == wanted.size() - 1 && word.length() >= 3 && token.startsWith(word)) {
					return true;
				}
				if (word.length() >= 4 && withinEdits(token, word, word.length() >= 8 ? 2 : 1)) {
					return true;
				}
			}
		}
		return false;
	}

	/** Whether two words are at most {@code max} insertions, deletions or substitutions apart. */
	static boolean withinEdits(String a, String b, int max) {
		if (Math.abs(a.length() - b.length()) > max) {
			return false;
		}
		var previous = new int[b.length() + 1];
		var row = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			row[0] = i;
			int best = row[0];
			for (int j = 1; j <= b.length(); j++) {
				int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
				row[j] = Math.min(Math.min(row[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
				best = Math.min(best, row[j]);
			}
			if (best > max) {
				return false;
			}
			var swap = previous;
			previous = row;
			row = swap;
		}
		return previous[b.length()] <= max;
	}

	/** About {@value #LENGTH} characters around the first mark, cut at spaces where there are any. */
	static List<SearchHit.Fragment> cut(String text, List<int[]> marks) {
		int start = 0;
		if (text.length() > LENGTH && !marks.isEmpty()) {
			start = Math.max(0, Math.min(marks.get(0)[0] - BEFORE, text.length() - LENGTH));
			int space = text.lastIndexOf(' ', start);
			if (space > 0 && start - space < 20) {
				start = space + 1;
			}
		}
		int end = Math.min(text.length(), start + LENGTH);
		if (end < text.length()) {
			int space = text.indexOf(' ', end);
			if (space > 0 && space - end < 20) {
				end = space;
			}
		}
		var fragments = new ArrayList<SearchHit.Fragment>();
		if (start > 0) {
			fragments.add(new SearchHit.Fragment("…", false));
		}
		int at = start;
		for (var mark : marks) {
			int from = Math.max(mark[0], at), to = Math.min(mark[1], end);
			if (from >= to) {
				continue;
			}
			if (from > at) {
				fragments.add(new SearchHit.Fragment(text.substring(at, from), false));
			}
			fragments.add(new SearchHit.Fragment(text.substring(from, to), true));
			at = to;
		}
		if (at < end) {
			fragments.add(new SearchHit.Fragment(text.substring(at, end), false));
		}
		if (end < text.length()) {
			fragments.add(new SearchHit.Fragment("…", false));
		}
		return fragments;
	}
}
