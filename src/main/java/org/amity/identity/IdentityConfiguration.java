package org.amity.identity;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.transaction.support.TransactionTemplate;

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

	/** Links OpenID Connect sign-ins to accounts; used only when a provider is configured. */
	@Bean
	OAuth2UserService<OidcUserRequest, OidcUser> oidcAccounts(AccountRepository accounts,
			TransactionTemplate transaction) {
		return new AccountOidcUserService(accounts, transaction);
	}

	/** The clock lock-outs and reset links are measured by; tests replace it. */
	@Bean
	Clock identityClock() {
		return Clock.systemUTC();
	}
}
