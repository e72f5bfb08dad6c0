package org.amity.network.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.amity.network.InvalidNetworkFilterException;
import org.amity.shared.web.ApiProblems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A filter the network cannot be cut by is a 400 naming the field, in the caller's language. */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class NetworkProblems {

	private final ApiProblems problems;

	NetworkProblems(ApiProblems problems) {
		this.problems = problems;
	}

	@ExceptionHandler(InvalidNetworkFilterException.class)
	ProblemDetail invalidFilter(InvalidNetworkFilterException e, HttpServletRequest request) {
		var problem = problems.problem(HttpStatus.BAD_REQUEST, "problem.invalid", request,
				"problem.invalid-filter." + e.field(), e.value());
		problem.setProperty("errors", Map.of(e.field(), e.value()));
		return problem;
	}
}
