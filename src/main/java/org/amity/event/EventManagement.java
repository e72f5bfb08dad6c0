package org.amity.event;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import org.amity.approval.Approvals;
import org.amity.approval.NewProposal;
import org.amity.approval.Proposal;
import org.amity.audit.AuditTrail;
import org.amity.audit.Audited;
import org.amity.event.EventChangeRefusedException.Reason;
import org.amity.identity.Access;
import org.amity.identity.AccessDeniedException;
import org.amity.identity.Caller;
import org.amity.shared.LocalizedText;
import org.amity.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff work on events, scoped to the cities that organise them: an officer sees and changes only the events and series
 * of their own city, a platform admin all. Every change is recorded in the audit trail with the event before and after.
 * An event of two cities is shared: a change to its dates, venue or places proposed by one city's officer waits for
 * the other city's approval ({@link JointEventChanges}); the rest of it (titles, languages, organisers) either city
 * edits. Each change is made on the version the editor saw, so two editors never silently overwrite each other.
 */
@Service
public class EventManagement {

	private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
	static final int MAX_REASON = 1000;

	private final JdbcClient jdbc;
	private final EventRows rows;
	private final EventCatalogue catalogue;
	private final EventPlanning planning;
	private final Registrations registrations;
	private final CheckIns checkIns;
	private final Access access;
	private final AuditTrail audit;
	private final Approvals approvals;
	private final EventSnapshots snapshots;

	EventManagement(JdbcClient jdbc, EventRows rows, EventCatalogue catalogue, EventPlanning planning,
			Registrations registrations, CheckIns checkIns, Access access, AuditTrail audit, Approvals approvals,
			EventSnapshots snapshots) {
		this.snapshots = snapshots;
		this.jdbc = jdbc;
		this.rows = rows;
		this.catalogue = catalogue;
		this.planning = planning;
		this.registrations = registrations;
		this.checkIns = checkIns;
		this.access = access;
		this.audit = audit;
		this.approvals = approvals;
	}

	/** An event as its staff see it: with the cities that organise it and its version. */
	public record Managed(Event event, List<Long> cities, long version) {

		/** Organised by two cities, so its dates, venue and places change only with both sides' consent. */
		public boolean joint() {
			return cities.size() > 1;
		}
	}

	/** A series as its staff see it, with its events and its version. */
	public record ManagedSeries(EventSeries series, List<Long> cities, List<Event> events, long version) {
	}

	/** What became of an edit: applied at once, or (in part) waiting for the partner city as a proposal. */
	public record Outcome(boolean applied, Long proposalId) {
	}

	// ---- reading ----

	/** The events the caller's cities organise, soonest first; every event for a platform admin. */
	@Transactional(readOnly = true)
	public List<Managed> events() {
		var caller = requireStaff();
		return jdbc.sql("""
				select id, cities, version from event.event
				where :all or cities && cast(:cities as bigint[]) order by starts_at, id
				""")
			.param("all", caller.isPlatformAdmin()).param("cities", cities(caller))
			.query((rs, n) -> new Managed(catalogue.event(rs.getLong("id")), longs(rs.getArray("cities")),
					rs.getLong("version")))
			.list();
	}

	/** The series the caller's cities organise, with their events; every series for a platform admin. */
	@Transactional(readOnly = true)
	public List<ManagedSeries> series() {
		var caller = requireStaff();
		return jdbc.sql("""
				select * from event.series where :all or cities && cast(:cities as bigint[]) order by id
				""")
			.param("all", caller.isPlatformAdmin()).param("cities", cities(caller))
			.query((rs, n) -> {
				var series = rows.series(rs, n);
				return new ManagedSeries(series, longs(rs.getArray("cities")), catalogue.eventsOf(series),
						rs.getLong("version"));
			})
			.list();
	}

	/** One event, for the staff of a city that organises it (403 for anyone else, 404 when there is none). */
	@Transactional(readOnly = true)
	public Managed event(String slug) {
		var managed = snapshots.managed(catalogue.event(slug));
		requireOrganiser(managed.cities());
		return managed;
	}

	@Transactional(readOnly = true)
	public ManagedSeries series(String slug) {
		var managed = managedSeries(catalogue.series(slug));
		requireOrganiser(managed.cities());
		return managed;
	}

