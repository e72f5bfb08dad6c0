package org.amity.shared;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A text people enter in one or more of Amity's languages (a program's title, an event's description). It is stored
 * per language, shows the reader's language when there is one, falls back to English and then to any language
 * written, and says which languages are still missing.
 */
public record LocalizedText(Map<String, String> texts) {

	/** The languages Amity speaks, in the order its pages list them. */
	public static final List<String> LANGUAGES = List.of("en", "ko", "ja", "id");

	/** Longest text kept per language; longer input is refused, not cut. */
	public static final int MAX_LENGTH = 10_000;

	public LocalizedText {
		var kept = new LinkedHashMap<String, String>();
		for (var language : LANGUAGES) {
			var text = texts == null ? null : texts.get(language);
			if (text != null && !text.isBlank()) {
				if (text.length() > MAX_LENGTH) {
					throw new IllegalArgumentException("text in " + language + " is longer than " + MAX_LENGTH);
				}
				kept.put(language, text.strip());
			}
		}
		if (texts != null) {
			for (var language : texts.keySet()) {
				if (!LANGUAGES.contains(language)) {
					throw new IllegalArgumentException("not one of Amity's languages: " + language);
				}
			}
		}
		texts = Collections.unmodifiableMap(kept);
	}

	public static LocalizedText of(String language, String text) {
		return new LocalizedText(Map.of(language, text));
	}

	public static LocalizedText of(String en, String ko, String ja, String id) {
		var texts = new LinkedHashMap<String, String>();
		texts.put("en", en);
		texts.put("ko", ko);
		texts.put("ja", ja);
		texts.put("id", id);
		texts.values().removeIf(java.util.Objects::isNull);
		return new LocalizedText(texts);
	}

	/** The text in the reader's language, else English, else the first language written; empty if none is. */
	public String in(Locale locale) {
		return exactly(locale.getLanguage())
			.or(() -> exactly("en"))
			.or(() -> texts.values().stream().findFirst())
			.orElse("");
	}

	public Optional<String> exactly(String language) {
		return Optional.ofNullable(texts.get(language));
	}

	/** Whether the reader sees a text written in another language than theirs. */
	public boolean isFallbackFor(Locale locale) {
		return !texts.isEmpty() && !texts.containsKey(locale.getLanguage());
	}

	public List<String> missing() {
		return LANGUAGES.stream().filter(language -> !texts.containsKey(language)).toList();
	}

	public boolean isEmpty() {
		return texts.isEmpty();
	}

	@Override
	public String toString() {
		return in(Locale.ENGLISH);
	}
}
