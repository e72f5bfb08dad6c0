package org.amity.interop;

/** A column mapping the wizard cannot go on with; the page names the reason beside the form. */
public class MappingRefusedException extends RuntimeException {

	private final Reason reason;

	public MappingRefusedException(Reason reason) {
		super("Mapping refused: " + reason);
		this.reason = reason;
	}

	public Reason reason() {
		return reason;
	}

	public enum Reason {
		/** The partner and its country need a column each. */
		INCOMPLETE,
		/** One column was given to two fields. */
		COLUMN_TWICE,
		/** The city whose list this is was not found. */
		UNKNOWN_OWNER
	}
}
