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
		INVALID_COMMUNITY_EVENT,
		/** an uploaded file that is not UTF-8 text (a spreadsheet saved as EUC-KR or Shift_JIS, a binary file) */
		NOT_UTF8,
		/** quotes that do not close, or a line that cannot be read as CSV */
		MALFORMED_CSV, EMPTY_FILE, TOO_LARGE,
		/** a text too long to keep, or with a character that cannot be stored (NUL) */
		TEXT_TOO_LONG,
		/** a record changed by someone else after the editor read it */
		STALE
	}
}
