package org.amity.identity.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * The session cookie, the same under every server (embedded, tests, behind a proxy): unreadable by scripts, sent only
 * over HTTPS (browsers also keep such cookies on plain-HTTP {@code localhost}), and not sent along with cross-site
 * posts.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SessionCookie {

	static final String NAME = "AMITY_SESSION";

	@Bean
	CookieSerializer sessionCookieSerializer(@Value("${amity.identity.secure-cookies:true}") boolean secure) {
		var cookie = new DefaultCookieSerializer();
		cookie.setCookieName(NAME);
		cookie.setCookiePath("/");
		cookie.setUseHttpOnlyCookie(true);
		cookie.setUseSecureCookie(secure);
		cookie.setSameSite("Lax");
		return cookie;
	}
}
