package org.amity.actor.web;

import jakarta.servlet.http.HttpServletRequest;
import org.amity.actor.ActorRefusedException;
import org.amity.shared.web.ApiProblems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A directory rule's refusal is a 409 (the slug is taken) or a 422, in the caller's language. */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ActorProblems {

	private final ApiProblems problems;

	ActorProblems(ApiProblems problems) {
		this.problems = problems;
	}

	@ExceptionHandler(ActorRefusedException.class)
	ProblemDetail refused(ActorRefusedException e, HttpServletRequest request) {
		var status = e.reason() == ActorRefusedException.Reason.SLUG_TAKEN
				|| e.reason() == ActorRefusedException.Reason.STALE ? HttpStatus.CONFLICT
				: HttpStatus.UNPROCESSABLE_CONTENT;
		var problem = problems.problem(status, "problem.refused", request, "problem.actor." + e.reason());
		problem.setProperty("reason", e.reason().name());
		return problem;
	}
}
