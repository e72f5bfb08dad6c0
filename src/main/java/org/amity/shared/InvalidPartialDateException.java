package org.amity.shared;

/** A date text that is not a year, a year and month, or a calendar day. */
public class InvalidPartialDateException extends IllegalArgumentException {

	private final String text;

	public InvalidPartialDateException(String text) {
		super("Not a date (expected YYYY, YYYY-MM or YYYY-MM-DD): " + text);
		this.text = text;
	}

	public String text() {
		return text;
	}
}
