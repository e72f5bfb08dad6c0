package org.amity.network;

/** A filter value the network cannot be cut by: an unknown country code, a year out of range. */
public class InvalidNetworkFilterException extends IllegalArgumentException {

	private final String field;
	private final String value;

	public InvalidNetworkFilterException(String field, String value) {
		super("Not a valid " + field + " for the network: " + value);
		this.field = field;
		this.value = value;
	}

	public String field() {
		return field;
	}

	public String value() {
		return value;
	}
}
