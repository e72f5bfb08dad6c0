package org.amity.identity.web;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Slows down guessing from one address across many accounts (the per-account lock stops guessing one account): after
 * too many failed sign-ins from an address within a window, further attempts from it are refused until the window
 * has passed. Kept in memory per instance; the per-account lock is the one shared through the database.
 */
@Component
class SignInThrottle extends OncePerRequestFilter {

	private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
	private final SignInPages pages;
	private final Clock clock;
	private final int limit;
	private final Duration window;

	SignInThrottle(SignInPages pages, Clock identityClock,
			@Value("${amity.identity.throttle-failures-per-address:20}") int limit,
			@Value("${amity.identity.throttle-window:15m}") Duration window) {
		this.pages = pages;
		this.clock = identityClock;
		this.limit = limit;
		this.window = window;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (isSignIn(request) && throttled(request.getRemoteAddr())) {
			if (SignInPages.isApi(request)) {
				response.setHeader("Retry-After", String.valueOf(window.toSeconds()));
				pages.writeProblem(request, response, HttpStatus.TOO_MANY_REQUESTS, "problem.http.429",
						"login.throttled");
			}
			else {
				response.sendRedirect(request.getContextPath() + "/" + Languages.of(request) + "/login?error=throttled");
			}
			return;
		}
		chain.doFilter(request, response);
	}

	@EventListener
	void failed(AuthenticationFailureBadCredentialsEvent event) {
		if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details
				&& details.getRemoteAddress() != null) {
			var times = failures.computeIfAbsent(details.getRemoteAddress(), address -> new ArrayDeque<>());
			synchronized (times) {
				times.addLast(clock.instant());
				forgetOld(times);
			}
		}
	}

	boolean throttled(String address) {
		var times = failures.get(address);
		if (times == null) {
			return false;
		}
		synchronized (times) {
			forgetOld(times);
			if (times.isEmpty()) {
				failures.remove(address, times);
			}
			return times.size() >= limit;
		}
	}

	private void forgetOld(Deque<Instant> times) {
		var since = clock.instant().minus(window);
		while (!times.isEmpty() && times.peekFirst().isBefore(since)) {
			times.removeFirst();
		}
	}

	private static boolean isSignIn(HttpServletRequest request) {
		var path = request.getRequestURI().substring(request.getContextPath().length());
		return ("POST".equals(request.getMethod()) && path.matches("/[a-z]{2}/login"))
				|| (request.getHeader("Authorization") != null
						&& request.getHeader("Authorization").regionMatches(true, 0, "Basic ", 0, 6));
	}
}
