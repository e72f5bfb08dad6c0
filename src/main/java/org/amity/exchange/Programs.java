package org.amity.exchange;

import java.util.List;
import java.util.Optional;

import org.amity.actor.Actors;
import org.amity.actor.Role;
import org.amity.actor.Target;
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

	Programs(ExchangeRepository repository, Partnerships partnerships, Actors actors,
			ApplicationEventPublisher events, ExchangeAccess access) {
		this.access = access;
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

	@Transactional
	public Program create(long partnershipId, ProgramKind kind, ProgramKind.Term term, LocalizedText title,
			LocalizedText description, List<Long> hosts, List<Long> senders, long proposedByPlace, boolean demo) {
		mayPlanPrograms(proposedByPlace);
		var partnership = partnerships.find(partnershipId)
			.orElseThrow(() -> new PartnershipNotFoundException(String.valueOf(partnershipId)));
		if (!partnership.involves(proposedByPlace)) {
			throw new ExchangeRefusedException(ExchangeRefusedException.Reason.NOT_THE_PARTNER,
					"Only a party to the partnership proposes its programs");
		}
		var program = new Program(0, partnershipId, kind, term, title, description, hosts, senders, proposedByPlace,
				null, demo);
		long id = repository.insert(program);
		var target = Target.program(id, title);
		var since = PartialDate.of(java.time.LocalDate.now());
		program.hosts().forEach(host -> actors.relate(host, Role.HOST, target, since, null, demo));
		program.senders().forEach(sender -> actors.relate(sender, Role.SENDER, target, since, null, demo));
		events.publishEvent(new ProgramCreated(id, partnershipId, kind, demo));
		return get(id);
	}

	/** The partner city confirms a joint program the other proposed. */
	@Transactional
	public Program confirm(long programId, long confirmingPlace) {
		mayPlanPrograms(confirmingPlace);
		var program = get(programId);
		var partnership = partnerships.find(program.partnershipId())
			.orElseThrow(() -> new PartnershipNotFoundException(String.valueOf(program.partnershipId())));
		var confirmed = program.confirmBy(confirmingPlace, partnership.partnerOf(program.proposedBy()));
		repository.confirm(programId, confirmingPlace);
		return confirmed;
	}

	/** Programs are planned by the officers of the city that proposes or confirms them. */
	private void mayPlanPrograms(long place) {
		access.officerOf(place);
	}
}
