package org.amity.portal.web;

import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

/**
 * What the shared layout needs to know about the page it frames: the reader's language, and the same page in every
 * language for the switcher and the {@code hreflang} alternates. A path outside the four languages has no equivalent
 * page, so its alternates are the home pages.
 */
record PageLinks(String lang, String home, List<Alternate> alternates) {

	static final String ATTRIBUTE = "page";

	static PageLinks of(HttpServletRequest request) {
		var path = PathLocaleResolver.path(request);
		var segment = PathLocaleResolver.firstSegment(path);
		var current = PathLocaleResolver.language(request);
		String rest;
		if (Language.of(segment).isPresent()) {
			rest = path.substring(Math.min(path.length(), segment.length() + 1));
			var query = request.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI) == null
					? request.getQueryString() : null;
			if (query != null) {
				rest += "?" + query;
			}
		}
		else {
			rest = "/";
		}
		if (rest.isEmpty()) {
			rest = "/";
		}
		var context = request.getContextPath() == null ? "" : request.getContextPath();
		var suffix = rest;
		var alternates = Arrays.stream(Language.values())
			.map(language -> new Alternate(language.tag(), language.autonym(), context + "/" + language.tag() + suffix,
					language == current))
			.toList();
		return new PageLinks(current.tag(), context + "/" + current.tag() + "/", alternates);
	}

	/** The page in one language; {@code current} marks the language the reader is in. */
	record Alternate(String lang, String label, String href, boolean current) {
	}
}
