package org.amity.actor.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.amity.shared.NotFoundException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** An unknown actor on a page is a 404 page in the reader's language, rendered by the application's error page. */
@ControllerAdvice(assignableTypes = { ActorController.class, OrganisationCorrectionPages.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class ActorPageErrors {

	@ExceptionHandler(NotFoundException.class)
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(HttpServletResponse.SC_NOT_FOUND);
	}
}
