package org.amity.portal.web;

import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import org.amity.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Turns what goes wrong behind a portal page into a page in the reader's language. It advises the portal's controllers
 * only, and before any application-wide handler, so that the JSON API keeps its problem details and pages never get
 * them.
 */
@ControllerAdvice(basePackageClasses = PortalExceptionHandler.class)
// after the modules' handlers of their own typed errors (such as an access refusal), which apply to every page
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class PortalExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(PortalExceptionHandler.class);

	/** The kinds of missing things the not-found page has a sentence for; anything else is "this page". */
	private static final Set<String> KINDS = Set.of("city", "partnership", "country", "page");

	@ExceptionHandler(NotFoundException.class)
	ModelAndView notFound(NotFoundException e, HttpServletRequest request) {
		var page = new ModelAndView("not-found", HttpStatus.NOT_FOUND);
		page.addObject("kind", KINDS.contains(e.kind()) ? e.kind() : "page");
		page.addObject(PageLinks.ATTRIBUTE, PageLinks.of(request));
		return page;
	}

	@ExceptionHandler(Exception.class)
	ModelAndView failed(Exception e, HttpServletRequest request) {
		HttpStatusCode status = e instanceof ErrorResponse response ? response.getStatusCode()
				: HttpStatus.INTERNAL_SERVER_ERROR;
		if (status.is5xxServerError()) {
			log.error("Page {} failed", request.getRequestURI(), e);
		}
		var page = new ModelAndView("error", status);
		page.addObject("status", status.value());
		page.addObject(PageLinks.ATTRIBUTE, PageLinks.of(request));
		return page;
	}
}
