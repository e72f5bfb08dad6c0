package org.amity.portal.web;

import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Takes the reader's language from the first segment of the URL ({@code /ko/cities/seoul-kr}), so that a link always
 * shows the same page in the same language whoever opens it. Requests outside the language prefix (the JSON API, the
 * root redirect) fall back to the best Accept-Language match among the portal's languages.
 */
final class PathLocaleResolver implements LocaleResolver {

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		return language(request).locale();
	}

	@Override
	public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		throw new UnsupportedOperationException("The language is chosen by the URL: link to /" + locale.getLanguage() + "/");
	}

	static Language language(HttpServletRequest request) {
		return Language.of(firstSegment(path(request)))
			.orElseGet(() -> Language.bestFor(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE)));
	}

	/**
	 * The path the reader asked for, without the context path. While an error page renders, the request's own URI is
	 * the error path, and the original one is kept in an attribute.
	 */
	static String path(HttpServletRequest request) {
		var uri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (uri == null) {
			uri = request.getRequestURI();
		}
		var context = request.getContextPath();
		if (context != null && !context.isEmpty() && uri.startsWith(context)) {
			uri = uri.substring(context.length());
		}
		return uri.isEmpty() ? "/" : uri;
	}

	static String firstSegment(String path) {
		var start = path.startsWith("/") ? 1 : 0;
		var end = path.indexOf('/', start);
		return end < 0 ? path.substring(start) : path.substring(start, end);
	}
}
