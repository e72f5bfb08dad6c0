package org.amity.identity.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may reach which URL, by Amity's URL convention: reading is public (GET pages under {@code /{lang}/} and GET
 * {@code /api/v1/}); staff work is {@code /{lang}/manage/**} and every non-GET {@code /api/v1/} call; a person's own
 * things are {@code /{lang}/me/**}. Finer rules (which city's staff) are checked by the use cases through
 * {@code Access}. Pages sign in with the form (session cookie, CSRF token in every form); API clients send HTTP Basic
 * credentials with each call and need no CSRF token, since a cross-site form cannot set that header.
 */
@Configuration(proxyBeanMethods = false)
// the command line serves no requests and has no HTTP security to configure
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

	/** Scripts and styles only from Amity itself (htmx and ECharts come from its webjars); no frames, no plugins. */
	static final String CONTENT_SECURITY_POLICY = String.join("; ", "default-src 'self'", "script-src 'self'",
			// ECharts positions its tooltip with style attributes; style elements stay forbidden
			"style-src 'self'", "style-src-attr 'unsafe-inline'", "img-src 'self' data:", "font-src 'self'",
			"connect-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'",
			"frame-ancestors 'none'");

	@Bean
	SecurityFilterChain web(HttpSecurity http, SignInPages pages, SignInThrottle throttle,
			ObjectProvider<ClientRegistrationRepository> oidcProviders) throws Exception {
		var paths = PathPatternRequestMatcher.withDefaults();
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers("/*/manage", "/*/manage/**").hasAuthority(Authorities.STAFF)
			.requestMatchers("/*/me", "/*/me/**").authenticated()
			.requestMatchers(HttpMethod.GET, "/api/v1/**").permitAll()
			.requestMatchers(HttpMethod.HEAD, "/api/v1/**").permitAll()
			.requestMatchers(HttpMethod.OPTIONS, "/api/v1/**").permitAll()
			.requestMatchers("/api/v1/**").hasAuthority(Authorities.STAFF)
			.anyRequest().permitAll());
		http.formLogin(form -> form.loginPage("/en/login")
			.loginProcessingUrl("/*/login")
			.successHandler(pages::signedIn)
			.failureHandler(pages::failed)
			.permitAll());
		http.logout(logout -> logout.logoutRequestMatcher(paths.matcher(HttpMethod.POST, "/*/logout"))
			.logoutSuccessHandler(pages::signedOut));
		http.httpBasic(basic -> basic.authenticationEntryPoint(pages::authenticationNeeded));
		http.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(pages::authenticationNeeded)
			.accessDeniedHandler(pages::denied));
		http.csrf(csrf -> csrf.ignoringRequestMatchers(apiWithoutSessionCookie()));
		http.addFilterBefore(throttle, BasicAuthenticationFilter.class);
		http.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy(referrer -> referrer
				.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.frameOptions(frames -> frames.deny()));
		if (oidcProviders.getIfAvailable() != null) {
			http.oauth2Login(oidc -> oidc.loginPage("/en/login")
				.successHandler(pages::signedIn)
				.failureHandler(pages::failed));
		}
		return http.build();
	}

	/** The throttle runs inside the security filter chain only, not a second time as a servlet filter. */
	@Bean
	FilterRegistrationBean<SignInThrottle> signInThrottleOutsideTheChain(SignInThrottle throttle) {
		var registration = new FilterRegistrationBean<>(throttle);
		registration.setEnabled(false);
		return registration;
	}

	/**
	 * An API call that rides on no session: it carries its own credentials (HTTP Basic, which a cross-site page cannot
	 * set) or none at all (and is then refused with a 401). A call with a session cookie needs the CSRF token.
	 */
	static RequestMatcher apiWithoutSessionCookie() {
		return request -> request.getRequestURI().startsWith(request.getContextPath() + "/api/")
				&& request.getRequestedSessionId() == null;
	}
}
