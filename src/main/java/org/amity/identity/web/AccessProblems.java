package org.amity.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import org.amity.identity.AccessDeniedException;
import org.amity.shared.web.ApiProblems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A use case's access refusal in the API: 401 when nobody is signed in, otherwise 403, in the caller's language. */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class AccessProblems {

	private final ApiProblems problems;

	AccessProblems(ApiProblems problems) {
		this.problems = problems;
	}

	@ExceptionHandler(AccessDeniedException.class)
	ProblemDetail denied(AccessDeniedException e, HttpServletRequest request) {
		var signIn = e.reason() == AccessDeniedException.Reason.SIGN_IN;
		var problem = problems.problem(signIn ? HttpStatus.UNAUTHORIZED : HttpStatus.FORBIDDEN,
				signIn ? "problem.unauthorized" : "problem.forbidden", request, e.reason().key());
		problem.setProperty("reason", e.reason().name());
		return problem;
	}
}
