package org.amity.identity.web;

/** The authorities the URL rules check, as the identity module hands them to Spring Security. */
final class Authorities {

	/** Held by city staff, program coordinators and reviewers, and platform admins. */
	static final String STAFF = "STAFF";

	private Authorities() {
	}
}
