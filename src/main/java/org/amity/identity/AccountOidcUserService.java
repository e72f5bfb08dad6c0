package org.amity.identity;

import java.util.Set;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Signs a person in through a city's OpenID Connect provider: the provider's subject is linked to one Amity account,
 * created on the first sign-in without any role (an admin grants roles, as for local accounts). Roles stay in Amity,
 * so the provider only vouches for who the person is.
 */
class AccountOidcUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

	private final OidcUserService provider = new OidcUserService();
	private final AccountRepository accounts;
	private final TransactionTemplate transaction;

	AccountOidcUserService(AccountRepository accounts, TransactionTemplate transaction) {
		this.accounts = accounts;
		this.transaction = transaction;
	}

	@Override
	public OidcUser loadUser(OidcUserRequest request) {
		var user = provider.loadUser(request);
		var issuer = String.valueOf(user.getIssuer());
		var account = transaction.execute(status -> accounts.findByOidc(issuer, user.getSubject())
			.map(AccountRepository.Stored::account)
			.orElseGet(() -> {
				var username = issuer.replaceFirst("^https?://", "") + "#" + user.getSubject();
				var name = user.getFullName() != null ? user.getFullName()
						: user.getPreferredUsername() != null ? user.getPreferredUsername() : user.getSubject();
				long id = accounts.insert(new NewAccount(username.length() > NewAccount.MAX_USERNAME
						? username.substring(0, NewAccount.MAX_USERNAME) : username, name, user.getEmail(), "en", null,
						false, Set.of()), null, issuer, user.getSubject());
				return accounts.findById(id).orElseThrow().account();
			}));
		if (!account.enabled()) {
			throw new org.springframework.security.authentication.DisabledException("Account disabled");
		}
		return new OidcAccount(account.caller(), user);
	}

	/** An OpenID Connect user that carries the Amity account it is linked to. */
	static final class OidcAccount extends DefaultOidcUser implements AmityPrincipal {

		private final Caller caller;

		OidcAccount(Caller caller, OidcUser user) {
			super(AmityPrincipal.authorities(caller), user.getIdToken(), user.getUserInfo());
			this.caller = caller;
		}

		@Override
		public Caller caller() {
			return caller;
		}

		@Override
		public String getName() {
			return caller.username();
		}
	}
}
