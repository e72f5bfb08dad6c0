package org.amity.identity;

/**
 * A caller asked for something their grants do not allow. The web layer answers 403: a problem detail in the API, a
 * page in the reader's language in the portal (and a sign-in page first when nobody is signed in).
 */
public class AccessDeniedException extends RuntimeException {

	private final Reason reason;

	public AccessDeniedException(Reason reason, String message) {
		super(message);
		this.reason = reason;
	}

	/** Why, as a message key suffix ({@code access.denied.staff}). */
	public Reason reason() {
		return reason;
	}

	public enum Reason {
		/** Nobody is signed in and the action needs an account. */
		SIGN_IN,
		/** The caller is not staff of the city whose record this is. */
		STAFF,
		/** The caller does not hold the role the action needs. */
		ROLE;

		public String key() {
			return "access.denied." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
		}
	}
}
