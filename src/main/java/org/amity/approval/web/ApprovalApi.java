package org.amity.approval.web;

import org.amity.identity.AccessRule;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.amity.approval.Approvals;
import org.amity.approval.Proposal;
import org.amity.approval.ProposalStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Proposals between partner cities as JSON: each city's staff read theirs, and the partner decides. */
@RestController
@RequestMapping("/api/v1/approvals")
class ApprovalApi {

	private final Approvals approvals;

	ApprovalApi(Approvals approvals) {
		this.approvals = approvals;
	}

	@AccessRule(AccessRule.Audience.STAFF)
	@GetMapping
	List<ProposalJson> list() {
		return approvals.forCaller().stream().map(p -> ProposalJson.of(p, null)).toList();
	}

	@AccessRule(AccessRule.Audience.STAFF)
	@GetMapping("/{id}")
	ProposalJson one(@PathVariable long id) {
		var proposal = approvals.find(id);
		return ProposalJson.of(proposal, approvals.currentState(proposal));
	}

	@AccessRule(AccessRule.Audience.STAFF)
	@PostMapping("/{id}/approve")
	ProposalJson approve(@PathVariable long id) {
		return ProposalJson.of(approvals.approve(id), null);
	}

	@AccessRule(AccessRule.Audience.STAFF)
	@PostMapping("/{id}/refuse")
	ProposalJson refuse(@PathVariable long id, @RequestBody Decision decision) {
		return ProposalJson.of(approvals.refuse(id, decision.reason()), null);
	}

	@AccessRule(AccessRule.Audience.STAFF)
	@PostMapping("/{id}/withdraw")
	ProposalJson withdraw(@PathVariable long id) {
		return ProposalJson.of(approvals.withdraw(id), null);
	}

	record Decision(String reason) {
	}

	/**
	 * A proposal: the record's fields when it was proposed ({@code current}), as they are now ({@code now}, on a
	 * single proposal) and as proposed.
	 */
	record ProposalJson(long id, String kind, long recordId, String record, long proposingCity, long approvingCity,
			ProposalStatus status, String reason, long baseVersion, Map<String, String> current,
			Map<String, String> now, Map<String, String> proposed, String proposedBy, Instant proposedAt,
			String decidedBy, Instant decidedAt, boolean appliedDirectly) {

		static ProposalJson of(Proposal p, Map<String, String> now) {
			return new ProposalJson(p.id(), p.kind(), p.recordId(), p.recordLabel(), p.proposingCity(),
					p.approvingCity(), p.status(), p.reason(), p.baseVersion(), p.current(), now, p.proposed(),
					p.proposedByName(), p.proposedAt(), p.decidedByName(), p.decidedAt(), p.appliedDirectly());
		}
	}
}
