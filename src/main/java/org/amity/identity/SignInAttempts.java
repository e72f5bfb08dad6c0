package org.amity.identity;

import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locks an account for a while after too many failed sign-ins in a row, so that guessing its password takes years;
 * the count lives in the account's row, so every instance behind a load balancer sees it. A successful sign-in, or a
 * password reset, clears it.
 */
@Component
class SignInAttempts {

	private final AccountRepository accounts;
	private final Clock clock;
	private final int limit;
	private final Duration lock;

	SignInAttempts(AccountRepository accounts, Clock identityClock,
			@Value("${amity.identity.lock-after-failures:5}") int limit,
			@Value("${amity.identity.lock-duration:15m}") Duration lock) {
		this.accounts = accounts;
		this.clock = identityClock;
		this.limit = limit;
		this.lock = lock;
	}

	@EventListener
	@Transactional
	public void failed(AuthenticationFailureBadCredentialsEvent event) {
		var name = event.getAuthentication().getName();
		if (name != null && !name.isBlank() && name.length() <= NewAccount.MAX_USERNAME) {
			accounts.failedSignIn(name, limit, clock.instant().plus(lock));
		}
	}

	@EventListener
	@Transactional
	public void succeeded(AuthenticationSuccessEvent event) {
		var caller = CurrentUser.of(event.getAuthentication());
		caller.accountId().ifPresent(accounts::succeededSignIn);
	}
}
