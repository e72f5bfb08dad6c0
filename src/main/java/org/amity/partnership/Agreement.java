package org.amity.partnership;

import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.amity.shared.PartialDate;

/**
 * A document framing a partnership (founding agreement, MOU, joint statement, renewal, amendment) or a recorded
 * milestone such as an official visit. Each party may sign on its own date; {@code signedOn} is when the last party
 * signed, which is when the document took effect.
 */
public record Agreement(Long id, AgreementKind kind, String title, PartialDate signedOn, String signedAt,
		List<Signature> signatures, Term term, Set<CooperationField> fields, int revision, Long amendsId, String note,
		String source) {

	public Agreement {
		Objects.requireNonNull(kind);
		if (title == null || title.isBlank() || title.length() > 1000) {
			throw new IllegalArgumentException("An agreement needs a title of 1 to 1000 characters");
		}
		org.amity.shared.PlainText.require(title, "An agreement's title");
		org.amity.shared.PlainText.require(signedAt, "An agreement's place of signing");
		org.amity.shared.PlainText.require(note, "An agreement's note");
		signatures = signatures == null ? List.of() : List.copyOf(signatures);
		term = term == null ? Term.UNSPECIFIED : term;
		fields = fields == null ? Set.of() : Set.copyOf(fields);
		Objects.requireNonNull(source);
		if (!kind.isDocument() && term.kind() == Term.Kind.FIXED) {
			throw new IllegalArgumentException("A milestone has no term");
		}
	}

	public PartialDate expiresOn() {
		return term.expiry(signedOn);
	}

	/** One party's signature: the place (government) that signed and when. */
	public record Signature(long placeId, PartialDate signedOn) {
	}
}
