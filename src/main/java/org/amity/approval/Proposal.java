package org.amity.approval;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.amity.identity.Caller;

/**
 * A change proposed by one city's staff to a record shared with a partner city, waiting for the partner's decision.
 * It guards its own transitions: only the approving city decides, only the proposing city withdraws, a decided
 * proposal stays decided, and a refusal carries its reason.
 *
 * @param current  the record's fields when the change was proposed
 * @param proposed the fields as the change would leave them
 */
public record Proposal(Long id, String kind, long recordId, String recordLabel, long proposingCity,
		long approvingCity, Map<String, String> current, Map<String, String> proposed, long baseVersion,
		ProposalStatus status, String reason, long proposedBy, String proposedByName, Instant proposedAt,
		Long decidedBy, String decidedByName, Instant decidedAt, boolean appliedDirectly) {

	static final int MAX_REASON = 2000;

	public Proposal {
		Objects.requireNonNull(kind);
		Objects.requireNonNull(status);
		if (proposingCity == approvingCity) {
			throw new IllegalArgumentException("A proposal goes from one city to the other");
		}
		current = sorted(current);
		proposed = sorted(proposed);
	}

	private static Map<String, String> sorted(Map<String, String> map) {
		var copy = new LinkedHashMap<String, String>();
		map.keySet().stream().sorted().forEach(key -> copy.put(key, map.get(key)));
		return java.util.Collections.unmodifiableMap(copy);
	}

	/** A new pending proposal by the caller, on the record's current version. */
	static Proposal propose(String kind, long recordId, String recordLabel, long proposingCity, long approvingCity,
			Map<String, String> current, Map<String, String> proposed, long baseVersion, Caller caller) {
		return new Proposal(null, kind, recordId, recordLabel, proposingCity, approvingCity, current, proposed,
				baseVersion, ProposalStatus.PENDING, null, caller.id(), caller.username(), Instant.now(), null, null,
				null, false);
	}

	/** Whether the caller may see this proposal: staff of either city (a platform admin is staff of every city). */
	public boolean visibleTo(Caller caller) {
		return caller.isStaffOf(proposingCity) || caller.isStaffOf(approvingCity);
	}

	/** Whether the caller could decide it now. */
	public boolean decidableBy(Caller caller) {
		return status == ProposalStatus.PENDING && mayDecide(caller);
	}

	private boolean mayDecide(Caller caller) {
		return caller.isStaffOf(approvingCity) && !Objects.equals(caller.id(), proposedBy);
	}

	Proposal approve(Caller caller) {
		requireDecider(caller);
		if (status == ProposalStatus.APPROVED) {
			return this;
		}
		requirePending();
		return decided(ProposalStatus.APPROVED, null, caller);
	}

	Proposal refuse(Caller caller, String why) {
		requireDecider(caller);
		var text = why == null ? "" : why.strip();
		if (text.isEmpty()) {
			throw new ApprovalRefusedException(ApprovalRefusedException.Reason.REASON_REQUIRED, "A refusal needs a reason");
		}
		if (text.length() > MAX_REASON) {
			throw new IllegalArgumentException("A reason has at most " + MAX_REASON + " characters");
		}
		org.amity.shared.PlainText.require(text, "A reason");
		if (status == ProposalStatus.REFUSED && text.equals(reason)) {
			return this;
		}
		requirePending();
		return decided(ProposalStatus.REFUSED, text, caller);
	}

	Proposal withdraw(Caller caller) {
		if (!caller.isStaffOf(proposingCity)) {
			throw new ApprovalRefusedException(ApprovalRefusedException.Reason.NOT_PROPOSER,
					"Only the proposing city withdraws a proposal");
		}
		if (status == ProposalStatus.WITHDRAWN) {
			return this;
		}
		requirePending();
		return decided(ProposalStatus.WITHDRAWN, null, caller);
	}

	/** The record changed under the proposal; it is kept, marked, and never applied. */
	Proposal supersede(String why) {
		requirePending();
		return new Proposal(id, kind, recordId, recordLabel, proposingCity, approvingCity, current, proposed,
				baseVersion, ProposalStatus.SUPERSEDED, why, proposedBy, proposedByName, proposedAt, null, null,
				Instant.now(), false);
	}

	private void requireDecider(Caller caller) {
		if (!mayDecide(caller)) {
			throw new ApprovalRefusedException(ApprovalRefusedException.Reason.OWN_PROPOSAL,
					"Only the partner city's staff decide on a proposal");
		}
	}

	private void requirePending() {
		if (status != ProposalStatus.PENDING) {
			throw new ApprovalRefusedException(
					status == ProposalStatus.SUPERSEDED ? ApprovalRefusedException.Reason.STALE
							: ApprovalRefusedException.Reason.ALREADY_DECIDED,
					"The proposal is " + status);
		}
	}

	private Proposal decided(ProposalStatus next, String why, Caller caller) {
		return new Proposal(id, kind, recordId, recordLabel, proposingCity, approvingCity, current, proposed,
				baseVersion, next, why, proposedBy, proposedByName, proposedAt, caller.id(), caller.username(),
				Instant.now(), false);
	}

	/** The fields side by side: each field's current and proposed text, and whether it changes. */
	public List<FieldChange> changes() {
		var keys = new LinkedHashSet<String>(current.keySet());
		keys.addAll(proposed.keySet());
		return keys.stream()
			.map(key -> new FieldChange(key, current.get(key), proposed.get(key),
					!Objects.equals(current.get(key), proposed.get(key))))
			.toList();
	}

	/** One row of the side-by-side table. */
	public record FieldChange(String field, String current, String proposed, boolean changed) {
	}
}