	private ManagedSeries managedSeries(EventSeries series) {
		return jdbc.sql("select cities, version from event.series where id = :id").param("id", series.id())
			.query((rs, n) -> new ManagedSeries(series, longs(rs.getArray("cities")), catalogue.eventsOf(series),
					rs.getLong("version")))
			.single();
	}

	/** A series by its id, whoever organises it: the one an event leaves when its organiser moves it elsewhere. */
	private ManagedSeries seriesById(long id) {
		return managedSeries(catalogue.series(
				jdbc.sql("select slug from event.series where id = :id").param("id", id).query(String.class).single()));
	}

	@Transactional(readOnly = true)
	public List<Venue> venues() {
		requireStaff();
		return jdbc.sql("select * from event.venue order by slug")
			.query((rs, n) -> new Venue(rs.getLong("id"), rs.getString("slug"), rows.text(rs.getString("name")),
					rs.getString("address"), rs.getString("locality"), rs.getString("country"),
					java.time.ZoneId.of(rs.getString("time_zone")), (Double) rs.getObject("latitude"),
					(Double) rs.getObject("longitude")))
			.list();
	}

	/** The proposals made on this event, pending first, for its staff. */
	@Transactional(readOnly = true)
	public List<Proposal> proposals(String slug) {
		var managed = event(slug);
		return approvals.onRecord(JointEventChanges.PREFIX, managed.event().id(), access.requireSignedIn());
	}

	@Transactional(readOnly = true)
	public List<Registration> waitingList(String slug) {
		return registrations.waitingList(event(slug).event().id());
	}

	/** The waiting list's whole history, oldest first, from which the list can be rebuilt. */
	@Transactional(readOnly = true)
	public List<HistoryEntry> history(String slug) {
		return registrations.history(event(slug).event().id());
	}

	@Transactional(readOnly = true)
	public List<Registration> registrations(String slug) {
		return registrations.ofEvent(event(slug).event().id());
	}

	@Transactional(readOnly = true)
	public List<CheckIns.Attendee> attendees(String slug) {
		event(slug);
		return checkIns.list(slug);
	}

	// ---- creating ----

	/** A new venue; its time zone is checked, since every event there is read in it. */
	@Transactional
	public long venue(LocalizedText name, String address, String locality, String country, String timeZone) {
		requireStaff();
		if (name == null || name.isEmpty() || name.texts().values().stream().allMatch(String::isBlank) || blank(address) || blank(locality) || country == null
				|| !country.strip().matches("[A-Za-z]{2}")) {
			throw new EventChangeRefusedException(Reason.BAD_VENUE, "a venue needs a name, address, place, country");
		}
		name.texts().values().forEach(text -> EventDraft.text(text, EventDraft.MAX_NAME));
		EventDraft.text(address, EventDraft.MAX_NAME);
		EventDraft.text(locality, EventDraft.MAX_NAME);
		try {
			java.time.ZoneId.of(timeZone == null ? "" : timeZone.strip());
		}
		catch (java.time.DateTimeException e) {
			throw new EventChangeRefusedException(Reason.BAD_VENUE, "unknown time zone " + timeZone);
		}
		var slug = freeSlug("venue", name.texts().values().iterator().next());
		long id = planning.venue(slug, name, address.strip(), locality.strip(), country.strip().toUpperCase(Locale.ROOT),
				timeZone.strip(), null, null);
		audit.record(Audited.of("venue", id, "created", null, Map.of("slug", slug, "name", name.texts())));
		return id;
	}

	/** A new event (or a sub-event of a series), organised by the draft's cities; answers its slug. */
	@Transactional
	public String create(EventDraft draft, NewVenue newVenue) {
		var caller = requireStaff();
		draft = withVenue(draft, newVenue);
		draft.check();
		requireOrganiser(draft.cities(), caller);
		requireVenue(draft.venueId());
		if (draft.seriesId() != null) {
			requireSeries(draft.seriesId());
		}
		var slug = freeSlug("event", englishOrAny(draft.title()));
		long id = planning.event(slug, draft.seriesId(), draft.kind(), draft.title(), draft.description(),
				draft.venueId(), draft.startsAt(), draft.endsAt(), draft.languages(), draft.organisers(),
				blank(draft.partnership()) ? null : draft.partnership().strip(), false);
		jdbc.sql("update event.event set cities = cast(:cities as bigint[]) where id = :id")
			.param("cities", draft.cities().toArray(Long[]::new)).param("id", id).update();
		audit.record(Audited.of("event", id, "created", null, snapshots.snapshot(id)).ownedBy(draft.cities()));
		return slug;
	}

