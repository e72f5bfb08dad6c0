package org.amity.identity;

import java.io.Serializable;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who is acting on a request and what they hold: an anonymous reader, or an account with its grants. Use cases ask it
 * questions ({@link #isStaffOf(long)}) or leave the refusing to {@link Access}. Immutable; safe to pass to other
 * threads and into events.
 *
 * @param id        the account's id, {@code null} for an anonymous reader (see {@link #accountId()})
 * @param username  the name the person signs in with ({@code "anonymous"} when nobody is signed in)
 * @param grants    the roles held, each within its scope
 * @param demo      a demonstration account, shown as such in the pages
 */
public record Caller(Long id, String username, Set<Grant> grants, boolean demo) implements Serializable {

	private static final Caller ANONYMOUS = new Caller(null, "anonymous", Set.of(), false);

	public Caller {
		grants = Set.copyOf(grants);
	}

	private static final Caller SYSTEM = new Caller(0L, "system", Set.of(Grant.platform(Role.PLATFORM_ADMIN)), false);

	public static Caller anonymous() {
		return ANONYMOUS;
	}

	/**
	 * Amity itself, for work no person starts (loading the bundled data, seeding demo accounts, scheduled jobs): it
	 * holds every right and is recorded in the audit trail as {@code system}. Run such work with
	 * {@link CurrentUser#runAs(Caller, Runnable)}; never hand it to a request.
	 */
	public static Caller system() {
		return SYSTEM;
	}

	public boolean isSystem() {
		return equals(SYSTEM);
	}

	public static Caller of(long accountId, String username, Collection<Grant> grants, boolean demo) {
		return new Caller(accountId, username, Set.copyOf(grants), demo);
	}

	/** The account's id, empty for an anonymous reader. */
	public Optional<Long> accountId() {
		return Optional.ofNullable(id);
	}

	public boolean isAnonymous() {
		return id == null;
	}

	public boolean isPlatformAdmin() {
		return grants.contains(Grant.platform(Role.PLATFORM_ADMIN));
	}

	public boolean has(Role role) {
		return grants.stream().anyMatch(grant -> grant.role() == role);
	}

	public boolean has(Role role, long scopeId) {
		return grants.contains(new Grant(role, scopeId));
	}

	/** A city admin or officer of this city, or a platform admin. */
	public boolean isStaffOf(long cityId) {
		return isPlatformAdmin() || has(Role.CITY_ADMIN, cityId) || has(Role.CITY_OFFICER, cityId);
	}

	/** Staff of any city or program: who may open the staff pages at all. */
	public boolean isStaff() {
		return isPlatformAdmin() || grants.stream()
			.anyMatch(grant -> grant.role().isCityStaff() || grant.role() == Role.PROGRAM_COORDINATOR
					|| grant.role() == Role.REVIEWER);
	}

	/** The cities whose records this caller may change (a platform admin may change all, and is not listed here). */
	public Set<Long> staffCities() {
		return grants.stream()
			.filter(grant -> grant.role().isCityStaff())
			.map(Grant::scopeId)
			.collect(Collectors.toUnmodifiableSet());
	}

	/** The programs this caller coordinates. */
	public Set<Long> coordinatedPrograms() {
		return scopes(Role.PROGRAM_COORDINATOR);
	}

	/** The organisations this caller acts for. */
	public Set<Long> organisations() {
		return scopes(Role.PARTNER_MEMBER);
	}

	private Set<Long> scopes(Role role) {
		return grants.stream()
			.filter(grant -> grant.role() == role)
			.map(Grant::scopeId)
			.collect(Collectors.toUnmodifiableSet());
	}

	@Override
	public String toString() {
		return username + grants;
	}
}
