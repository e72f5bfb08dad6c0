package org.amity.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.amity.identity.Access;
import org.amity.identity.AccessDeniedException;
import org.amity.shared.LocalizedText;
import org.amity.shared.PartialDate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The directory's use cases: reading organisations, their people and relations; registering organisations and
 * people; recording an organisation's role towards a partnership, program, event or another organisation.
 */
@Service
public class Actors {

	private final ActorRepository repository;
	private final ApplicationEventPublisher events;
	private final Access access;

	Actors(ActorRepository repository, ApplicationEventPublisher events, Access access) {
		this.access = access;
		this.repository = repository;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public Optional<Organisation> find(String slug) {
		return repository.findBySlug(slug);
	}

	@Transactional(readOnly = true)
	public Optional<Organisation> find(long id) {
		return repository.findById(id);
	}

	@Transactional(readOnly = true)
	public Organisation get(String slug) {
		return repository.findBySlug(slug).orElseThrow(() -> new ActorNotFoundException(slug));
	}

	@Transactional(readOnly = true)
	public List<Organisation> findAll(List<Long> ids) {
		return repository.findAll(ids);
	}

	/** Organisations of a kind, seated in a place, or all of them when a filter is null. */
	@Transactional(readOnly = true)
	public List<Organisation> directory(ActorKind kind, Long placeId) {
		return repository.directory(kind, placeId);
	}

	/** The places where at least one organisation of the directory sits, for the city filter. */
	@Transactional(readOnly = true)
	public List<Long> seats() {
		return repository.seats();
	}

	@Transactional(readOnly = true)
	public List<Person> people(long organisationId) {
		return repository.people(organisationId);
	}

	/** What an organisation does (its own relations) and what points at it (members, offices), oldest first. */
	@Transactional(readOnly = true)
	public Relations relations(long organisationId) {
		return new Relations(repository.relationsOf(organisationId),
				repository.relationsTo(Target.Kind.ORGANISATION, organisationId));
	}

	/** The organisations holding a role towards a target, e.g. a program's hosts and senders. */
	@Transactional(readOnly = true)
	public List<Relation> relationsTo(Target.Kind kind, long targetId) {
		return repository.relationsTo(kind, targetId);
	}

	@Transactional
	public Organisation register(String slug, ActorKind kind, LocalizedText name, Long placeId, String website,
			boolean demo) {
		mayEditDirectory();
		var candidate = new Organisation(0, slug, kind, name, placeId, website, demo);
		if (repository.findBySlug(slug).isPresent()) {
			throw new ActorRefusedException(ActorRefusedException.Reason.SLUG_TAKEN, "Slug in use: " + slug);
		}
		long id;
		try {
			id = repository.insert(candidate);
		}
		catch (DuplicateKeyException raced) {
			throw new ActorRefusedException(ActorRefusedException.Reason.SLUG_TAKEN, "Slug in use: " + slug);
		}
		events.publishEvent(new OrganisationRegistered(id, slug, kind, demo));
		return new Organisation(id, slug, kind, name, placeId, website, demo);
	}

	/** Gives an organisation a new name (in one language or more); its slug and everything it is related to stay. */
	@Transactional
	public Organisation rename(String slug, LocalizedText name) {
		mayEditDirectory();
		var organisation = get(slug);
		if (name == null || name.isEmpty()) {
			throw new ActorRefusedException(ActorRefusedException.Reason.NAME_MISSING, "A name in at least one language");
		}
		repository.rename(organisation.id(), name);
		return new Organisation(organisation.id(), organisation.slug(), organisation.kind(), name,
				organisation.placeId(), organisation.website(), organisation.demo());
	}

	@Transactional
	public Person addPerson(String name, String email, Long organisationId, String position, boolean contact,
			boolean demo) {
		mayEditDirectory();
		var person = new Person(0, name, email, organisationId, position, contact, demo);
		return new Person(repository.insert(person), name, email, organisationId, position, contact, demo);
	}

	/** Records a role; recording the same role towards the same target again keeps one relation. */
	@Transactional
	public Relation relate(long organisationId, MembershipRole role, Target target, PartialDate from, PartialDate until,
			boolean demo) {
		mayEditDirectory();
		repository.findById(organisationId)
			.orElseThrow(() -> new ActorNotFoundException(String.valueOf(organisationId)));
		var relation = new Relation(0, organisationId, role, target, from, until, demo);
		long id = repository.insert(relation);
		events.publishEvent(new RelationRecorded(id, organisationId, role, target.kind(), target.id()));
		return new Relation(id, organisationId, role, target, from, until, demo);
	}

	/**
	 * Ends a role that still holds, dated, so the directory keeps that it was held (an organisation no longer hosting a
	 * program); ending one that already ended or never was changes nothing. Recording the role again reopens it.
	 */
	@Transactional
	public void end(long organisationId, MembershipRole role, Target target, PartialDate until) {
		mayEditDirectory();
		java.util.Objects.requireNonNull(until, "until");
		repository.relationsOf(organisationId).stream()
			.filter(r -> r.role() == role && r.target().kind() == target.kind() && r.target().id() == target.id()
					&& r.until() == null)
			// a role recorded as starting later than it ends (planned, then dropped) ends where it would have begun
			.forEach(r -> repository.end(r.id(), r.from() != null && until.compareTo(r.from()) < 0 ? r.from() : until));
	}

	/** The directory is kept by staff: city officers and administrators, coordinators and reviewers of programs. */
	private void mayEditDirectory() {
		var caller = access.requireSignedIn();
		if (!caller.isStaff()) {
			throw new AccessDeniedException(AccessDeniedException.Reason.STAFF,
					caller.username() + " may not change the directory");
		}
	}

	/** An organisation's relations in both directions. */
	public record Relations(List<Relation> outgoing, List<Relation> incoming) {

		public List<Relation> all() {
			var all = new ArrayList<>(outgoing);
			all.addAll(incoming);
			return all;
		}
	}
}
