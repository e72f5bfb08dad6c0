package org.amity.shared;

/**
 * Something a user asked for by id or slug does not exist. The web layer answers 404: a page in the user's language or
 * an RFC 9457 problem detail.
 */
public class NotFoundException extends RuntimeException {

	private final String kind;
	private final String key;

	public NotFoundException(String kind, String key) {
		super("No " + kind + " " + key);
		this.kind = kind;
		this.key = key;
	}

	/** What was looked for, as a message key suffix: {@code city}, {@code partnership}, {@code page}. */
	public String kind() {
		return kind;
	}

	public String key() {
		return key;
	}
}
