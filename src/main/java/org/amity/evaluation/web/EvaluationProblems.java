package org.amity.evaluation.web;

import jakarta.servlet.http.HttpServletRequest;
import org.amity.evaluation.EvaluationRefusedException;
import org.amity.shared.web.ApiProblems;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Evaluation's refusals in the API: 409 for an answer given twice, 422 for the rest, in the caller's language. */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class EvaluationProblems {

	private final ApiProblems problems;
	private final MessageSource messages;

	EvaluationProblems(ApiProblems problems, MessageSource messages) {
		this.problems = problems;
		this.messages = messages;
	}

	@ExceptionHandler(EvaluationRefusedException.class)
	ProblemDetail refused(EvaluationRefusedException e, HttpServletRequest request) {
		var status = e.reason().isConflict() ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_ENTITY;
		var problem = problems.problem(status, "problem.refused", request, "evaluation.refused." + e.reason());
		problem.setProperty("reason", e.reason().name());
		if (e.field() != null) {
			problem.setProperty("errors", java.util.Map.of(e.field(), text(e)));
		}
		return problem;
	}

	String text(EvaluationRefusedException e) {
		return explain(messages, e);
	}

	/** The refusal in the reader's language: the reason, and the field's own explanation when there is one. */
	static String explain(MessageSource messages, EvaluationRefusedException e) {
		var locale = LocaleContextHolder.getLocale();
		var general = messages.getMessage("evaluation.refused." + e.reason(), e.args(), locale);
		return e.field() == null ? general
				: messages.getMessage("evaluation.refused." + e.reason() + "." + e.field(), e.args(), general, locale);
	}
}
