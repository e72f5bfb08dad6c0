package org.amity.partnership;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.amity.audit.AuditTrail;
import org.amity.audit.Audited;
import org.amity.shared.PartialDate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The partnership registry's use cases: finding partnerships, registering them one by one or in bulk, recording
 * agreements and moving them along their lifecycle. Every change publishes {@link PartnershipsChanged}.
 */
@Service
public class Partnerships {

	private final PartnershipRepository repository;
	private final ApplicationEventPublisher events;
	private final AuditTrail audit;

	Partnerships(PartnershipRepository repository, ApplicationEventPublisher events, AuditTrail audit) {
		this.repository = repository;
		this.events = events;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public Optional<Partnership> find(long id) {
		return repository.findById(id);
	}

	@Transactional(readOnly = true)
	public Optional<Partnership> findBySlug(String slug) {
		return repository.findBySlug(slug);
	}

	@Transactional(readOnly = true)
	public Optional<Partnership> between(long onePlace, long otherPlace) {
		return repository.findByPlaces(onePlace, otherPlace);
	}

	/** The partnerships a place is party to, oldest first. */
	@Transactional(readOnly = true)
	public List<PartnershipSummary> involving(long placeId) {
		return repository.summariesInvolving(placeId);
	}

	@Transactional(readOnly = true)
	public List<PartnershipSummary> all() {
		return repository.summaries();
	}

	/** A page of the open-data feed: partnerships in the order of their last change, removed ones marked. */
	@Transactional(readOnly = true)
	public RegistryChanges changes(RegistryQuery query) {
		var found = repository.changes(query);
		if (found.size() <= query.limit()) {
			return new RegistryChanges(found, null);
		}
		var page = found.subList(0, query.limit());
		var last = page.get(page.size() - 1);
		return new RegistryChanges(List.copyOf(page), new RegistryQuery.Cursor(last.changedAt(), last.id()));
	}

	/** The moment up to which {@link #changes} has seen every committed change; readers ask from there next time. */
	@Transactional(readOnly = true)
	public java.time.Instant changesCompleteUpTo() {
		return repository.completeUpTo();
	}

	/** How many partnerships each place is party to. */
	@Transactional(readOnly = true)
	public Map<Long, Integer> countsByPlace() {
		return repository.countsByPlace();
	}

	/**
	 * The registry's version: it changes with every committed change, made by this process or any other (another
	 * instance, the command line). Caches of derived views compare it before serving.
	 */
	@Transactional(readOnly = true)
	public long version() {
		return repository.version();
	}

	@Transactional(readOnly = true)
	public int count() {
		return repository.count();
	}

	/** Registers a partnership between two places; a pair that already has one is refused. */
	@Transactional
	public Partnership register(long onePlace, long otherPlace, String slug, PartnershipType type, PartialDate since,
			PartnershipStatus status, boolean curated, Partnership.Source source) {
		if (repository.findByPlaces(onePlace, otherPlace).isPresent()) {
			throw new PartnershipRefusedException(PartnershipRefusedException.Reason.ALREADY_EXISTS,
					"These two places already have a partnership");
		}
		var partnership = Partnership.register(onePlace, otherPlace, slug, type, since, status, curated, source);
		repository.insert(partnership);
		audit.record(Audited.of("partnership", partnership.id(), "registered", null, snapshot(partnership))
			.ownedBy(onePlace, otherPlace));
		events.publishEvent(new PartnershipsChanged(Set.of(partnership.id()), "registered"));
		return partnership;
	}

	/** Records an agreement or milestone on a partnership. */
	@Transactional
	public Partnership recordAgreement(long partnershipId, Agreement agreement) {
		return change(partnershipId, partnership -> partnership.recordAgreement(agreement), "agreement");
	}

	@Transactional
	public Partnership changeStatus(long partnershipId, PartnershipStatus status, PartialDate effective, String reason,
			String source) {
		return change(partnershipId, partnership -> partnership.changeStatus(status, effective, reason, source),
				"status");
	}

	/**
	 * Records a partnership as a city government's official list gives it: registered if new, otherwise its type and
	 * date taken from the list over scraped data.
	 */
	@Transactional
	public Partnership recordOfficial(long onePlace, long otherPlace, String slug, PartnershipType type,
			PartialDate since, Partnership.Source source) {
		var existing = repository.findByPlaces(onePlace, otherPlace);
		if (existing.isEmpty()) {
			return register(onePlace, otherPlace, slug, type, since, PartnershipStatus.ACTIVE, true, source);
		}
		return change(existing.get().id(), partnership -> partnership.confirmFromOfficialList(type, since, source),
				"official list");
	}

	/** Adds a source to a partnership that does not list it yet. */
	@Transactional
	public Partnership addSource(long partnershipId, Partnership.Source source) {
		return change(partnershipId, partnership -> partnership.addSource(source), "source");
	}

	/**
	 * Applies a change only if the partnership is still at the version it was read at; otherwise it is refused as a
	 * concurrent change and nothing is written.
	 */
	Partnership changeAt(long partnershipId, long version, java.util.function.Consumer<Partnership> change,
			String cause) {
		var current = repository.findById(partnershipId)
			.orElseThrow(() -> new PartnershipNotFoundException(String.valueOf(partnershipId)));
		if (current.version() != version) {
			throw new PartnershipRefusedException(PartnershipRefusedException.Reason.CONCURRENT_CHANGE,
					"Partnership " + current.slug() + " changed since version " + version);
		}
		return change(partnershipId, change, cause);
	}

	private Partnership change(long partnershipId, java.util.function.Consumer<Partnership> change, String cause) {
		var partnership = repository.findById(partnershipId)
			.orElseThrow(() -> new PartnershipNotFoundException(String.valueOf(partnershipId)));
		int history = partnership.history().size();
		int agreements = partnership.agreements().size();
		int sources = partnership.sources().size();
		var before = snapshot(partnership);
		change.accept(partnership);
		repository.update(partnership, history, agreements, sources);
		audit.record(Audited.of("partnership", partnershipId, cause, before, snapshot(partnership))
			.ownedBy(partnership.placeA(), partnership.placeB()));
		partnership.takeEvents().forEach(events::publishEvent);
		events.publishEvent(new PartnershipsChanged(Set.of(partnershipId), cause));
		return partnership;
	}

	/** A partnership as the audit trail keeps it before and after a change. */
	static Map<String, Object> snapshot(Partnership partnership) {
		var snapshot = new java.util.LinkedHashMap<String, Object>();
		snapshot.put("id", partnership.id());
		snapshot.put("slug", partnership.slug());
		snapshot.put("placeA", partnership.placeA());
		snapshot.put("placeB", partnership.placeB());
		snapshot.put("type", partnership.type().name());
		snapshot.put("since", partnership.since() == null ? null : partnership.since().toString());
		snapshot.put("status", partnership.status().name());
		snapshot.put("curated", partnership.curated());
		snapshot.put("version", partnership.version());
		snapshot.put("statusHistory", partnership.history().stream()
			.map(change -> String.valueOf(change.status()) + " " + change.effective())
			.toList());
		snapshot.put("agreements", partnership.agreements().stream()
			.map(agreement -> java.util.Arrays.asList(agreement.kind().name(), agreement.title(),
					String.valueOf(agreement.signedOn())))
			.toList());
		snapshot.put("sources", partnership.sources().stream().map(Partnership.Source::name).toList());
		return snapshot;
	}

	/**
	 * Removes partnerships an import registered, when the import is undone. Each must still be at the version the
	 * import left it in: a partnership changed since then is refused, never lost.
	 */
	@Transactional
	public void removeImported(Map<Long, Integer> versionsById) {
		for (var entry : versionsById.entrySet()) {
			var removed = repository.findById(entry.getKey());
			removed.ifPresent(partnership -> audit.record(Audited.of("partnership", partnership.id(),
					"import undone: removed", snapshot(partnership), null)
				.ownedBy(partnership.placeA(), partnership.placeB())));
			if (!repository.delete(entry.getKey(), entry.getValue())) {
				throw new PartnershipRefusedException(PartnershipRefusedException.Reason.CONCURRENT_CHANGE,
						"Partnership " + entry.getKey() + " was changed after the import");
			}
		}
		if (!versionsById.isEmpty()) {
			events.publishEvent(new PartnershipsChanged(Set.copyOf(versionsById.keySet()), "import undone"));
		}
	}

	/**
	 * Puts a partnership back as it was before an import merged into it: its type, date, status and curation, its
	 * status history cut back to its first entries, and the import's source removed when the import added it.
	 * Refused when the partnership changed after the import.
	 */
	@Transactional
	public void restoreImported(long partnershipId, int versionAfterImport, Before before, String addedSource) {
		var imported = repository.findById(partnershipId);
		if (!repository.restore(partnershipId, versionAfterImport, before, addedSource)) {
			throw new PartnershipRefusedException(PartnershipRefusedException.Reason.CONCURRENT_CHANGE,
					"Partnership " + partnershipId + " was changed after the import");
		}
		var restored = repository.findById(partnershipId);
		if (imported.isPresent() && restored.isPresent()) {
			audit.record(Audited.of("partnership", partnershipId, "import undone: restored", snapshot(imported.get()),
					snapshot(restored.get())).ownedBy(restored.get().placeA(), restored.get().placeB()));
		}
		events.publishEvent(new PartnershipsChanged(Set.of(partnershipId), "import undone"));
	}

	/** A partnership's own facts as they were before an import changed them. */
	public record Before(PartnershipType type, PartialDate since, PartnershipStatus status, boolean curated,
			int historyLength) {

		public static Before of(Partnership partnership) {
			return new Before(partnership.type(), partnership.since(), partnership.status(), partnership.curated(),
					partnership.history().size());
		}
	}

	/** What an import needs to fold its rows into the registry: the partnership of each pair of places. */
	@Transactional(readOnly = true)
	public PairIndex pairIndex(String source) {
		return new PairIndex(repository.idsByPair(), repository.idsWithSource(source), repository.allSlugs());
	}

	/**
	 * Registers many partnerships and adds a source to many existing ones, in the caller's transaction; pairs that
	 * already have a partnership must not be among the new ones (use {@link PairIndex}).
	 */
	@Transactional
	public List<Long> registerAll(List<NewPartnership> partnerships, Map<Long, Partnership.Source> sourcesToAdd,
			String cause) {
		var ids = repository.insertAll(partnerships);
		repository.addSources(sourcesToAdd);
		var changed = new HashSet<>(ids);
		changed.addAll(sourcesToAdd.keySet());
		if (!changed.isEmpty()) {
			// one entry for the whole import: a copy of thousands of rows would say less than its summary
			audit.record(Audited.of("partnership-import", cause, "registered in bulk", null,
					Map.of("registered", ids.size(), "sourcesAdded", sourcesToAdd.size())));
			events.publishEvent(new PartnershipsChanged(changed, cause));
		}
		return ids;
	}

	/** The registry's partnerships by pair of places, for folding an import's rows. */
	public static final class PairIndex {

		private final Map<String, Long> idsByPair;
		private final Set<Long> withSource;
		private final Set<String> slugs;

		PairIndex(Map<String, Long> idsByPair, Set<Long> withSource, Set<String> slugs) {
			this.idsByPair = idsByPair;
			this.withSource = withSource;
			this.slugs = slugs;
		}

		public Optional<Long> find(long one, long other) {
			return Optional.ofNullable(idsByPair.get(PartnershipRepository.pairKey(one, other)));
		}

		/** Notes a partnership registered while the index is in use. */
		public void remember(long one, long other, long partnershipId) {
			idsByPair.put(PartnershipRepository.pairKey(one, other), partnershipId);
		}

		public boolean hasSource(long partnershipId) {
			return withSource.contains(partnershipId);
		}

		/** A slug not used yet, made from the two places' slugs in alphabetical order. */
		public String newSlug(String oneSlug, String otherSlug) {
			var base = oneSlug.compareTo(otherSlug) <= 0 ? oneSlug + "-" + otherSlug : otherSlug + "-" + oneSlug;
			var slug = base;
			for (int n = 2; slugs.contains(slug); n++) {
				slug = base + "-" + n;
			}
			slugs.add(slug);
			return slug;
		}
	}
}
