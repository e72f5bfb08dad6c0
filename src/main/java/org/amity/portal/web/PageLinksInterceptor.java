package org.amity.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * Hands every rendered page its {@link PageLinks}, including the error pages Spring Boot renders, which no portal
 * controller sees.
 */
final class PageLinksInterceptor implements HandlerInterceptor {

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView modelAndView) {
		if (modelAndView == null || !modelAndView.hasView()) {
			return;
		}
		var viewName = modelAndView.getViewName();
		if (viewName != null && (viewName.startsWith("redirect:") || viewName.startsWith("forward:"))) {
			return;
		}
		if (!modelAndView.getModel().containsKey(PageLinks.ATTRIBUTE)) {
			modelAndView.addObject(PageLinks.ATTRIBUTE, PageLinks.of(request));
		}
	}
}
