package org.amity.exchange;

import java.util.List;
import java.util.Optional;

import org.amity.actor.Actors;
import org.amity.actor.MembershipRole;
import org.amity.actor.Target;
import org.amity.approval.Approvals;
import org.amity.approval.NewProposal;
import org.amity.approval.Proposal;
import org.amity.approval.ProposalStatus;
import org.amity.partnership.PartnershipNotFoundException;
import org.amity.partnership.Partnerships;
import org.amity.shared.LocalizedText;
import org.amity.shared.NotFoundException;
import org.amity.shared.PartialDate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The program catalogue of each partnership: creating a program (one city proposes it), the partner city confirming
 * it, and reading the catalogue. Host and sending organisations are recorded in the actor directory too.
 */
@Service
public class Programs {

	private final ExchangeRepository repository;
	private final Partnerships partnerships;
	private final Actors actors;
	private final ApplicationEventPublisher events;
	private final ExchangeAccess access;
	private final ExchangeAudit audit;
	private final Approvals approvals;
	private final ProgramChanges changes;

	Programs(ExchangeRepository repository, Partnerships partnerships, Actors actors,
			ApplicationEventPublisher events, ExchangeAccess access, ExchangeAudit audit, Approvals approvals,
			ProgramChanges changes) {
		this.access = access;
		this.audit = audit;
		this.approvals = approvals;
		this.changes = changes;
		this.repository = repository;
		this.partnerships = partnerships;
		this.actors = actors;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public Optional<Program> find(long id) {
		return repository.program(id);
	}

	@Transactional(readOnly = true)
	public Program get(long id) {
		return repository.program(id).orElseThrow(() -> new NotFoundException("program", String.valueOf(id)));
	}

	/** A partnership's programs, or every program when the partnership is null. */
	@Transactional(readOnly = true)
	public List<Program> catalogue(Long partnershipId) {
		return repository.programs(partnershipId);
	}

	/**
	 * A city proposes a program of its partnership. An officer's program waits for the partner city's approval (a
	 * proposal in bilateral approval) before it counts as confirmed; a platform admin's is confirmed by {@link
	 * #confirm} alone.
	 */
	@Transactional
	public Program create(long partnershipId, ProgramKind kind, ProgramKind.Term term, LocalizedText title,
			LocalizedText description, List<Long> hosts, List<Long> senders, long proposedByPlace, boolean demo) {
		var caller = mayPlanPrograms(proposedByPlace);
		var partnership = partnerships.find(partnershipId)
			.orElseThrow(() -> new PartnershipNotFoundException(String.valueOf(partnershipId)));
		if (!partnership.involves(proposedByPlace)) {
			throw new ExchangeRefusedException(ExchangeRefusedException.Reason.NOT_THE_PARTNER,
					"Only a party to the partnership proposes its programs");
		}
		requireOrganisations(hosts, senders);
		var program = new Program(0, partnershipId, kind, term, title, description, hosts, senders, proposedByPlace,
				null, demo, 0);
		long id = repository.insert(program);
		var target = Target.program(id, title);
		var since = PartialDate.of(java.time.LocalDate.now());
		program.hosts().forEach(host -> actors.relate(host, MembershipRole.HOST, target, since, null, demo));
		program.senders().forEach(sender -> actors.relate(sender, MembershipRole.SENDER, target, since, null, demo));
		var created = get(id);
		audit.program(created, "proposed", null, created);
		if (!caller.isPlatformAdmin()) {
			approvals.propose(new NewProposal(ProgramChanges.KIND, id, label(created), proposedByPlace,
					partnership.partnerOf(proposedByPlace), changes.proposed(created), created.version()));
		}
		events.publishEvent(new ProgramCreated(id, partnershipId, kind, demo));
		return created;
	}

	/** What an edit did: saved at once, or proposed to the partner city and waiting for its approval. */
	public record Edit(Program program, boolean awaitsPartner) {
	}

	/**
	 * Changes a program read at {@code knownVersion}. The proposing city edits its own unconfirmed proposal at once
	 * (and proposes it anew); a confirmed program is shared, so a change by either city waits for the other's
	 * approval. A platform admin's edit applies at once. An edit made on an older version is refused.
	 */
	@Transactional
	public Edit edit(long programId, int knownVersion, ProgramKind kind, ProgramKind.Term term, LocalizedText title,
			LocalizedText description, List<Long> hosts, List<Long> senders) {
		var program = get(programId);
		var partnership = partnerships.find(program.partnershipId())
			.orElseThrow(() -> new PartnershipNotFoundException(String.valueOf(program.partnershipId())));
		var caller = access.officerOfAny(partnership.placeA(), partnership.placeB());
		if (program.version() != knownVersion) {
			throw new ExchangeRefusedException(ExchangeRefusedException.Reason.CONCURRENT_CHANGE,
					"The program changed after it was read");
		}
		requireOrganisations(hosts, senders);
		var changed = program.with(kind, term, title, description, hosts, senders);
		if (caller.isPlatformAdmin() || (!program.confirmed() && caller.isStaffOf(program.proposedBy()))) {
			var saved = save(program, changed, "edited");
			relate(actors, program, saved);
			if (!caller.isPlatformAdmin()) {
				approvals.propose(new NewProposal(ProgramChanges.KIND, programId, label(saved), program.proposedBy(),
						partnership.partnerOf(program.proposedBy()), changes.proposed(saved), saved.version()));
			}
			return new Edit(saved, !saved.confirmed());
		}
		long proposing = caller.isStaffOf(program.proposedBy()) ? program.proposedBy()
				: partnership.partnerOf(program.proposedBy());
		approvals.propose(new NewProposal(ProgramChanges.KIND, programId, label(changed), proposing,
				partnership.partnerOf(proposing), changes.proposed(changed), knownVersion));
		return new Edit(program, true);
	}

	/**
	 * The partner city confirms a joint program the other proposed: by approving the proposal waiting for it, which
	 * refuses a proposal made on an older version; a program proposed without one (by a platform admin) is confirmed
	 * at once.
	 */
	@Transactional
	public Program confirm(long programId, long confirmingPlace) {
		var caller = mayPlanPrograms(confirmingPlace);
		var program = get(programId);
		var partnership = partnerships.find(program.partnershipId())
			.orElseThrow(() -> new PartnershipNotFoundException(String.valueOf(program.partnershipId())));
		var confirmed = program.confirmBy(confirmingPlace, partnership.partnerOf(program.proposedBy()));
		var waiting = approvals.onRecord(ProgramChanges.KIND, programId, caller).stream()
			.filter(p -> p.status() == ProposalStatus.PENDING && p.decidableBy(caller)
					&& p.approvingCity() == confirmingPlace)
			.findFirst();
		if (waiting.isPresent()) {
			approvals.approve(waiting.get().id());
			return get(programId);
		}
		return save(program, confirmed, "confirmed by the partner city");
	}

	/** The programs of partnerships the caller's cities take part in (city staff only); all for a platform admin. */
	@Transactional(readOnly = true)
	public List<Program> planned() {
		var caller = access.signedIn();
		if (!caller.isPlatformAdmin() && caller.staffCities().isEmpty()) {
			// programs are planned by city staff; a coordinator or reviewer runs calls, not programs
			access.officerOfAny();
		}
		return repository.programs(null).stream().filter(p -> access.plans(caller, p)).toList();
	}

	/** The proposals on a program its cities' staff see: pending changes and decisions. */
	@Transactional(readOnly = true)
	public List<Proposal> proposals(long programId) {
		var caller = access.signedIn();
		return approvals.onRecord(ProgramChanges.KIND, programId, caller);
	}

	private Program save(Program before, Program after, String action) {
		if (!repository.update(after, before.version())) {
			throw new ExchangeRefusedException(ExchangeRefusedException.Reason.CONCURRENT_CHANGE,
					"The program changed after it was read");
		}
		var saved = get(before.id());
		audit.program(saved, action, before, saved);
		return saved;
	}

	/**
	 * Organisations newly named as hosts or senders are related to the program in the actor directory; those no longer
	 * named have their role ended today, so the directory keeps that they once hosted or sent.
	 */
	static void relate(Actors actors, Program before, Program after) {
		var target = Target.program(after.id(), after.title());
		var today = PartialDate.of(java.time.LocalDate.now());
		after.hosts().stream().filter(h -> !before.hosts().contains(h))
			.forEach(host -> actors.relate(host, MembershipRole.HOST, target, today, null, after.demo()));
		after.senders().stream().filter(s -> !before.senders().contains(s))
			.forEach(sender -> actors.relate(sender, MembershipRole.SENDER, target, today, null, after.demo()));
		before.hosts().stream().filter(h -> !after.hosts().contains(h))
			.forEach(host -> actors.end(host, MembershipRole.HOST, target, today));
		before.senders().stream().filter(s -> !after.senders().contains(s))
			.forEach(sender -> actors.end(sender, MembershipRole.SENDER, target, today));
	}

	private void requireOrganisations(List<Long> hosts, List<Long> senders) {
		var named = new java.util.HashSet<Long>();
		if (hosts != null) {
			named.addAll(hosts);
		}
		if (senders != null) {
			named.addAll(senders);
		}
		if (actors.findAll(List.copyOf(named)).size() != named.size()) {
			throw new ExchangeRefusedException(ExchangeRefusedException.Reason.ORGANISATION_UNKNOWN,
					"Hosts and senders are organisations of the directory");
		}
	}

	private static String label(Program program) {
		return program.title().in(java.util.Locale.ENGLISH);
	}

	/** Programs are planned by the officers of the city that proposes or confirms them. */
	private org.amity.identity.Caller mayPlanPrograms(long place) {
		return access.officerOf(place);
	}
}
