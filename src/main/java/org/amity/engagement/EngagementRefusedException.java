package org.amity.engagement;

/** Engagement input the rules refuse; for a CSV import, with the line at fault. */
public class EngagementRefusedException extends RuntimeException {

	private final Reason reason;
	private final long line;

	public EngagementRefusedException(Reason reason, long line) {
		super(reason + (line > 0 ? " at line " + line : ""));
		this.reason = reason;
		this.line = line;
	}

	public Reason reason() {
		return reason;
	}

	public long line() {
		return line;
	}

	public enum Reason {
		INVALID_CAMPAIGN, UNKNOWN_CHANNEL, BAD_DATE, BAD_REACH, MISSING_COLUMNS, INVALID_IDEA, REASON_REQUIRED,
		INVALID_COMMUNITY_EVENT
	}
}
