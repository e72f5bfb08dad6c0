package org.amity.actor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.amity.audit.AuditTrail;
import org.amity.audit.Audited;
import org.amity.identity.Access;
import org.amity.identity.AccessDeniedException;
import org.amity.identity.CurrentUser;
import org.amity.shared.LocalizedText;
import org.amity.shared.PartialDate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The directory's use cases: reading organisations, their people and relations; registering organisations and
 * people; recording an organisation's role towards a partnership, program, event or another organisation; correcting
 * an organisation's names and website. Who may correct which organisation is decided by {@link #mayCorrect}, in one
 * place.
 */
@Service
public class Actors {

	private final ActorRepository repository;
	private final ApplicationEventPublisher events;
	private final Access access;
	private final CurrentUser currentUser;
	private final AuditTrail audit;

	/** Longest name kept in one language: the longest official names of organisations are far shorter. */
	public static final int MAX_NAME = 300;

	Actors(ActorRepository repository, ApplicationEventPublisher events, Access access, CurrentUser currentUser,
			AuditTrail audit) {
		this.access = access;
		this.currentUser = currentUser;
		this.audit = audit;
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

	/**
	 * Gives an organisation a new name (in one language or more); its slug, website and everything it is related to
	 * stay. The same rule and audit as {@link #correct} apply.
	 */
	@Transactional
	public Organisation rename(String slug, LocalizedText name) {
		var organisation = get(slug);
		requireMayCorrect(organisation);
		return correct(organisation, name == null ? Map.of() : name.texts(), organisation.website(),
				organisation.version());
	}

	/**
	 * Whether the current caller may correct this organisation. The directory is shared by every city, so a city
	 * corrects only what sits in it: a platform admin may correct any organisation; the staff of a city (its admins and
	 * officers) only an organisation seated in one of the cities they are staff of. A program coordinator or reviewer
	 * holds no city of their own and so corrects an organisation only where they are also staff of its seat; an
	 * organisation seated nowhere is corrected by platform admins alone.
	 */
	public boolean mayCorrect(Organisation organisation) {
		var caller = currentUser.get();
		return caller.isPlatformAdmin()
				|| organisation.placeId() != null && caller.staffCities().contains(organisation.placeId());
	}

	/** The organisation as read for its correction form, once the caller is known to be allowed to correct it. */
	@Transactional(readOnly = true)
	public Organisation toCorrect(String slug) {
		var organisation = get(slug);
		requireMayCorrect(organisation);
		return organisation;
	}

	/**
	 * Corrects an organisation's names (in Amity's languages, at least one, blank ones dropped) and its website (blank
	 * for none), if it is still at the version the editor read; the slug, kind, seat and relations stay. The change is
	 * recorded in the audit trail, before and after, owned by the organisation's city.
	 *
	 * @throws AccessDeniedException when the caller may not correct it ({@link #mayCorrect})
	 * @throws ActorRefusedException with {@code STALE} when it changed since, or the reason the input is refused
	 */
	@Transactional
	public Organisation correct(String slug, Map<String, String> names, String website, long baseVersion) {
		var organisation = get(slug);
		requireMayCorrect(organisation);
		return correct(organisation, names, website, baseVersion);
	}

	private Organisation correct(Organisation before, Map<String, String> names, String website, long baseVersion) {
		var texts = new LinkedHashMap<String, String>();
		for (var language : LocalizedText.LANGUAGES) {
			var text = names.get(language);
			if (text == null || text.isBlank()) {
				continue;
			}
			text = text.strip();
			if (text.chars().anyMatch(Character::isISOControl)) {
				// NUL cannot be stored and no name is written over several lines or with control codes
				throw new ActorRefusedException(ActorRefusedException.Reason.CONTROL_CHARACTER,
						"A control character in the name in " + language);
			}
			if (text.length() > MAX_NAME) {
				throw new ActorRefusedException(ActorRefusedException.Reason.NAME_TOO_LONG,
						"The name in " + language + " is longer than " + MAX_NAME);
			}
			texts.put(language, text);
		}
		if (texts.isEmpty()) {
			throw new ActorRefusedException(ActorRefusedException.Reason.NAME_MISSING, "A name in at least one language");
		}
		var address = website == null || website.isBlank() ? null : website.strip();
		if (address != null && address.chars().anyMatch(Character::isISOControl)) {
			throw new ActorRefusedException(ActorRefusedException.Reason.BAD_WEBSITE, "A control character in the website");
		}
		var after = new Organisation(before.id(), before.slug(), before.kind(), new LocalizedText(texts),
				before.placeId(), address, before.demo(), baseVersion + 1);
		if (before.version() != baseVersion || !repository.correct(before.id(), after.name(), after.website(), baseVersion)) {
			throw new ActorRefusedException(ActorRefusedException.Reason.STALE,
					"Organisation " + before.slug() + " changed after version " + baseVersion);
		}
		var change = Audited.of("organisation", before.id(), "corrected", audited(before), audited(after));
		audit.record(before.placeId() == null ? change : change.ownedBy(before.placeId()));
		return after;
	}

	/** What a correction changes, as the audit trail keeps it. */
	private static Map<String, Object> audited(Organisation organisation) {
		var fields = new LinkedHashMap<String, Object>();
		fields.put("slug", organisation.slug());
		fields.put("name", organisation.name().texts());
		fields.put("website", organisation.website());
		fields.put("version", organisation.version());
		return fields;
	}

	private void requireMayCorrect(Organisation organisation) {
		var caller = access.requireSignedIn();
		if (!mayCorrect(organisation)) {
			throw new AccessDeniedException(AccessDeniedException.Reason.STAFF,
					caller.username() + " may not correct " + organisation.slug());
		}
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