	/** A new series, organised by these cities; its events are added to it one by one. Answers its slug. */
	@Transactional
	public String createSeries(LocalizedText title, LocalizedText description, List<String> organisers,
			String partnership, List<Long> cities) {
		var caller = requireStaff();
		if (title == null || title.isEmpty()) {
			throw new EventChangeRefusedException(Reason.TITLE_REQUIRED, "a title in at least one language");
		}
		title.texts().values().forEach(text -> EventDraft.text(text, EventDraft.MAX_TITLE));
		description.texts().values().forEach(text -> EventDraft.text(text, EventDraft.MAX_DESCRIPTION));
		organisers.forEach(name -> EventDraft.text(name, EventDraft.MAX_NAME));
		if (cities.isEmpty() || cities.size() > 2) {
			throw new EventChangeRefusedException(Reason.NO_CITY, "one or two organising cities");
		}
		requireOrganiser(cities, caller);
		var slug = freeSlug("series", englishOrAny(title));
		long id = planning.series(slug, title, description, organisers,
				blank(partnership) ? null : EventDraft.text(partnership.strip(), EventDraft.MAX_NAME), false);
		jdbc.sql("update event.series set cities = cast(:cities as bigint[]) where id = :id")
			.param("cities", cities.toArray(Long[]::new)).param("id", id).update();
		var after = new LinkedHashMap<String, Object>();
		after.put("slug", slug);
		after.put("title", title.texts());
		after.put("organisers", organisers);
		after.put("cities", cities);
		audit.record(Audited.of("series", id, "created", null, after).ownedBy(cities));
		return slug;
	}

	// ---- changing ----

	/**
	 * Changes an event as the editor saw it at {@code baseVersion}. Titles, description, kind, languages and organisers
	 * change at once; so do dates and venue, unless the event is joint and the editor is not a platform admin: then
	 * they are proposed to the partner city, on the version this edit leaves.
	 */
	@Transactional
	public Outcome edit(String slug, EventDraft draft, NewVenue newVenue, long baseVersion) {
		var caller = requireStaff();
		draft = withVenue(draft, newVenue);
		var managed = event(slug);
		var event = managed.event();
		requireVersion(managed, baseVersion);
		// the organising cities are not edited here; a joint event stays joint
		var checked = new EventDraft(draft.seriesId(), draft.kind(), draft.title(), draft.description(),
				draft.venueId(), draft.startsAt(), draft.endsAt(), draft.languages(), draft.organisers(),
				draft.partnership(), managed.cities());
		checked.check();
		requireVenue(checked.venueId());
		var before = snapshots.snapshot(event.id());
		boolean scheduleChanged = !checked.startsAt().equals(event.startsAt()) || !checked.endsAt().equals(event.endsAt())
				|| checked.venueId() != event.venue().id();
		boolean proposeSchedule = scheduleChanged && managed.joint() && !caller.isPlatformAdmin();
		int updated = jdbc.sql("""
				update event.event set kind = :kind, title = cast(:title as jsonb),
				  description = cast(:description as jsonb), languages = :languages, organisers = :organisers,
				  starts_at = :starts, ends_at = :ends, venue_id = :venue, version = version + 1
				where id = :id and version = :version
				""")
			.param("kind", checked.kind().name()).param("title", rows.json(checked.title()))
			.param("description", rows.json(checked.description()))
			.param("languages", checked.languages().toArray(String[]::new))
			.param("organisers", checked.organisers().toArray(String[]::new))
			.param("starts", proposeSchedule ? event.startsAt() : checked.startsAt())
			.param("ends", proposeSchedule ? event.endsAt() : checked.endsAt())
			.param("venue", proposeSchedule ? event.venue().id() : checked.venueId())
			.param("id", event.id()).param("version", baseVersion)
			.update();
		if (updated != 1) {
			throw new EventChangeRefusedException(Reason.STALE, "the event changed since it was read");
		}
		audit.record(Audited.of("event", event.id(), "edited", before, snapshots.snapshot(event.id()))
			.ownedBy(managed.cities()));
		if (!proposeSchedule) {
			return new Outcome(true, null);
		}
		var proposed = new LinkedHashMap<String, String>();
		proposed.put("startsAt", checked.startsAt().toString());
		proposed.put("endsAt", checked.endsAt().toString());
		proposed.put("venue", venueSlug(checked.venueId()));
		var proposal = propose(caller, managed, JointEventChanges.SCHEDULE, proposed, baseVersion + 1);
		return new Outcome(false, proposal.id());
	}

