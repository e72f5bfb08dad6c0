package org.amity.event.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.amity.event.RegistrationRefusedException;
import org.amity.shared.web.ApiProblems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The event API's refusals in the caller's language: a rule's refusal is 422 (409 when the registration's state does
 * not allow it), and a rush that keeps a lock or a connection out of reach for longer than the lock timeout is 429
 * with Retry-After, never a 500.
 */
@RestControllerAdvice(assignableTypes = { EventApi.class, DoorApi.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class EventProblems {

	private final ApiProblems problems;

	EventProblems(ApiProblems problems) {
		this.problems = problems;
	}

	static HttpStatus status(RegistrationRefusedException e) {
		return switch (e.reason()) {
			case WRONG_STATE, OFFER_EXPIRED, EVENT_CLOSED -> HttpStatus.CONFLICT;
			default -> HttpStatus.UNPROCESSABLE_CONTENT;
		};
	}

	@ExceptionHandler(RegistrationRefusedException.class)
	ProblemDetail refused(RegistrationRefusedException e, HttpServletRequest request) {
		var problem = problems.problem(status(e), "problem.registration-refused", request,
				"problem.registration-refused." + e.reason());
		problem.setProperty("reason", e.reason().name());
		return problem;
	}

	@ExceptionHandler(org.amity.event.VolunteerRefusedException.class)
	ProblemDetail volunteerRefused(org.amity.event.VolunteerRefusedException e, HttpServletRequest request) {
		var problem = problems.problem(HttpStatus.CONFLICT, "problem.volunteer-refused", request,
				"problem.volunteer-refused." + e.reason());
		problem.setProperty("reason", e.reason().name());
		return problem;
	}

	/** A body that is not JSON, or not of the expected shape, is the caller's mistake: 400, nothing stored. */
	@ExceptionHandler(HttpMessageNotReadableException.class)
	ProblemDetail unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
		return problems.problem(HttpStatus.BAD_REQUEST, "problem.invalid", request, "problem.invalid.detail");
	}

	@ExceptionHandler({ PessimisticLockingFailureException.class, CannotAcquireLockException.class,
			CannotGetJdbcConnectionException.class, QueryTimeoutException.class })
	ProblemDetail busy(Exception e, HttpServletRequest request, HttpServletResponse response) {
		response.setHeader("Retry-After", "2");
		return problems.problem(HttpStatus.TOO_MANY_REQUESTS, "problem.registration-busy", request,
				"problem.registration-busy.detail");
	}
}
