package org.amity.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A text people enter in one or more of Amity's languages (a program's title, an event's description). It is stored
 * per language, shows the reader's language when there is one, falls back to English and then to any language
 * written, and says which languages are still missing.
 * <p>
 * A language may carry how it came to be: written by someone, or translated by someone from another language. A
 * translation remembers a fingerprint of the text it was made from; when that text changes, the translation is
 * outdated until someone translates it again.
 */
public record LocalizedText(Map<String, String> texts, Map<String, Provenance> provenance) {

	/** The languages Amity speaks, in the order its pages list them. */
	public static final List<String> LANGUAGES = List.of("en", "ko", "ja", "id");

	/** Longest text kept per language; longer input is refused, not cut. */
	public static final int MAX_LENGTH = 10_000;

	private static final JsonMapper JSON = JsonMapper.builder().build();
	private static final String PROVENANCE = "@provenance";

	/**
	 * Who wrote or translated one language of a text, and when.
	 *
	 * @param by the person (their user name or display name) or the source ({@code "official list"})
	 * @param from the language it was translated from, null when written in this language
	 * @param source fingerprint of the text in {@code from} it was translated from, null when written
	 */
	public record Provenance(String by, Instant at, String from, String source) {

		public boolean isTranslation() {
			return from != null;
		}
	}

	public LocalizedText {
		var kept = new LinkedHashMap<String, String>();
		if (texts != null) {
			for (var language : texts.keySet()) {
				if (!LANGUAGES.contains(language)) {
					throw new IllegalArgumentException("not one of Amity's languages: " + language);
				}
			}
		}
		for (var language : LANGUAGES) {
			var text = texts == null ? null : texts.get(language);
			if (text != null && !text.isBlank()) {
				if (text.length() > MAX_LENGTH) {
					throw new IllegalArgumentException("text in " + language + " is longer than " + MAX_LENGTH);
				}
				kept.put(language, text.strip());
			}
		}
		var known = new LinkedHashMap<String, Provenance>();
		if (provenance != null) {
			provenance.forEach((language, origin) -> {
				if (kept.containsKey(language) && origin != null) {
					known.put(language, origin);
				}
			});
		}
		texts = Collections.unmodifiableMap(kept);
		provenance = Collections.unmodifiableMap(known);
	}

	/** A text without any record of who wrote it. */
	public LocalizedText(Map<String, String> texts) {
		this(texts, Map.of());
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
		texts.values().removeIf(Objects::isNull);
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

	/** This text with one language written (or rewritten) by someone; translations made from it become outdated. */
	public LocalizedText written(String language, String text, String by, Instant at) {
		return with(language, text, new Provenance(by, at, null, null));
	}

	/** This text with one language translated by someone from another language as it reads now. */
	public LocalizedText translated(String language, String text, String from, String by, Instant at) {
		var source = exactly(from)
			.orElseThrow(() -> new IllegalArgumentException("there is no " + from + " text to translate from"));
		if (from.equals(language)) {
			throw new IllegalArgumentException("a text is not translated into its own language");
		}
		return with(language, text, new Provenance(by, at, from, fingerprint(source)));
	}

	public Optional<Provenance> provenanceOf(String language) {
		return Optional.ofNullable(provenance.get(language));
	}

	/** A translation whose source text changed (or disappeared) since it was made. */
	public boolean isOutdated(String language) {
		var origin = provenance.get(language);
		if (origin == null || !origin.isTranslation()) {
			return false;
		}
		return exactly(origin.from()).map(source -> !fingerprint(source).equals(origin.source())).orElse(true);
	}

	public List<String> outdated() {
		return LANGUAGES.stream().filter(this::isOutdated).toList();
	}

	private LocalizedText with(String language, String text, Provenance origin) {
		var texts = new LinkedHashMap<>(this.texts);
		texts.put(language, text);
		var provenance = new LinkedHashMap<>(this.provenance);
		provenance.put(language, origin);
		return new LocalizedText(texts, provenance);
	}

	/** The JSON a jsonb column keeps: a key per language, and who wrote or translated each under "@provenance". */
	public String toJson() {
		ObjectNode node = JSON.createObjectNode();
		texts.forEach(node::put);
		if (!provenance.isEmpty()) {
			node.set(PROVENANCE, JSON.valueToTree(provenance));
		}
		return JSON.writeValueAsString(node);
	}

	/** Reads what {@link #toJson()} wrote; null or blank reads as an empty text. */
	public static LocalizedText fromJson(String json) {
		if (json == null || json.isBlank()) {
			return new LocalizedText(Map.of());
		}
		JsonNode node = JSON.readTree(json);
		var texts = new LinkedHashMap<String, String>();
		for (var language : LANGUAGES) {
			if (node.hasNonNull(language)) {
				texts.put(language, node.get(language).asString());
			}
		}
		Map<String, Provenance> provenance = node.hasNonNull(PROVENANCE)
				? JSON.convertValue(node.get(PROVENANCE), new TypeReference<Map<String, Provenance>>() {
				})
				: Map.of();
		return new LocalizedText(texts, provenance);
	}

	static String fingerprint(String text) {
		try {
			var digest = MessageDigest.getInstance("SHA-256").digest(text.strip().getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 8);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java has SHA-256", e);
		}
	}

	@Override
	public String toString() {
		return in(Locale.ENGLISH);
	}
}
