package org.amity.identity;

import java.time.Clock;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Looks up a local account for the sign-in form; a locked account is reported as such (Spring's LockedException). */
@Component
class AccountDetailsService implements UserDetailsService {

	private final AccountRepository repository;
	private final Clock clock;

	AccountDetailsService(AccountRepository repository, Clock identityClock) {
		this.repository = repository;
		this.clock = identityClock;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		if (username == null || username.length() > NewAccount.MAX_USERNAME || username.indexOf('\u0000') >= 0) {
			// no account can have such a name; PostgreSQL text cannot even hold a NUL
			throw new UsernameNotFoundException("Not a username");
		}
		var stored = repository.findByUsername(username)
			.filter(s -> s.passwordHash() != null)
			.orElseThrow(() -> new UsernameNotFoundException("No local account"));
		return new AmityPrincipal.PasswordAccount(stored.account(), stored.passwordHash(),
				stored.account().lockedAt(clock.instant()));
	}
}
