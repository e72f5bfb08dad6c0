package org.amity.identity;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Who may call a controller's endpoints, declared on the controller class or on one of its methods (the method's wins).
 * Every endpoint must declare one: a test enumerates all registered endpoints and fails for any without, and the
 * access matrix test calls each one as every role of another city, expecting a refusal wherever the rule is not
 * {@link Audience#PUBLIC}. The rule states the intent; the URL convention and the use case's {@link Access} check
 * enforce it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.TYPE, ElementType.METHOD })
public @interface AccessRule {

	Audience value();

	/** Who an endpoint is for. */
	enum Audience {
		/** Anyone, signed in or not: public reading. */
		PUBLIC,
		/** Anyone signed in, for their own things ({@code /{lang}/me/**}). */
		SIGNED_IN,
		/** Staff, and only of the city (or program) that owns the record: the use case checks which. */
		STAFF,
		/** Platform admins only. */
		PLATFORM_ADMIN
	}
}
