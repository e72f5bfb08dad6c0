package org.amity.portal.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages the portal speaks, each the first segment of its URLs ({@code /ko/...}). The autonym is how the
 * language names itself; it labels the language switcher and stays the same whatever language the page is in, so it
 * is not a message.
 */
enum Language {

	EN("en", "English"), KO("ko", "한국어"), JA("ja", "日本語"), ID("id", "Bahasa Indonesia");

	static final Language DEFAULT = EN;

	/** The first path segment of every page, for request mappings; anything else there is not a portal page. */
	static final String PREFIX = org.amity.shared.web.PortalPaths.LANG;

	private final String tag;
	private final String autonym;
	private final Locale locale;

	Language(String tag, String autonym) {
		this.tag = tag;
		this.autonym = autonym;
		this.locale = Locale.forLanguageTag(tag);
	}

	String tag() {
		return tag;
	}

	String autonym() {
		return autonym;
	}

	Locale locale() {
		return locale;
	}

	static Optional<Language> of(String tag) {
		return Arrays.stream(values()).filter(language -> language.tag.equals(tag)).findFirst();
	}

	/** The portal language a reader asked for in an Accept-Language header, or the default. */
	static Language bestFor(String acceptLanguage) {
		if (acceptLanguage == null || acceptLanguage.isBlank()) {
			return DEFAULT;
		}
		try {
			var ranges = Locale.LanguageRange.parse(acceptLanguage);
			var supported = Arrays.stream(values()).map(Language::locale).toList();
			// Lookup truncates "ko-KR" to "ko" and honours the reader's quality weights.
			var match = Locale.lookup(ranges, supported);
			return match == null ? DEFAULT : of(match.getLanguage()).orElse(DEFAULT);
		}
		catch (IllegalArgumentException malformedHeader) {
			return DEFAULT;
		}
	}
}
