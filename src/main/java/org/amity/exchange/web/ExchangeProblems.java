package org.amity.exchange.web;

import jakarta.servlet.http.HttpServletRequest;
import org.amity.exchange.ExchangeRefusedException;
import org.amity.shared.web.ApiProblems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** An exchange rule's refusal is a 409 (a concurrent change, a second application) or a 422, in the caller's language. */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ExchangeProblems {

	private final ApiProblems problems;

	ExchangeProblems(ApiProblems problems) {
		this.problems = problems;
	}

	@ExceptionHandler(ExchangeRefusedException.class)
	ProblemDetail refused(ExchangeRefusedException e, HttpServletRequest request) {
		var status = switch (e.reason()) {
			case CONCURRENT_CHANGE, ALREADY_APPLIED, TRANSITION -> HttpStatus.CONFLICT;
			default -> HttpStatus.UNPROCESSABLE_CONTENT;
		};
		var problem = problems.problem(status, "problem.refused", request, "exchange.refused." + e.reason());
		problem.setProperty("reason", e.reason().name());
		problem.setProperty("details", e.details());
		return problem;
	}
}
