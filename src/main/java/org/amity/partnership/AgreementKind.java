package org.amity.partnership;

/**
 * What a record in a partnership's timeline is: one of the documents that frame it, or a milestone such as an official
 * visit that is recorded beside them.
 */
public enum AgreementKind {

	FOUNDING_AGREEMENT(true), MOU(true), JOINT_STATEMENT(true), RENEWAL(true), AMENDMENT(true), OFFICIAL_VISIT(false);

	private final boolean document;

	AgreementKind(boolean document) {
		this.document = document;
	}

	/** Whether this is a signed document (with a term and parties' signatures) rather than a milestone. */
	public boolean isDocument() {
		return document;
	}
}
