package org.amity.partnership;

import org.amity.shared.PartialDate;

/**
 * How long an agreement runs: a fixed number of years from its signing (with an expiry), indefinitely, or unknown
 * because the record does not say.
 */
public record Term(Kind kind, Integer years) {

	public static final Term INDEFINITE = new Term(Kind.INDEFINITE, null);
	public static final Term UNSPECIFIED = new Term(Kind.UNSPECIFIED, null);

	public Term {
		if ((kind == Kind.FIXED) != (years != null)) {
			throw new IllegalArgumentException("A fixed term has a number of years, and only a fixed term has one");
		}
		if (years != null && (years < 1 || years > 100)) {
			throw new IllegalArgumentException("A fixed term runs 1 to 100 years");
		}
	}

	public static Term years(int years) {
		return new Term(Kind.FIXED, years);
	}

	/** The date the term ends, for a fixed term of an agreement signed on the given date. */
	public PartialDate expiry(PartialDate signedOn) {
		if (kind != Kind.FIXED || signedOn == null) {
			return null;
		}
		if (signedOn.precision() == PartialDate.Precision.DAY) {
			// a term from 29 February ends on 28 February of a common year
			return PartialDate.of(signedOn.earliest().plusYears(years));
		}
		return new PartialDate(signedOn.year() + years, signedOn.month(), null);
	}

	@Override
	public String toString() {
		return kind == Kind.FIXED ? "P" + years + "Y" : kind.name();
	}

	public enum Kind {
		FIXED, INDEFINITE, UNSPECIFIED
	}
}
