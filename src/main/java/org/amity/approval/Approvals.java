package org.amity.approval;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.amity.identity.Access;
import org.amity.identity.Caller;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bilateral approval's use cases. Owning modules {@link #propose} a change after their own access check; the partner
 * city's staff {@link #approve} or {@link #refuse} it here, where the access checks of deciding are made. An approval
 * applies the change through the owning module's {@link ChangeApplier} only when the record is still at the version
 * the proposal was made on; otherwise the proposal is superseded and nothing is overwritten.
 */
@Service
public class Approvals {

	static final int LISTED = 200;

	private final ProposalRepository repository;
	private final Access access;
	private final Map<String, ChangeApplier> appliers;
	private final ApplicationEventPublisher events;

	Approvals(ProposalRepository repository, Access access, List<ChangeApplier> appliers,
			ApplicationEventPublisher events) {
		this.repository = repository;
		this.access = access;
		this.appliers = appliers.stream().collect(Collectors.toMap(ChangeApplier::kind, Function.identity()));
		this.events = events;
	}

	/**
	 * Records a pending change proposed by the caller, who must be staff of the proposing city. A proposal made on a
	 * version the record has already left is refused at once.
	 */
	@Transactional
	public Proposal propose(NewProposal change) {
		var caller = access.requireStaffOf(change.proposingCity());
		var applier = applier(change.kind());
		requireCurrent(applier, change.recordId(), change.baseVersion());
		var proposal = Proposal.propose(change.kind(), change.recordId(), change.recordLabel(),
				change.proposingCity(), change.approvingCity(), applier.current(change.recordId()), change.proposed(),
				change.baseVersion(), caller);
		long id = repository.insert(proposal);
		return repository.find(id).orElseThrow();
	}

	/**
	 * Keeps the record of a change a platform admin applied without the partner's approval; the owning module has
	 * applied it already, in the same transaction.
	 */
	@Transactional
	public Proposal recordApplied(NewProposal change, Map<String, String> before) {
		var caller = access.requirePlatformAdmin();
		var now = java.time.Instant.now();
		var proposal = new Proposal(null, change.kind(), change.recordId(), change.recordLabel(),
				change.proposingCity(), change.approvingCity(), before, change.proposed(), change.baseVersion(),
				ProposalStatus.APPROVED, null, caller.id(), caller.username(), now, caller.id(), caller.username(),
				now, true);
		return repository.find(repository.insert(proposal)).orElseThrow();
	}

	/**
	 * Approves and applies a pending proposal, as staff of the approving city. Approving an approved proposal again
	 * (a replayed form or request) changes nothing. A proposal whose record has changed since is superseded instead:
	 * the returned proposal says so.
	 */
	@Transactional(noRollbackFor = ApprovalRefusedException.class)
	public Proposal approve(long id) {
		var caller = access.requireSignedIn();
		var proposal = visible(repository.lock(id), id, caller);
		var approved = proposal.approve(caller);
		if (approved == proposal) {
			return proposal;
		}
		var applier = applier(proposal.kind());
		if (applier.version(proposal.recordId()) != proposal.baseVersion()) {
			var superseded = proposal.supersede("stale");
			repository.update(superseded, ProposalStatus.PENDING);
			events.publishEvent(decided(superseded));
			throw new ApprovalRefusedException(ApprovalRefusedException.Reason.STALE,
					"The record changed after the proposal was made");
		}
		repository.update(approved, ProposalStatus.PENDING);
		applier.apply(approved);
		// the others made on the same version cannot apply any more
		for (var other : repository.pendingFor(proposal.kind(), proposal.recordId())) {
			var superseded = other.supersede("superseded by " + id);
			repository.update(superseded, ProposalStatus.PENDING);
			events.publishEvent(decided(superseded));
		}
		events.publishEvent(decided(approved));
		return approved;
	}

	/** Refuses a pending proposal with a reason, as staff of the approving city. */
	@Transactional
	public Proposal refuse(long id, String reason) {
		var caller = access.requireSignedIn();
		var proposal = visible(repository.lock(id), id, caller);
		var refused = proposal.refuse(caller, reason);
		if (refused != proposal) {
			repository.update(refused, ProposalStatus.PENDING);
			events.publishEvent(decided(refused));
		}
		return refused;
	}

	/** Withdraws a pending proposal, as staff of the proposing city. */
	@Transactional
	public Proposal withdraw(long id) {
		var caller = access.requireSignedIn();
		var proposal = visible(repository.lock(id), id, caller);
		var withdrawn = proposal.withdraw(caller);
		if (withdrawn != proposal) {
			repository.update(withdrawn, ProposalStatus.PENDING);
			events.publishEvent(decided(withdrawn));
		}
		return withdrawn;
	}

	/** A proposal the caller may see, as staff of either city. */
	@Transactional(readOnly = true)
	public Proposal find(long id) {
		var caller = access.requireSignedIn();
		return visible(repository.find(id), id, caller);
	}

	/** The proposal with the record's state as it is now, for the side-by-side view. */
	@Transactional(readOnly = true)
	public Map<String, String> currentState(Proposal proposal) {
		var applier = appliers.get(proposal.kind());
		return applier == null ? proposal.current() : applier.current(proposal.recordId());
	}

	/** The proposals the caller's cities take part in, pending first; every proposal for a platform admin. */
	@Transactional(readOnly = true)
	public List<Proposal> forCaller() {
		var caller = access.requireSignedIn();
		if (caller.isPlatformAdmin()) {
			return repository.all(LISTED);
		}
		var cities = caller.staffCities();
		if (cities.isEmpty()) {
			access.requireStaffOfAny();
		}
		return repository.involving(cities, LISTED);
	}

	/** The pending and decided proposals on one record, for its owning module's pages; none for the public. */
	@Transactional(readOnly = true)
	public List<Proposal> onRecord(String kindPrefix, long recordId, Caller caller) {
		return repository.byRecord(kindPrefix, recordId).stream().filter(p -> p.visibleTo(caller)).toList();
	}

	private Proposal visible(java.util.Optional<Proposal> found, long id, Caller caller) {
		return found.filter(p -> p.visibleTo(caller))
			.orElseThrow(() -> new ProposalNotFoundException(String.valueOf(id)));
	}

	private ChangeApplier applier(String kind) {
		var applier = appliers.get(kind);
		if (applier == null) {
			throw new ApprovalRefusedException(ApprovalRefusedException.Reason.UNKNOWN_KIND, "No applier for " + kind);
		}
		return applier;
	}

	private static void requireCurrent(ChangeApplier applier, long recordId, long baseVersion) {
		if (applier.version(recordId) != baseVersion) {
			throw new ApprovalRefusedException(ApprovalRefusedException.Reason.STALE,
					"The record changed after it was read");
		}
	}

	private static ProposalDecided decided(Proposal p) {
		return new ProposalDecided(p.id(), p.kind(), p.recordId(), p.status(), p.reason());
	}
}
