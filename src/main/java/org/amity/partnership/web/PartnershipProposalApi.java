package org.amity.partnership.web;

import org.amity.identity.AccessRule;

import java.util.Set;

import org.amity.approval.Proposal;
import org.amity.partnership.Agreement;
import org.amity.partnership.AgreementKind;
import org.amity.partnership.CooperationField;
import org.amity.partnership.PartnershipProposals;
import org.amity.partnership.PartnershipStatus;
import org.amity.partnership.Term;
import org.amity.shared.PartialDate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Proposing changes to a shared partnership: 202 with the pending proposal when the partner city must approve it,
 * 200 when a platform admin's change applied at once. {@code baseVersion} is the partnership's version the change was
 * made on, as {@code GET /api/v1/partnerships/{id}} gave it.
 */
@RestController
@RequestMapping("/api/v1/partnerships/{id}/proposals")
class PartnershipProposalApi {

	private final PartnershipProposals proposals;

	PartnershipProposalApi(PartnershipProposals proposals) {
		this.proposals = proposals;
	}

	@AccessRule(AccessRule.Audience.STAFF)
	@PostMapping("/agreement")
	ResponseEntity<Answer> agreement(@PathVariable long id, @RequestBody AgreementProposal body) {
		var term = body.termYears() != null ? Term.years(body.termYears())
				: Boolean.TRUE.equals(body.indefinite()) ? Term.INDEFINITE : Term.UNSPECIFIED;
		var agreement = new Agreement(null, body.kind(), body.title(),
				body.signedOn() == null || body.signedOn().isBlank() ? null : PartialDate.parse(body.signedOn()),
				body.signedAt(), java.util.List.of(), term, body.fields(), 1, null, body.note(), "proposal");
		return answer(proposals.proposeAgreement(id, agreement, body.baseVersion()));
	}

	@AccessRule(AccessRule.Audience.STAFF)
	@PostMapping("/status")
	ResponseEntity<Answer> status(@PathVariable long id, @RequestBody StatusProposal body) {
		return answer(proposals.proposeStatus(id, body.status(),
				body.effective() == null || body.effective().isBlank() ? null : PartialDate.parse(body.effective()),
				body.reason(), body.baseVersion()));
	}

	private static ResponseEntity<Answer> answer(Proposal p) {
		var answer = new Answer(p.id(), p.status().name(), p.appliedDirectly(), "/api/v1/approvals/" + p.id());
		return ResponseEntity.status(p.appliedDirectly() ? HttpStatus.OK : HttpStatus.ACCEPTED).body(answer);
	}

	record AgreementProposal(AgreementKind kind, String title, String signedOn, String signedAt, Integer termYears,
			Boolean indefinite, Set<CooperationField> fields, String note, long baseVersion) {
	}

	record StatusProposal(PartnershipStatus status, String effective, String reason, long baseVersion) {
	}

	record Answer(long proposalId, String status, boolean appliedDirectly, String href) {
	}
}
