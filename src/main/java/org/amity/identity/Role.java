package org.amity.identity;

/**
 * What a person may do, each role held within a {@link Scope}: a city officer is an officer of one city, a reviewer
 * reviews for one program. A grant pairs a role with the id of its scope ({@link Grant}).
 */
public enum Role {

	/** Runs the platform: every city's staff rights, accounts and roles. */
	PLATFORM_ADMIN(Scope.PLATFORM),
	/** Manages a city's officers and its side of every partnership. */
	CITY_ADMIN(Scope.CITY),
	/** Keeps a city's partnership portfolio, agreements, programs and events. */
	CITY_OFFICER(Scope.CITY),
	/** Runs a program's calls, selection and placements. */
	PROGRAM_COORDINATOR(Scope.PROGRAM),
	/** Scores applications to a program. */
	REVIEWER(Scope.PROGRAM),
	/** Acts for a partner organisation (school, arts centre, club, embassy, association). */
	PARTNER_MEMBER(Scope.ORGANISATION),
	/** A citizen who applies, registers and controls their own personal data. */
	PARTICIPANT(Scope.PLATFORM),
	/** Reads pseudonymised aggregates only; never changes anything. */
	RESEARCHER(Scope.PLATFORM);

	private final Scope scope;

	Role(Scope scope) {
		this.scope = scope;
	}

	/** What kind of id a grant of this role names; {@link Scope#PLATFORM} roles name none. */
	public Scope scope() {
		return scope;
	}

	/** City staff: the roles that may change a city's own records. */
	public boolean isCityStaff() {
		return this == CITY_ADMIN || this == CITY_OFFICER;
	}

	/** What a role's scope id refers to. */
	public enum Scope {
		/** The whole platform (no id). */
		PLATFORM,
		/** A city, by its place id in the gazetteer. */
		CITY,
		/** An exchange program, by its id. */
		PROGRAM,
		/** A partner organisation, by its id. */
		ORGANISATION
	}
}
