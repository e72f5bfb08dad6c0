package org.amity.identity.web;

import java.util.Set;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/** The page language in a request path ({@code /ko/...}), for redirects that must keep the reader's language. */
final class Languages {

	static final Set<String> TAGS = Set.of("en", "ko", "ja", "id");

	private Languages() {
	}

	static String of(HttpServletRequest request) {
		var uri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (uri == null) {
			uri = request.getRequestURI().substring(request.getContextPath().length());
		}
		var parts = uri.split("/", 3);
		return parts.length > 1 && TAGS.contains(parts[1]) ? parts[1] : "en";
	}
}
