package org.amity.search.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.amity.search.SearchUnavailableException;
import org.amity.shared.web.ApiProblems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A search cluster that cannot be reached or refuses a request is a 503 problem in the caller's language, telling
 * when to try again: it is passing, and not the caller's doing.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class SearchProblems {

	private static final Logger log = LoggerFactory.getLogger(SearchProblems.class);

	/** Seconds a client should wait before asking again. */
	static final String RETRY_AFTER = "60";

	private final ApiProblems problems;

	SearchProblems(ApiProblems problems) {
		this.problems = problems;
	}

	@ExceptionHandler(SearchUnavailableException.class)
	ProblemDetail unavailable(SearchUnavailableException e, HttpServletRequest request, HttpServletResponse response) {
		log.warn("Search unavailable for {}: {}", request.getRequestURI(), e.getMessage());
		response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER);
		return problems.problem(HttpStatus.SERVICE_UNAVAILABLE, "problem.search-unavailable", request,
				"problem.search-unavailable.detail");
	}
}
