package org.amity.identity;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts and their roles. Granting and revoking is for platform admins, and for a city's admins within their city;
 * every change of roles publishes {@link GrantsChanged}.
 */
@Service
public class Accounts {

	private final AccountRepository repository;
	private final PasswordEncoder passwords;
	private final Access access;
	private final ApplicationEventPublisher events;

	Accounts(AccountRepository repository, PasswordEncoder passwords, Access access, ApplicationEventPublisher events) {
		this.repository = repository;
		this.passwords = passwords;
		this.access = access;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public Optional<Account> find(String username) {
		return repository.findByUsername(username).map(AccountRepository.Stored::account);
	}

	@Transactional(readOnly = true)
	public Optional<Account> find(long id) {
		return repository.findById(id).map(AccountRepository.Stored::account);
	}

	/** Every account, for platform admins. */
	@Transactional(readOnly = true)
	public List<Account> all() {
		access.requirePlatformAdmin();
		return repository.all();
	}

	/** Registers an account, as a platform admin does. */
	@Transactional
	public Account register(NewAccount account) {
		access.requirePlatformAdmin();
		return registerTrusted(account);
	}

	/** Registers an account without an access check: for start-up seeding and the command line only. */
	@Transactional
	Account registerTrusted(NewAccount account) {
		var hash = account.password() == null ? null : passwords.encode(account.password());
		long id = repository.insert(account, hash, null, null);
		account.grants().forEach(grant -> repository.addGrant(id, grant));
		var created = find(id).orElseThrow();
		if (!account.grants().isEmpty()) {
			events.publishEvent(new GrantsChanged(CurrentUser.now(), id, account.username(), java.util.Set.of(),
					created.grants()));
		}
		return created;
	}

	/** Gives an account a role; a city admin may grant only within their own city. */
	@Transactional
	public Account grant(long accountId, Grant grant) {
		requireMayManage(grant);
		return changeGrants(accountId, grant, true);
	}

	/** Takes a role away; a city admin may revoke only within their own city. */
	@Transactional
	public Account revoke(long accountId, Grant grant) {
		requireMayManage(grant);
		return changeGrants(accountId, grant, false);
	}

	private void requireMayManage(Grant grant) {
		if (grant.role().scope() == Role.Scope.CITY && grant.role() != Role.CITY_ADMIN) {
			access.requireRole(Role.CITY_ADMIN, grant.scopeId());
		}
		else {
			access.requirePlatformAdmin();
		}
	}

	private Account changeGrants(long accountId, Grant grant, boolean add) {
		var before = find(accountId).orElseThrow(() -> new AccountNotFoundException(String.valueOf(accountId)));
		boolean changed = add ? repository.addGrant(accountId, grant) : repository.removeGrant(accountId, grant);
		var after = find(accountId).orElseThrow();
		if (changed) {
			events.publishEvent(new GrantsChanged(CurrentUser.now(), accountId, after.username(),
					new HashSet<>(before.grants()), after.grants()));
		}
		return after;
	}
}
