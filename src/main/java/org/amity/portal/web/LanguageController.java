package org.amity.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.amity.identity.AccessRule;
import org.amity.shared.NotFoundException;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Sends readers to a language and answers 404 pages for what no other portal page matches. Only two-letter first
 * segments are taken, so the JSON API, the actuator, the API documentation and static files pass untouched.
 */
@AccessRule(AccessRule.Audience.PUBLIC)
@Controller
class LanguageController {

	@GetMapping("/")
	String root(HttpServletRequest request, HttpServletResponse response) {
		// The answer depends on the reader's languages, so caches must keep one per Accept-Language.
		response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
		return "redirect:/" + Language.bestFor(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE)).tag() + "/";
	}

	@GetMapping("/{segment:[a-z]{2}}")
	String withoutSlash(@PathVariable String segment, HttpServletRequest request) {
		return Language.of(segment).map(language -> "redirect:/" + language.tag() + "/").orElseThrow(
				() -> new NotFoundException("page", PathLocaleResolver.path(request)));
	}

	/** Less specific than every page mapping, so it only answers paths that nothing else does. */
	@GetMapping("/{segment:[a-z]{2}}/**")
	String unmatched(HttpServletRequest request) {
		throw new NotFoundException("page", PathLocaleResolver.path(request));
	}
}
