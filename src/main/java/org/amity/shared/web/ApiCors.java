package org.amity.shared.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Browsers on any site may read the public API (it is open data): reading only, without cookies, so no page elsewhere
 * can act for a signed-in person.
 */
@Configuration(proxyBeanMethods = false)
class ApiCors implements WebMvcConfigurer {

	@Override
	public void addCorsMappings(CorsRegistry registry) {
		registry.addMapping("/api/v1/**")
			.allowedOrigins("*")
			.allowedMethods("GET", "HEAD")
			.allowCredentials(false)
			.exposedHeaders(HttpHeaders.LINK)
			.maxAge(3600);
	}
}