	/**
	 * Changes a series' titles and descriptions (and its organisers) as the editor saw it at {@code baseVersion}; the
	 * organising cities stay as they are. Recorded in the audit trail with the series before and after.
	 */
	@Transactional
	public void editSeries(String slug, LocalizedText title, LocalizedText description, List<String> organisers,
			long baseVersion) {
		var managed = series(slug);
		if (title == null || title.isEmpty()) {
			throw new EventChangeRefusedException(Reason.TITLE_REQUIRED, "a title in at least one language");
		}
		title.texts().values().forEach(text -> EventDraft.text(text, EventDraft.MAX_TITLE));
		var descriptions = description == null ? new LocalizedText(Map.of()) : description;
		descriptions.texts().values().forEach(text -> EventDraft.text(text, EventDraft.MAX_DESCRIPTION));
		var names = organisers == null ? List.<String>of() : organisers;
		if (names.size() > 20) {
			throw new EventChangeRefusedException(Reason.TOO_LONG, "at most 20 organisers");
		}
		names.forEach(name -> EventDraft.text(name, EventDraft.MAX_NAME));
		requireSeriesVersion(managed, baseVersion);
		var before = seriesSnapshot(managed);
		int updated = jdbc.sql("""
				update event.series set title = cast(:title as jsonb), description = cast(:description as jsonb),
				  organisers = :organisers, version = version + 1
				where id = :id and version = :version
				""").param("title", rows.json(title)).param("description", rows.json(descriptions))
			.param("organisers", names.toArray(String[]::new)).param("id", managed.series().id())
			.param("version", baseVersion).update();
		if (updated != 1) {
			throw new EventChangeRefusedException(Reason.STALE, "the series changed since it was read");
		}
		audit.record(Audited.of("series", managed.series().id(), "edited", before, seriesSnapshot(series(slug)))
			.ownedBy(managed.cities()));
	}

	/**
	 * Makes an event a sub-event of the series (moving it out of another series it was in), or, with {@code attach}
	 * false, takes it out. The editor organises both; the series and the event each move to their next version.
	 */
	@Transactional
	public void changeSubEvent(String seriesSlug, String eventSlug, boolean attach, long baseVersion) {
		var managed = series(seriesSlug);
		var event = event(eventSlug);
		requireSeriesVersion(managed, baseVersion);
		boolean inSeries = Objects.equals(event.event().seriesId(), managed.series().id());
		if (!attach && !inSeries) {
			throw new EventChangeRefusedException(Reason.NOT_IN_SERIES, eventSlug);
		}
		if (attach && inSeries) {
			return;
		}
		var before = seriesSnapshot(managed);
		var eventBefore = snapshots.snapshot(event.event().id());
		int updated = jdbc.sql("update event.series set version = version + 1 where id = :id and version = :version")
			.param("id", managed.series().id()).param("version", baseVersion).update();
		if (updated != 1) {
			throw new EventChangeRefusedException(Reason.STALE, "the series changed since it was read");
		}
		var left = attach ? event.event().seriesId() : null;
		if (left != null) {
			// the series the event leaves changes too: an editor who read it with the event is refused, not overruled
			var leftBefore = seriesSnapshot(seriesById(left));
			jdbc.sql("update event.series set version = version + 1 where id = :id").param("id", left).update();
			var leftAfter = seriesById(left);
			audit.record(Audited.of("series", left, "sub-event detached", leftBefore, seriesSnapshot(leftAfter))
				.ownedBy(leftAfter.cities()));
		}
		jdbc.sql("update event.event set series_id = :series, version = version + 1 where id = :id")
			.param("series", attach ? managed.series().id() : null).param("id", event.event().id()).update();
		audit.record(Audited.of("series", managed.series().id(), attach ? "sub-event attached" : "sub-event detached",
				before, seriesSnapshot(series(seriesSlug))).ownedBy(managed.cities()));
		audit.record(Audited.of("event", event.event().id(), attach ? "attached to a series" : "detached from a series",
				eventBefore, snapshots.snapshot(event.event().id())).ownedBy(event.cities()));
	}

