package org.amity.identity;

import java.util.Map;
import java.util.Optional;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.method.HandlerMethod;

/**
 * The access rule of a registered endpoint: its {@link AccessRule}, or for the few endpoints that Amity's modules do
 * not write (the API description, error pages, the catch-all for unknown API paths), the rule kept here.
 */
public final class AccessRules {

	/** Endpoints of libraries and of the shared kernel, which cannot carry the annotation, by class name. */
	static final Map<String, AccessRule.Audience> OUTSIDE = Map.of(
			"org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController", AccessRule.Audience.PUBLIC,
			"org.springdoc.webmvc.api.OpenApiWebMvcResource", AccessRule.Audience.PUBLIC,
			"org.springdoc.webmvc.ui.SwaggerWelcomeWebMvc", AccessRule.Audience.PUBLIC,
			"org.springdoc.webmvc.ui.SwaggerConfigResource", AccessRule.Audience.PUBLIC,
			"org.amity.shared.web.UnknownApiPath", AccessRule.Audience.PUBLIC);

	private AccessRules() {
	}

	/** The declared rule of an endpoint, or empty when it has none (which the build refuses). */
	public static Optional<AccessRule.Audience> of(HandlerMethod handler) {
		var onMethod = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), AccessRule.class);
		if (onMethod != null) {
			return Optional.of(onMethod.value());
		}
		var onType = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), AccessRule.class);
		if (onType != null) {
			return Optional.of(onType.value());
		}
		return Optional.ofNullable(OUTSIDE.get(handler.getBeanType().getName()));
	}
}
