package org.amity.partnership.web;

import jakarta.servlet.http.HttpServletRequest;
import org.amity.partnership.PartnershipRefusedException;
import org.amity.shared.web.ApiProblems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A partnership rule's refusal is a 409 (a concurrent change or a duplicate) or a 422, in the caller's language. */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PartnershipProblems {

	private final ApiProblems problems;

	PartnershipProblems(ApiProblems problems) {
		this.problems = problems;
	}

	@ExceptionHandler(PartnershipRefusedException.class)
	ProblemDetail refused(PartnershipRefusedException e, HttpServletRequest request) {
		var status = switch (e.reason()) {
			case CONCURRENT_CHANGE, ALREADY_EXISTS -> HttpStatus.CONFLICT;
			default -> HttpStatus.UNPROCESSABLE_CONTENT;
		};
		var problem = problems.problem(status, "problem.refused", request, "problem.refused." + e.reason());
		problem.setProperty("reason", e.reason().name());
		return problem;
	}
}
