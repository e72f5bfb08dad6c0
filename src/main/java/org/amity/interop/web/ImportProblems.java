package org.amity.interop.web;

import jakarta.servlet.http.HttpServletRequest;
import org.amity.interop.ImportRejectedException;
import org.amity.interop.MappingRefusedException;
import org.amity.interop.UndoRefusedException;
import org.amity.shared.web.ApiProblems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A refused file is a 422 (413 when too large) naming its line, a refused mapping a 422, a refused undo a 409 naming what stands in the way, in the caller's language. */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ImportProblems {

	private final ApiProblems problems;

	ImportProblems(ApiProblems problems) {
		this.problems = problems;
	}

	@ExceptionHandler(ImportRejectedException.class)
	ProblemDetail rejected(ImportRejectedException e, HttpServletRequest request) {
		var status = e.reason() == ImportRejectedException.Reason.TOO_LARGE ? HttpStatus.CONTENT_TOO_LARGE
				: HttpStatus.UNPROCESSABLE_CONTENT;
		var problem = problems.problem(status, "problem.import-rejected", request,
				"problem.import-rejected." + e.reason(), e.line());
		problem.setProperty("reason", e.reason().name());
		problem.setProperty("line", e.line());
		return problem;
	}

	@ExceptionHandler(MappingRefusedException.class)
	ProblemDetail mapping(MappingRefusedException e, HttpServletRequest request) {
		var problem = problems.problem(HttpStatus.UNPROCESSABLE_CONTENT, "problem.mapping-refused", request,
				"problem.mapping-refused." + e.reason());
		problem.setProperty("reason", e.reason().name());
		return problem;
	}

	@ExceptionHandler(UndoRefusedException.class)
	ProblemDetail undo(UndoRefusedException e, HttpServletRequest request) {
		var problem = problems.problem(HttpStatus.CONFLICT, "problem.undo-refused", request,
				"problem.undo-refused." + e.reason());
		problem.setProperty("reason", e.reason().name());
		problem.setProperty("blockers", e.blockers());
		return problem;
	}
}
