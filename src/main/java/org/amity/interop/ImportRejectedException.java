package org.amity.interop;

/**
 * A whole file refused before anything was written: it is not UTF-8, has no header the import knows, or is too large.
 * The reason is a type the web layer and the command line translate.
 */
public class ImportRejectedException extends RuntimeException {

	private final Reason reason;
	private final long line;

	public ImportRejectedException(Reason reason, long line, String message) {
		super(message);
		this.reason = reason;
		this.line = line;
	}

	public Reason reason() {
		return reason;
	}

	/** The line where the problem is, or 0 when it is the file as a whole. */
	public long line() {
		return line;
	}

	public enum Reason {
		NOT_UTF8, MISSING_COLUMNS, EMPTY_FILE, TOO_LARGE, MALFORMED_CSV, NOT_A_TABLE, UNKNOWN_ENCODING,
		UNSAFE_SPREADSHEET, TOO_MANY_ROWS
	}
}
