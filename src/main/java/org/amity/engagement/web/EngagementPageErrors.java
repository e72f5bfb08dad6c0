package org.amity.engagement.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.amity.shared.NotFoundException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A campaign, community event, idea or program that is not there becomes the application's 404 page in the reader's
 * language, never a 500.
 */
@ControllerAdvice(assignableTypes = EngagementPages.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class EngagementPageErrors {

	@ExceptionHandler(NotFoundException.class)
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(404);
	}
}
