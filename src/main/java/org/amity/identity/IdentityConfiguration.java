package org.amity.identity;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

@Configuration(proxyBeanMethods = false)
class IdentityConfiguration {

	/**
	 * BCrypt for new hashes, behind a delegating encoder that reads the algorithm from each hash's {@code {id}}
	 * prefix, so that a stronger one can be introduced later without invalidating stored passwords.
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/** The clock lock-outs and reset links are measured by; tests replace it. */
	@Bean
	Clock identityClock() {
		return Clock.systemUTC();
	}
}
