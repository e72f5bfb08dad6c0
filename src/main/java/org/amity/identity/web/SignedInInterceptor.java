package org.amity.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.amity.identity.CurrentUser;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Hands every rendered page the signed-in caller as {@code signedIn} (absent when nobody is), for the layout's
 * account link, sign-out button and demo marker.
 */
@Configuration(proxyBeanMethods = false)
class SignedInInterceptor implements WebMvcConfigurer, HandlerInterceptor {

	static final String ATTRIBUTE = "signedIn";

	private final CurrentUser currentUser;

	SignedInInterceptor(CurrentUser currentUser) {
		this.currentUser = currentUser;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this);
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView modelAndView) {
		if (modelAndView == null || !modelAndView.hasView() || modelAndView.getModel().containsKey(ATTRIBUTE)) {
			return;
		}
		var view = modelAndView.getViewName();
		if (view != null && (view.startsWith("redirect:") || view.startsWith("forward:"))) {
			return;
		}
		var caller = currentUser.get();
		if (!caller.isAnonymous()) {
			modelAndView.addObject(ATTRIBUTE, caller);
		}
	}
}