	private static Map<String, Object> seriesSnapshot(ManagedSeries managed) {
		var snapshot = new LinkedHashMap<String, Object>();
		snapshot.put("slug", managed.series().slug());
		snapshot.put("title", managed.series().title().texts());
		snapshot.put("description", managed.series().description().texts());
		snapshot.put("organisers", managed.series().organisers());
		snapshot.put("events", managed.events().stream().map(Event::slug).toList());
		snapshot.put("version", managed.version());
		return snapshot;
	}

	private static void requireSeriesVersion(ManagedSeries managed, long baseVersion) {
		if (managed.version() != baseVersion) {
			throw new EventChangeRefusedException(Reason.STALE, "the series changed since it was read");
		}
	}

	/** Adds a kind of ticket to an event; answers its id. */
	@Transactional
	public long addType(String slug, String code, LocalizedText name, int maxGroup, long baseVersion) {
		var managed = event(slug);
		requireVersion(managed, baseVersion);
		requireCode(code);
		requireName(name);
		if (maxGroup < 1 || maxGroup > 100) {
			throw new EventChangeRefusedException(Reason.BAD_CAPACITY, "groups of 1 to 100");
		}
		if (catalogue.types(managed.event().id()).stream().anyMatch(t -> t.code().equals(code))) {
			throw new EventChangeRefusedException(Reason.DUPLICATE_CODE, code);
		}
		var before = snapshots.snapshot(managed.event().id());
		long id = planning.type(managed.event().id(), code, name, maxGroup);
		bump(managed.event().id(), baseVersion);
		audit.record(Audited.of("event", managed.event().id(), "type added", before, snapshots.snapshot(managed.event().id()))
			.ownedBy(managed.cities()));
		return id;
	}

	/** Adds a quota of places shared by one or more of the event's types; answers its id. */
	@Transactional
	public long addQuota(String slug, String code, LocalizedText name, int capacity, List<Long> typeIds,
			long baseVersion) {
		var managed = event(slug);
		requireVersion(managed, baseVersion);
		requireCode(code);
		requireName(name);
		if (capacity < 0 || capacity > 1_000_000) {
			throw new EventChangeRefusedException(Reason.BAD_CAPACITY, "capacity " + capacity);
		}
		if (typeIds == null || typeIds.isEmpty()) {
			throw new EventChangeRefusedException(Reason.NO_TYPES, "a quota covers at least one type");
		}
		if (catalogue.quotas(managed.event().id()).stream().anyMatch(q -> q.code().equals(code))) {
			throw new EventChangeRefusedException(Reason.DUPLICATE_CODE, code);
		}
		var before = snapshots.snapshot(managed.event().id());
		long id;
		try {
			id = planning.quota(managed.event().id(), code, name, capacity, typeIds);
		}
		catch (RegistrationRefusedException e) {
			throw new EventChangeRefusedException(Reason.NO_TYPES, e.getMessage());
		}
		bump(managed.event().id(), baseVersion);
		audit.record(Audited.of("event", managed.event().id(), "quota added", before, snapshots.snapshot(managed.event().id()))
			.ownedBy(managed.cities()));
		return id;
	}

	/**
	 * Changes a quota's places (lowering takes no place from anyone; raising offers the new places to the waiting
	 * list). On a joint event an officer's change waits for the partner city.
	 */
	@Transactional
	public Outcome changeCapacity(String slug, long quotaId, int capacity, long baseVersion) {
		var caller = requireStaff();
		var managed = event(slug);
		requireVersion(managed, baseVersion);
		var quota = catalogue.quotas(managed.event().id()).stream().filter(q -> q.id() == quotaId).findFirst()
			.orElseThrow(() -> new NotFoundException("quota", String.valueOf(quotaId)));
		if (capacity < 0 || capacity > 1_000_000) {
			throw new EventChangeRefusedException(Reason.BAD_CAPACITY, "capacity " + capacity);
		}
		if (managed.joint() && !caller.isPlatformAdmin()) {
			var places = JointEventChanges.places(catalogue.quotas(managed.event().id()));
			places.put(quota.code(), capacity);
			var proposed = Map.of("capacity", JointEventChanges.text(places));
			return new Outcome(false, propose(caller, managed, JointEventChanges.CAPACITY, proposed, baseVersion).id());
		}
		var before = snapshots.snapshot(managed.event().id());
		bump(managed.event().id(), baseVersion);
		registrations.changeCapacity(quotaId, capacity);
		audit.record(Audited.of("event", managed.event().id(), "capacity changed", before,
				snapshots.snapshot(managed.event().id())).ownedBy(managed.cities()));
		return new Outcome(true, null);
	}

