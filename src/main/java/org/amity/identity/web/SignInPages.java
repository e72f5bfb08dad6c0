package org.amity.identity.web;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.amity.shared.web.ApiProblems;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where the security filters send people, in their language: the sign-in page and back, the refusal page, and for the
 * API a 401 or 403 problem detail instead of a redirect.
 */
@Component
class SignInPages {

	static final String DENIED_REASON = SignInPages.class.getName() + ".reason";

	private final ApiProblems problems;
	private final JsonMapper json;
	private final RequestCache requests = new HttpSessionRequestCache();

	SignInPages(ApiProblems problems, JsonMapper json) {
		this.problems = problems;
		this.json = json;
	}

	void authenticationNeeded(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
			throws IOException {
		if (isApi(request)) {
			response.setHeader("WWW-Authenticate", "Basic realm=\"Amity API\", charset=\"UTF-8\"");
			writeProblem(request, response, HttpStatus.UNAUTHORIZED, "problem.unauthorized", "access.denied.sign-in");
			return;
		}
		response.sendRedirect(request.getContextPath() + "/" + Languages.of(request) + "/login");
	}

	void denied(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
			throws IOException, ServletException {
		var reason = e instanceof CsrfException ? "problem.csrf" : "access.denied.staff";
		if (isApi(request)) {
			writeProblem(request, response, HttpStatus.FORBIDDEN, "problem.forbidden", reason);
			return;
		}
		response.setStatus(HttpStatus.FORBIDDEN.value());
		request.setAttribute(DENIED_REASON, reason);
		request.getRequestDispatcher("/" + Languages.of(request) + "/access-denied").forward(request, response);
	}

	void signedIn(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
			throws IOException {
		var saved = requests.getRequest(request, response);
		if (saved != null && "GET".equals(saved.getMethod())) {
			requests.removeRequest(request, response);
			response.sendRedirect(saved.getRedirectUrl());
			return;
		}
		response.sendRedirect(request.getContextPath() + "/" + Languages.of(request) + "/me");
	}

	void failed(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
			throws IOException {
		var why = e instanceof LockedException ? "locked" : e instanceof DisabledException ? "disabled" : "failed";
		response.sendRedirect(request.getContextPath() + "/" + Languages.of(request) + "/login?error=" + why);
	}

	void signedOut(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
			throws IOException {
		response.sendRedirect(request.getContextPath() + "/" + Languages.of(request) + "/login?signed-out");
	}

	void writeProblem(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String title,
			String detail) throws IOException {
		var problem = problems.problem(status, title, request, detail);
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write(json.writeValueAsString(problem));
	}

	static boolean isApi(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}
}
