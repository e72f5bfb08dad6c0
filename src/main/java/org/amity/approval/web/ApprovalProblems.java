package org.amity.approval.web;

import jakarta.servlet.http.HttpServletRequest;
import org.amity.approval.ApprovalRefusedException;
import org.amity.shared.web.ApiProblems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * An approval rule's refusal in the API: deciding one's own proposal is a 403, a decided or stale proposal a 409, a
 * refusal without reason a 422; in the caller's language.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApprovalProblems {

	private final ApiProblems problems;

	ApprovalProblems(ApiProblems problems) {
		this.problems = problems;
	}

	@ExceptionHandler(ApprovalRefusedException.class)
	ProblemDetail refused(ApprovalRefusedException e, HttpServletRequest request) {
		var status = switch (e.reason()) {
			case OWN_PROPOSAL, NOT_PROPOSER -> HttpStatus.FORBIDDEN;
			case ALREADY_DECIDED, STALE -> HttpStatus.CONFLICT;
			case REASON_REQUIRED, UNKNOWN_KIND -> HttpStatus.UNPROCESSABLE_CONTENT;
		};
		var problem = problems.problem(status, "problem.refused", request, "approval.refused." + e.reason());
		problem.setProperty("reason", e.reason().name());
		return problem;
	}
}
