package org.amity.portal.web;

import java.util.Arrays;
import java.util.List;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * What the shared layout needs to know about the page it frames: the reader's language, and the same page in every
 * language for the switcher and the {@code hreflang} alternates. A path outside the four languages has no equivalent
 * page, so its alternates are the home pages.
 */
record PageLinks(String lang, String home, String section, List<Alternate> alternates) {

	static final String ATTRIBUTE = "page";

	static PageLinks of(HttpServletRequest request) {
		var path = PathLocaleResolver.path(request);
		var segment = PathLocaleResolver.firstSegment(path);
		var current = PathLocaleResolver.language(request);
		String rest;
		if (Language.of(segment).isPresent()) {
			rest = path.substring(Math.min(path.length(), segment.length() + 1));
			// An error page's own query string is not the reader's; the original is not kept.
			var query = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) == null ? request.getQueryString()
					: null;
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
		return new PageLinks(current.tag(), context + "/" + current.tag() + "/", section(rest), alternates);
	}

	/** The part of the site the page belongs to, so that the navigation can mark where the reader is. */
	private static String section(String rest) {
		if (rest.equals("/")) {
			return "home";
		}
		if (rest.startsWith("/map") || rest.startsWith("/countries/")) {
			return "map";
		}
		if (rest.startsWith("/network") || rest.endsWith("/network")) {
			return "network";
		}
		if (rest.startsWith("/events") || rest.startsWith("/series/")) {
			return "events";
		}
		return rest.startsWith("/search") ? "search" : "";
	}

	/** The page in one language; {@code current} marks the language the reader is in. */
	record Alternate(String lang, String label, String href, boolean current) {
	}
}
