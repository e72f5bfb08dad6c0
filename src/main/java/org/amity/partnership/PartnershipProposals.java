package org.amity.partnership;

import java.util.LinkedHashMap;
import java.util.Map;

import org.amity.approval.Approvals;
import org.amity.approval.NewProposal;
import org.amity.approval.Proposal;
import org.amity.identity.Access;
import org.amity.identity.Caller;
import org.amity.shared.PartialDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes one city proposes to a partnership it shares: a new agreement or a status change. City staff's proposals
 * wait for the partner city's approval; a platform admin's change applies at once and is kept as a proposal applied
 * directly. Each is checked against the version of the partnership the proposer saw.
 */
@Service
public class PartnershipProposals {

	private final Partnerships partnerships;
	private final Approvals approvals;
	private final Access access;
	private final SharedChanges.Agreements agreements;
	private final SharedChanges.Status statuses;

	PartnershipProposals(Partnerships partnerships, Approvals approvals, Access access,
			SharedChanges.Agreements agreements, SharedChanges.Status statuses) {
		this.partnerships = partnerships;
		this.approvals = approvals;
		this.access = access;
		this.agreements = agreements;
		this.statuses = statuses;
	}

	/** Proposes a new agreement on the partnership as it was at {@code baseVersion}. */
	@Transactional
	public Proposal proposeAgreement(long partnershipId, Agreement agreement, long baseVersion) {
		var partnership = find(partnershipId);
		var caller = access.requireStaffOfAny(partnership.placeA(), partnership.placeB());
		if ((agreement.signedAt() != null && agreement.signedAt().length() > 500)
				|| (agreement.note() != null && agreement.note().length() > 4000)) {
			throw new IllegalArgumentException("A place of signing has at most 500 characters, a note 4000");
		}
		// the aggregate's own rules are checked now, on a copy, so that a proposal that could never apply is refused
		copyOf(partnership).recordAgreement(agreement);
		var proposed = new LinkedHashMap<>(SharedChanges.fields(agreement));
		var titles = agreements.current(partnershipId).get("agreements");
		proposed.put("agreements", (titles.isEmpty() ? "" : titles + "\n")
				+ (agreement.signedOn() == null ? "" : agreement.signedOn() + " ") + agreement.title());
		return submit(caller, partnership, SharedChanges.AGREEMENT, proposed, baseVersion, agreements.current(partnershipId),
				() -> partnerships.changeAt(partnershipId, baseVersion, p -> p.recordAgreement(agreement),
						"agreement"));
	}

	/** Proposes moving the partnership to another status, on the partnership as it was at {@code baseVersion}. */
	@Transactional
	public Proposal proposeStatus(long partnershipId, PartnershipStatus status, PartialDate effective, String reason,
			long baseVersion) {
		var partnership = find(partnershipId);
		var caller = access.requireStaffOfAny(partnership.placeA(), partnership.placeB());
		if (!partnership.status().canBecome(status)) {
			throw new PartnershipRefusedException(PartnershipRefusedException.Reason.STATUS_TRANSITION,
					"A partnership that is " + partnership.status() + " cannot become " + status);
		}
		if (reason != null && reason.length() > 2000) {
			throw new IllegalArgumentException("A reason has at most 2000 characters");
		}
		org.amity.shared.PlainText.require(reason, "A reason");
		var proposed = new LinkedHashMap<String, String>();
		proposed.put("status", status.name());
		proposed.put("effective", effective == null ? "" : effective.toString());
		proposed.put("reason", reason == null ? "" : reason.strip());
		return submit(caller, partnership, SharedChanges.STATUS, proposed, baseVersion,
				statuses.current(partnershipId),
				() -> partnerships.changeAt(partnershipId, baseVersion,
						p -> p.changeStatus(status, effective, reason, "platform admin"), "status"));
	}

	private Proposal submit(Caller caller, Partnership partnership, String kind, Map<String, String> proposed,
			long baseVersion, Map<String, String> before, Runnable applyNow) {
		if (caller.isPlatformAdmin()) {
			applyNow.run();
			return approvals.recordApplied(new NewProposal(kind, partnership.id(), partnership.slug(),
					partnership.placeA(), partnership.placeB(), proposed, baseVersion), before);
		}
		long proposing = caller.isStaffOf(partnership.placeA()) ? partnership.placeA() : partnership.placeB();
		return approvals.propose(new NewProposal(kind, partnership.id(), partnership.slug(), proposing,
				partnership.partnerOf(proposing), proposed, baseVersion));
	}

	private Partnership find(long id) {
		return partnerships.find(id).orElseThrow(() -> new PartnershipNotFoundException(String.valueOf(id)));
	}

	private static Partnership copyOf(Partnership p) {
		return new Partnership(p.id(), p.slug(), p.placeA(), p.placeB(), p.type(), p.since(), p.status(), p.curated(),
				p.version(), p.history(), p.unsortedAgreements(), p.sources());
	}
}
