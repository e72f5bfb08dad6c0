package org.amity.identity;

/**
 * One role held within one scope: {@code CITY_OFFICER} of the place with id 42, {@code REVIEWER} of program 7, or a
 * platform-wide role (scope id {@code null}).
 */
public record Grant(Role role, Long scopeId) implements java.io.Serializable {

	public Grant {
		if (role == null) {
			throw new IllegalArgumentException("A grant needs a role");
		}
		if ((role.scope() == Role.Scope.PLATFORM) != (scopeId == null)) {
			throw new IllegalArgumentException(role + (scopeId == null ? " needs a scope id" : " takes no scope id"));
		}
	}

	public static Grant platform(Role role) {
		return new Grant(role, null);
	}

	public static Grant of(Role role, long scopeId) {
		return new Grant(role, scopeId);
	}

	/** The form Spring Security keeps it in: {@code CITY_OFFICER:42} or {@code PLATFORM_ADMIN}. */
	public String authority() {
		return scopeId == null ? role.name() : role.name() + ":" + scopeId;
	}

	/** The grant an authority string names, as {@link #authority()} writes it. */
	public static Grant parse(String authority) {
		int colon = authority.indexOf(':');
		if (colon < 0) {
			return platform(Role.valueOf(authority));
		}
		return of(Role.valueOf(authority.substring(0, colon)), Long.parseLong(authority.substring(colon + 1)));
	}

	@Override
	public String toString() {
		return authority();
	}
}