	/**
	 * Moves someone on the waiting list to another place in line (1 is the head). Only with a reason, which the
	 * waiting list's history keeps beside who moved them.
	 */
	@Transactional
	public void move(String slug, String reference, int position, String reason) {
		var caller = requireStaff();
		var managed = event(slug);
		var registration = registrationOf(managed, reference);
		if (reason == null || reason.isBlank()) {
			throw new EventChangeRefusedException(Reason.REASON_REQUIRED, "a move needs a reason");
		}
		EventDraft.text(reason.strip(), MAX_REASON);
		var line = registrations.waitingList(managed.event().id());
		if (line.stream().noneMatch(r -> r.id() == registration.id())) {
			throw new EventChangeRefusedException(Reason.NOT_WAITING, reference);
		}
		if (position < 1 || position > line.size()) {
			throw new EventChangeRefusedException(Reason.BAD_POSITION, "position " + position);
		}
		int from = line.indexOf(line.stream().filter(r -> r.id() == registration.id()).findFirst().orElseThrow()) + 1;
		registrations.move(reference, position, reason.strip(), caller.username());
		var before = new LinkedHashMap<String, Object>();
		before.put("reference", reference);
		before.put("position", from);
		var after = new LinkedHashMap<String, Object>(before);
		after.put("position", position);
		after.put("reason", reason.strip());
		audit.record(Audited.of("event", managed.event().id(), "waiting list moved", before, after)
			.ownedBy(managed.cities()));
	}

	/** Checks a confirmed attendee in at the door, or undoes it; answers the door's outcome. */
	@Transactional
	public String checkIn(String slug, String reference, boolean undo) {
		var managed = event(slug);
		var registration = registrationOf(managed, reference);
		if (registration.status() != Registration.Status.CONFIRMED) {
			throw new EventChangeRefusedException(Reason.NOT_CONFIRMED, reference);
		}
		var result = undo ? checkIns.undo(slug, reference) : checkIns.checkIn(slug, reference);
		var after = new LinkedHashMap<String, Object>();
		after.put("reference", reference);
		after.put("outcome", result.outcome());
		audit.record(Audited.of("event", managed.event().id(), undo ? "check-in undone" : "checked in", null, after)
			.ownedBy(managed.cities()));
		return result.outcome();
	}

	// ---- the parts ----

	/** The draft at a venue typed beside it, created in the same transaction (so a refused draft leaves none). */
	private EventDraft withVenue(EventDraft draft, NewVenue newVenue) {
		if (newVenue == null) {
			return draft;
		}
		new EventDraft(draft.seriesId(), draft.kind(), draft.title(), draft.description(), 0, draft.startsAt(),
				draft.endsAt(), draft.languages(), draft.organisers(), draft.partnership(),
				draft.cities().isEmpty() ? List.of(0L) : draft.cities()).check();
		long venue = venue(LocalizedText.of("en", newVenue.name() == null ? "" : newVenue.name().strip()),
				newVenue.address(), newVenue.locality(), newVenue.country(), newVenue.timeZone());
		return new EventDraft(draft.seriesId(), draft.kind(), draft.title(), draft.description(), venue,
				draft.startsAt(), draft.endsAt(), draft.languages(), draft.organisers(), draft.partnership(),
				draft.cities());
	}

	private Proposal propose(Caller caller, Managed managed, String kind, Map<String, String> proposed,
			long baseVersion) {
		long proposing = managed.cities().stream().filter(caller::isStaffOf).findFirst().orElseThrow();
		long approving = managed.cities().stream().filter(city -> city != proposing).findFirst().orElseThrow();
		return approvals.propose(new NewProposal(kind, managed.event().id(), managed.event().slug(), proposing,
				approving, proposed, baseVersion));
	}

