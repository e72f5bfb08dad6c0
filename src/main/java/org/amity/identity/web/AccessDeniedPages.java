package org.amity.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import org.amity.identity.AccessDeniedException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A use case's access refusal behind a page of any module: the sign-in page when nobody is signed in (coming back to
 * the page afterwards), otherwise a 403 page in the reader's language. Ordered before the portal's catch-all.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class AccessDeniedPages {

	@ExceptionHandler(AccessDeniedException.class)
	ModelAndView denied(AccessDeniedException e, HttpServletRequest request) {
		var lang = Languages.of(request);
		if (e.reason() == AccessDeniedException.Reason.SIGN_IN) {
			return new ModelAndView("redirect:/" + lang + "/login");
		}
		// through the refusal page's own mapping, so that it is framed like any page (layout, language links)
		request.setAttribute(SignInPages.DENIED_REASON, e.reason().key());
		return new ModelAndView("forward:/" + lang + "/access-denied", HttpStatus.FORBIDDEN);
	}

}
