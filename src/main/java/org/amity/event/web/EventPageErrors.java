package org.amity.event.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.amity.event.RegistrationRefusedException;
import org.amity.shared.NotFoundException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * What goes wrong behind an event page becomes the application's error page in the reader's language, with the
 * status that says what happened: 404, a refusal (409/422), or 429 when too many people press at once.
 */
@ControllerAdvice(assignableTypes = { EventPages.class, EventManagePages.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class EventPageErrors {

	@ExceptionHandler(NotFoundException.class)
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(404);
	}

	@ExceptionHandler(RegistrationRefusedException.class)
	void refused(RegistrationRefusedException e, HttpServletResponse response) throws IOException {
		response.sendError(EventProblems.status(e).value());
	}

	@ExceptionHandler({ PessimisticLockingFailureException.class, CannotGetJdbcConnectionException.class,
			QueryTimeoutException.class })
	void busy(HttpServletResponse response) throws IOException {
		response.setHeader("Retry-After", "2");
		response.sendError(429);
	}
}