	private Registration registrationOf(Managed managed, String reference) {
		var registration = registrations.find(reference);
		if (registration.eventId() != managed.event().id()) {
			throw new NotFoundException("registration", reference);
		}
		return registration;
	}

	private void bump(long eventId, long baseVersion) {
		int updated = jdbc.sql("update event.event set version = version + 1 where id = :id and version = :version")
			.param("id", eventId).param("version", baseVersion).update();
		if (updated != 1) {
			throw new EventChangeRefusedException(Reason.STALE, "the event changed since it was read");
		}
	}

	private static void requireVersion(Managed managed, long baseVersion) {
		if (managed.version() != baseVersion) {
			throw new EventChangeRefusedException(Reason.STALE, "the event changed since it was read");
		}
	}

	private void requireVenue(long venueId) {
		if (jdbc.sql("select count(*) from event.venue where id = :id").param("id", venueId).query(Integer.class)
			.single() == 0) {
			throw new EventChangeRefusedException(Reason.UNKNOWN_VENUE, String.valueOf(venueId));
		}
	}

	private void requireSeries(long seriesId) {
		var cities = jdbc.sql("select cities from event.series where id = :id").param("id", seriesId)
			.query((rs, n) -> longs(rs.getArray(1))).optional()
			.orElseThrow(() -> new EventChangeRefusedException(Reason.UNKNOWN_SERIES, String.valueOf(seriesId)));
		requireOrganiser(cities);
	}

	private String venueSlug(long venueId) {
		return jdbc.sql("select slug from event.venue where id = :id").param("id", venueId).query(String.class)
			.single();
	}

	private static void requireCode(String code) {
		if (code == null || !CODE.matcher(code).matches()) {
			throw new EventChangeRefusedException(Reason.BAD_CODE, String.valueOf(code));
		}
	}

	private static void requireName(LocalizedText name) {
		if (name == null || name.isEmpty()) {
			throw new EventChangeRefusedException(Reason.TITLE_REQUIRED, "a name in at least one language");
		}
		name.texts().values().forEach(text -> EventDraft.text(text, EventDraft.MAX_NAME));
	}

	private Caller requireStaff() {
		var caller = access.requireSignedIn();
		if (!caller.isStaff()) {
			throw new AccessDeniedException(AccessDeniedException.Reason.STAFF,
					caller.username() + " is not staff and may not manage events");
		}
		return caller;
	}

	private void requireOrganiser(List<Long> cities) {
		requireOrganiser(cities, requireStaff());
	}

	/** Staff of one of the organising cities, or a platform admin; an event of no city is the platform's. */
	private static void requireOrganiser(List<Long> cities, Caller caller) {
		if (!caller.isPlatformAdmin() && cities.stream().noneMatch(caller::isStaffOf)) {
			throw new AccessDeniedException(AccessDeniedException.Reason.STAFF,
					caller.username() + " is not staff of a city that organises this");
		}
	}

	private static Long[] cities(Caller caller) {
		return caller.staffCities().toArray(Long[]::new);
	}

	static List<Long> longs(java.sql.Array array) throws java.sql.SQLException {
		if (array == null) {
			return List.of();
		}
		var values = new ArrayList<Long>();
		for (var value : (Object[]) array.getArray()) {
			values.add(((Number) value).longValue());
		}
		return List.copyOf(values);
	}

	private String freeSlug(String table, String title) {
		var base = Normalizer.normalize(Objects.requireNonNullElse(title, ""), Normalizer.Form.NFKD)
			.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
		if (base.length() > 60) {
			base = base.substring(0, 60).replaceAll("-+$", "");
		}
		if (base.isEmpty()) {
			base = table;
		}
		var sql = "select count(*) from event." + switch (table) {
			case "venue" -> "venue";
			case "series" -> "series";
			default -> "event";
		} + " where slug = :slug";
		var slug = base;
		for (int n = 2; jdbc.sql(sql).param("slug", slug).query(Integer.class).single() > 0; n++) {
			slug = base + "-" + n;
		}
		return slug;
	}

	private static String englishOrAny(LocalizedText text) {
		return text.exactly("en").orElseGet(() -> text.texts().values().iterator().next());
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}
}
