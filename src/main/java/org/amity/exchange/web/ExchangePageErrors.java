package org.amity.exchange.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.amity.shared.NotFoundException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * Something missing behind an exchange page is a 404 page in the reader's language; an upload beyond the server's
 * limit a 413. An unknown application key looks exactly like a missing page, so keys cannot be probed.
 */
@ControllerAdvice(assignableTypes = { ProgramPages.class, ApplicantPages.class, CallManagementPages.class,
		ProgramManagementPages.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class ExchangePageErrors {

	@ExceptionHandler(NotFoundException.class)
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(HttpServletResponse.SC_NOT_FOUND);
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	void tooLarge(HttpServletResponse response) throws IOException {
		response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
	}
}
