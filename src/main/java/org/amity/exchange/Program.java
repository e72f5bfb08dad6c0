package org.amity.exchange;

import java.util.List;
import java.util.Objects;

import org.amity.shared.LocalizedText;

/**
 * A program of a partnership: its kind, term for student exchanges, multilingual title and description, host and
 * sending organisations (ids in the actor directory). A joint program proposed by one city is confirmed by the
 * other before its calls open; its version counts the changes, so a change proposed on an older one is refused.
 */
public record Program(long id, long partnershipId, ProgramKind kind, ProgramKind.Term term, LocalizedText title,
		LocalizedText description, List<Long> hosts, List<Long> senders, long proposedBy, Long confirmedBy,
		boolean demo, int version) {

	public Program {
		Objects.requireNonNull(kind, "kind");
		if (title == null || title.isEmpty()) {
			throw new ExchangeRefusedException(ExchangeRefusedException.Reason.TITLE_MISSING, "A program needs a title");
		}
		if (kind.isStudentExchange() && term == null) {
			throw new ExchangeRefusedException(ExchangeRefusedException.Reason.TERM_REQUIRED,
					"A student exchange lasts a semester or a year");
		}
		if (!kind.isStudentExchange() && term != null) {
			throw new ExchangeRefusedException(ExchangeRefusedException.Reason.TERM_NOT_APPLICABLE,
					"Only student exchanges have a term");
		}
		description = description == null ? new LocalizedText(null) : description;
		hosts = List.copyOf(hosts == null ? List.of() : hosts);
		senders = List.copyOf(senders == null ? List.of() : senders);
		if (hosts.stream().anyMatch(senders::contains)) {
			throw new ExchangeRefusedException(ExchangeRefusedException.Reason.SAME_ORGANISATION_SIDES,
					"An organisation hosts or sends, not both");
		}
	}

	public boolean confirmed() {
		return confirmedBy != null;
	}

	/** The partner city confirms a program the other proposed; the proposer cannot confirm its own proposal. */
	public Program confirmBy(long place, long partnerPlace) {
		if (confirmed()) {
			throw new ExchangeRefusedException(ExchangeRefusedException.Reason.ALREADY_CONFIRMED, "Already confirmed");
		}
		if (place == proposedBy || place != partnerPlace) {
			throw new ExchangeRefusedException(ExchangeRefusedException.Reason.NOT_THE_PARTNER,
					"Only the partner city confirms a proposal");
		}
		return new Program(id, partnershipId, kind, term, title, description, hosts, senders, proposedBy, place, demo,
				version);
	}

	/** The same program with other contents, as an edit or an approved proposal leaves it. */
	public Program with(ProgramKind kind, ProgramKind.Term term, LocalizedText title, LocalizedText description,
			List<Long> hosts, List<Long> senders) {
		return new Program(id, partnershipId, kind, term, title, description, hosts, senders, proposedBy, confirmedBy,
				demo, version);
	}
}
