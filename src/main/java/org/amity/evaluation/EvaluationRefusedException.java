package org.amity.evaluation;

/**
 * Something evaluation's rules refuse (an incomplete survey answer, a link to a participant without consent, a series
 * file that cannot be read), with the reason as a type the web layer translates and the offending field if there is
 * one.
 */
public class EvaluationRefusedException extends RuntimeException {

	private final Reason reason;
	private final String field;
	private final Object[] args;

	public EvaluationRefusedException(Reason reason, String field, String message, Object... args) {
		super(message);
		this.reason = reason;
		this.field = field;
		this.args = args;
	}

	/** Values for the translated message ({@code evaluation.refused.REASON[.field]}), such as a line number. */
	public Object[] args() {
		return args.clone();
	}

	public Reason reason() {
		return reason;
	}

	public String field() {
		return field;
	}

	public enum Reason {
		/** The respondent code is missing or not 3 to 40 letters, digits and hyphens. */
		RESPONDENT_CODE,
		/** A linked survey needs a participant reference and the respondent's consent to link. */
		CONSENT_REQUIRED,
		/** An anonymous survey keeps no participant reference. */
		ANONYMOUS_ONLY,
		/** The same respondent answered this wave already. */
		ALREADY_ANSWERED,
		/** An answer does not fit its item (out of scale, unknown option, too long). */
		INVALID_ANSWER,
		/** A survey has no items, duplicate codes or items without text. */
		INVALID_SURVEY,
		/** A file that is not UTF-8 or not CSV, or a mapping that names columns it does not have. */
		MALFORMED_FILE,
		/** A context event without a title, a known kind or a valid date. */
		INVALID_CONTEXT_EVENT;

		public boolean isConflict() {
			return this == ALREADY_ANSWERED;
		}
	}
}
