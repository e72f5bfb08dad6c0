package org.amity.identity;

import java.util.Collection;
import java.util.List;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * What Spring Security keeps as the signed-in principal, however the person signed in (password or OpenID Connect):
 * it carries the {@link Caller}. It is serialised into the session table, so it holds only serialisable values.
 */
interface AmityPrincipal {

	Caller caller();

	/** The authorities Spring Security checks URLs against: every grant, and STAFF for anyone who is staff. */
	static List<GrantedAuthority> authorities(Caller caller) {
		var authorities = new java.util.ArrayList<GrantedAuthority>();
		caller.grants().forEach(grant -> authorities.add(new SimpleGrantedAuthority(grant.authority())));
		authorities.add(new SimpleGrantedAuthority("SIGNED_IN"));
		if (caller.isStaff()) {
			authorities.add(new SimpleGrantedAuthority("STAFF"));
		}
		return List.copyOf(authorities);
	}

	/** An authentication for a caller that is already trusted (jobs, tests). */
	static Authentication authentication(Caller caller) {
		if (caller.isAnonymous()) {
			return null;
		}
		var principal = new Simple(caller);
		return UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities(caller));
	}

	record Simple(Caller caller) implements AmityPrincipal, java.io.Serializable {

		@Override
		public String toString() {
			return caller.username();
		}
	}

	/** A password account as Spring Security's DaoAuthenticationProvider needs it. */
	final class PasswordAccount extends org.springframework.security.core.userdetails.User implements AmityPrincipal {

		private final Caller caller;

		PasswordAccount(Account account, String passwordHash, boolean locked) {
			super(account.username(), passwordHash == null ? "" : passwordHash, account.enabled(), true, true,
					!locked, authorities(account.caller()));
			this.caller = account.caller();
		}

		@Override
		public Caller caller() {
			return caller;
		}

		@Override
		public Collection<GrantedAuthority> getAuthorities() {
			return super.getAuthorities();
		}
	}
}
