package org.amity.identity;

import java.util.Set;

/**
 * What registering a local account needs; the password is hashed before it is stored and never kept in clear.
 *
 * @param password {@code null} for an account that signs in only through the city's OpenID Connect provider
 */
public record NewAccount(String username, String displayName, String email, String language, String password,
		boolean demo, Set<Grant> grants) {

	/** Longest username and display name accepted; longer input is refused, not cut. */
	public static final int MAX_USERNAME = 100;

	public static final int MAX_DISPLAY_NAME = 200;

	public NewAccount {
		if (username == null || username.isBlank() || username.length() > MAX_USERNAME) {
			throw new IllegalArgumentException("A username is 1 to " + MAX_USERNAME + " characters");
		}
		if (displayName == null || displayName.isBlank() || displayName.length() > MAX_DISPLAY_NAME) {
			throw new IllegalArgumentException("A display name is 1 to " + MAX_DISPLAY_NAME + " characters");
		}
		org.amity.shared.PlainText.require(displayName, "A display name");
		org.amity.shared.PlainText.require(username, "A username");
		language = language == null ? "en" : language;
		grants = grants == null ? Set.of() : Set.copyOf(grants);
	}
}
