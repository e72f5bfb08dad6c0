package org.amity.event;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.amity.event.RegistrationRefusedException.Reason;
import org.amity.shared.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registering for events, and everything that moves places between people: cancelling, the waiting list and its
 * offers, capacity changes. Locks are taken in one order everywhere: the event's line lock (an advisory lock, shared
 * when registering, exclusive when freeing places or reordering the line), then the idempotency key, then the quota
 * rows in ascending id order, then registrations; so two transactions never wait for each other in a circle. The room
 * left is checked only under the quota's lock, inside the same transaction. A lock not had within the lock timeout
 * ends the transaction (PostgreSQL's {@code lock_timeout}) and the caller is told to try again.
 */
@Service
public class Registrations {

	/**
	 * Off only in the test that proves the concurrency tests can fail: without the locks the same scenario oversells.
	 */
	static volatile boolean locking = true;

	private static final Pattern EMAIL = Pattern.compile("[^@\\s<>\",;]{1,64}@[^@\\s<>\",;]{1,255}\\.[^@\\s<>\",;]{1,63}");
	/**
	 * The first key of the event's line lock ({@code pg_advisory_xact_lock(6, event)}): shared by everyone registering,
	 * exclusive for whatever frees places or reorders the waiting list.
	 */
	static final int LINE_LOCK_SPACE = 6;

	/** How often a registration reads a definition again that changed under it before it answers "busy". */
	static final int STALE_ATTEMPTS = 5;

	private static final SecureRandom RANDOM = new SecureRandom();
	private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

	private final JdbcClient jdbc;
	private final EventRows rows;
	private final EventCatalogue catalogue;
	private final EventDefinitions definitions;
	private final EventAccess access;
	private final RegistrationMail mail;
	private final ApplicationEventPublisher events;
	private final int lockTimeoutMillis;
	private final org.springframework.transaction.support.TransactionTemplate transactions;

	Registrations(javax.sql.DataSource dataSource,
			org.springframework.transaction.PlatformTransactionManager transactionManager, EventRows rows, EventCatalogue catalogue, EventDefinitions definitions, EventAccess access,
			RegistrationMail mail, ApplicationEventPublisher events,
			@Value("${amity.event.lock-timeout-ms:3000}") int lockTimeoutMillis) {
		this.jdbc = JdbcClient.create(LockTimeouts.template(dataSource));
		this.rows = rows;
		this.catalogue = catalogue;
		this.definitions = definitions;
		this.access = access;
		this.mail = mail;
		this.events = events;
		this.lockTimeoutMillis = lockTimeoutMillis;
		this.transactions = new org.springframework.transaction.support.TransactionTemplate(transactionManager);
	}

	/**
	 * Registers a person (or a group) for an event: confirmed when every quota of the type has room for the whole
	 * group, else put on the waiting list. With an idempotency key (an {@code Idempotency-Key} header or a form's
	 * token) the same request answers the same registration again; the same key with another request is refused.
	 * <p>
	 * The whole registration is one statement and the outbox's mail in one short transaction: the event's definition
	 * comes from {@link EventDefinitions}, and the statement checks that it is still current, keeps the key, takes the
	 * places (the quota's count is raised only where its room, read under the row's lock, holds the whole group) and
	 * writes the registration with its history. Everyone registering holds the event's line lock in shared mode, and
	 * everything that frees places (which go to the line) holds it exclusively, so nobody joins the waiting list
	 * while a place is being freed past them.
	 */
	public RegistrationOutcome register(String eventSlug, RegistrationRequest request, String idempotencyKey) {
		try {
			var definition = definitions.of(eventSlug);
			for (int attempt = 1;; attempt++) {
				var current = definition;
				RegistrationOutcome outcome;
				try {
					outcome = transactions.execute(status -> register(current, request, idempotencyKey));
				}
				catch (RegistrationRefusedException e) {
					// refused by the cached definition (a type, a question, the event's status): only if it is current
					if (e.reason() == Reason.KEY_REUSED || definitions.isCurrent(current)) {
						throw e;
					}
					outcome = null;
				}
				if (outcome != null) {
					return outcome;
				}
				if (attempt >= STALE_ATTEMPTS) {
					// the definition changes faster than it can be read: answered as busy, to be tried again
					throw new CannotAcquireLockException("event " + eventSlug + " changed while registering");
				}
				definition = definitions.reload(eventSlug, current);
			}
		}
		catch (CannotCreateTransactionException e) {
			// no connection within the pool's timeout: the instance is overloaded, which is "busy", not a fault
			throw new CannotAcquireLockException("no database connection free", e);
		}
	}

	/** The registration against a definition, or null when the definition turned out to be old (nothing written). */
	private RegistrationOutcome register(EventDefinitions.Definition definition, RegistrationRequest request,
			String idempotencyKey) {
		var event = definition.event();
		if (event.status() != Event.Status.SCHEDULED) {
			throw new RegistrationRefusedException(Reason.EVENT_CLOSED, "event " + event.slug() + " is " + event.status());
		}
		var type = validate(definition, request);
		var quotas = definition.quotas(type.id());
		String key = idempotencyKey == null ? null : event.id() + ":" + idempotencyKey;
		String fingerprint = key == null ? null : sha256(request.fingerprint(event.id()));
		boolean locked = locking;
		var statement = jdbc.sql(registrationStatement(quotas.size(), locked))
			.param("event", event.id()).param("version", definition.version())
			.param("lockTimeout", String.valueOf(Math.max(1, lockTimeoutMillis))).param("key", key).param("hash", fingerprint)
			.param("reference", reference()).param("type", type.id())
			.param("email", request.email()).param("name", request.name()).param("language", language(request))
			.param("quantity", request.quantity()).param("answers", rows.json(request.answers()));
		if (!quotas.isEmpty()) {
			statement = statement.param("quotas", quotas).param("quota", quotas.get(0))
				.param("quotaCount", quotas.size());
		}
		if (!locked && !quotas.isEmpty()) {
			// the control test's way: room read first without any lock, the count raised later regardless
			statement = statement.param("fits", fits(readQuotas(
					"select q.id, q.capacity, q.taken from event.quota q where q.id in (select t.quota_id from"
							+ " event.quota_type t where t.type_id = :scope)", type.id(), ""),
					request.quantity()));
		}
		var written = statement.query((rs, n) -> rs.getObject("id") == null
				? new Written(null, rs.getInt("fresh") > 0) : new Written(rows.registration(rs, n), true))
			.single();
		if (!written.fresh()) {
			return null;
		}
		if (written.registration() == null) {
			return replay(key, fingerprint);
		}
		var registration = written.registration();
		var status = registration.status();
		if (status == Registration.Status.CONFIRMED) {
			mail.confirmed(event, registration);
			events.publishEvent(new RegistrationConfirmed(event.id(), event.slug(), event.partnership(),
					event.startsAt().getYear(), registration.id(), request.quantity()));
		}
		else {
			mail.waitlisted(event, registration);
			events.publishEvent(new RegistrationWaitlisted(event.id(), event.slug(), event.partnership(),
					event.startsAt().getYear(), registration.id(), request.quantity()));
		}
		return new RegistrationOutcome(registration, status, false);
	}

	/** What the registration's statement wrote: nothing when the key was used before or the definition was old. */
	private record Written(Registration registration, boolean fresh) {
	}

	/**
	 * The registration in one statement, by the number of quotas the type counts against. Its parts run in the order
	 * their results are needed: the definition's check (and the line lock), the key, the quotas (each locked by the
	 * update that raises its count, or, for several, all locked first in ascending id order), then the history entry
	 * whose number is the place in line, and the registration.
	 */
	static String registrationStatement(int quotaCount, boolean locking) {
		// the lock timeout is set first in the statement, before any of its parts waits for a lock
		var sql = new StringBuilder("""
				with def as (
				  select e.id, set_config('lock_timeout', :lockTimeout, true) as timeout,
				    nextval('event.registration_id_seq') as rid%s
				  from event.event e where e.id = :event and e.definition_version = :version
				),
				k as (
				  insert into event.idempotency_key (key, payload_hash, registration_id)
				  select cast(:key as text), :hash, rid from def where cast(:key as text) is not null
				  on conflict do nothing
				  returning key
				),
				go as (
				  select rid from def where cast(:key as text) is null or exists (select 1 from k)
				),
				""".formatted(locking ? ", pg_advisory_xact_lock_shared(" + LINE_LOCK_SPACE
						+ ", cast(:event % 2147483647 as int)) as line" : ""));
		String confirmed;
		if (quotaCount == 0) {
			confirmed = "true";
		}
		else {
			if (!locking) {
				sql.append("""
						took as (
						  update event.quota set taken = taken + :quantity
						  where id in (:quotas) and :fits and exists (select 1 from go)
						  returning id
						),
						""");
			}
			else if (quotaCount == 1) {
				sql.append("""
						took as (
						  update event.quota set taken = taken + :quantity
						  where id = :quota and capacity - taken >= :quantity and exists (select 1 from go)
						  returning id
						),
						""");
			}
			else {
				sql.append("""
						locked as (
						  select id, capacity - taken >= :quantity as room from event.quota
						  where id in (:quotas) and exists (select 1 from go) order by id for no key update
						),
						took as (
						  update event.quota set taken = taken + :quantity
						  where id in (:quotas) and (select count(*) filter (where room) from locked) = :quotaCount
						  returning id
						),
						""");
			}
			confirmed = "(select count(*) from took) = :quotaCount";
		}
		sql.append("""
				outcome as (
				  select rid, case when %s then 'CONFIRMED' else 'WAITLISTED' end as status from go
				),
				h as (
				  insert into event.registration_history (event_id, registration_id, action)
				  select :event, rid, status from outcome
				  returning seq, registration_id, action
				),
				r as (
				  insert into event.registration (id, reference, event_id, type_id, email, name, language, quantity,
				    status, answered, answers, queue_rank)
				  select registration_id, :reference, :event, :type, :email, :name, :language, :quantity, action, action,
				    cast(:answers as jsonb), case when action = 'WAITLISTED' then seq end
				  from h
				  returning *
				)
				select (select count(*) from def) as fresh, r.* from (values (1)) as one left join r on true
				""".formatted(confirmed));
		return sql.toString();
	}

	private RegistrationOutcome replay(String key, String fingerprint) {
		var kept = jdbc.sql("""
				select k.payload_hash, coalesce(k.answer, r.answered) as first_answer, r.*
				from event.idempotency_key k join event.registration r on r.id = k.registration_id where k.key = :key
				""")
			.param("key", key)
			.query((rs, n) -> new Object[] { rs.getString("payload_hash"), rs.getString("first_answer"),
					rows.registration(rs, n) })
			.single();
		if (!kept[0].equals(fingerprint)) {
			throw new RegistrationRefusedException(Reason.KEY_REUSED, "key used before with another registration");
		}
		return new RegistrationOutcome((Registration) kept[2], Registration.Status.valueOf((String) kept[1]), true);
	}

	private RegistrationType validate(EventDefinitions.Definition definition, RegistrationRequest request) {
		var type = definition.types().get(request.typeCode() == null ? "" : request.typeCode());
		if (type == null) {
			throw new RegistrationRefusedException(Reason.UNKNOWN_TYPE, "no type " + request.typeCode());
		}
		if (request.quantity() < 1 || request.quantity() > type.maxGroup()) {
			throw new RegistrationRefusedException(Reason.GROUP_TOO_LARGE, "quantity " + request.quantity());
		}
		if (request.email() == null || !EMAIL.matcher(request.email()).matches() || request.name() == null
				|| request.name().isBlank() || request.name().length() > 200 || hasControl(request.name())) {
			throw new RegistrationRefusedException(Reason.INVALID_PERSON, "name or e-mail address not usable");
		}
		var questions = definition.questions();
		for (var entry : request.answers().entrySet()) {
			if (questions.stream().noneMatch(q -> q.code().equals(entry.getKey())) || entry.getValue() == null
					|| entry.getValue().length() > 2000 || entry.getValue().indexOf('\u0000') >= 0) {
				throw new RegistrationRefusedException(Reason.UNKNOWN_QUESTION, "answer " + entry.getKey());
			}
		}
		for (var question : questions) {
			var answer = request.answers().get(question.code());
			if (question.required() && (answer == null || answer.isBlank())) {
				throw new RegistrationRefusedException(Reason.MISSING_ANSWER, "no answer to " + question.code());
			}
		}
		return type;
	}

	/** Cancels a registration; places it held go to the next people in line as offers. */
	@Transactional
	public Registration cancel(String reference) {
		return withdraw(reference, "CANCELLED", null, null);
	}

	/** A coordinator takes someone off the waiting list or cancels their place, saying why. */
	@Transactional
	public Registration remove(String reference, String reason, String actor) {
		access.requireStaff();
		requireReason(reason);
		access.requireStaffOfEvent(find(reference).eventId());
		return withdraw(reference, "REMOVED", reason, actor);
	}

	private Registration withdraw(String reference, String action, String reason, String actor) {
		boundLockWaits();
		var before = find(reference);
		var event = catalogue.event(before.eventId());
		var quotas = lockEventQuotas(event.id());
		var registration = lockRegistration(reference);
		var status = registration.status();
		if (status == Registration.Status.CANCELLED || status == Registration.Status.REMOVED
				|| status == Registration.Status.EXPIRED) {
			throw new RegistrationRefusedException(Reason.WRONG_STATE, "registration is " + status);
		}
		var newStatus = action.equals("REMOVED") ? Registration.Status.REMOVED : Registration.Status.CANCELLED;
		setStatus(registration.id(), newStatus);
		boolean held = registration.holdsPlaces();
		history(event.id(), registration.id(),
				held || action.equals("REMOVED") ? action : "LEFT", null, reason, actor);
		if (held) {
			release(registration, quotas);
			offerFreedPlaces(event, quotas);
		}
		events.publishEvent(new RegistrationCancelled(event.id(), event.slug(), event.partnership(),
				event.startsAt().getYear(), registration.id(), registration.quantity(), held));
		return find(reference);
	}

	/** Someone offered a freed place takes it, if the offer has not run out. */
	@Transactional
	public Registration acceptOffer(String reference) {
		boundLockWaits();
		// Only this row is locked: the places are already held for the offer, and the expiry waits for this lock.
		var registration = lockRegistration(reference);
		if (registration.status() == Registration.Status.EXPIRED) {
			throw new RegistrationRefusedException(Reason.OFFER_EXPIRED, "offer ran out");
		}
		if (registration.status() != Registration.Status.OFFERED) {
			throw new RegistrationRefusedException(Reason.WRONG_STATE, "registration is " + registration.status());
		}
		boolean open = jdbc.sql("select offer_expires > now() from event.registration where id = :id")
			.param("id", registration.id()).query(Boolean.class).single();
		if (!open) {
			throw new RegistrationRefusedException(Reason.OFFER_EXPIRED, "offer ran out");
		}
		setStatus(registration.id(), Registration.Status.CONFIRMED);
		history(registration.eventId(), registration.id(), "ACCEPTED", null, null, null);
		var event = catalogue.event(registration.eventId());
		var confirmed = find(reference);
		mail.confirmed(event, confirmed);
		events.publishEvent(new RegistrationConfirmed(event.id(), event.slug(), event.partnership(),
				event.startsAt().getYear(), registration.id(), registration.quantity()));
		return confirmed;
	}

	/** Offers whose time ran out release their places, which go to the next in line. Answers how many ran out. */
	@Transactional
	public int expireOffers() {
		boundLockWaits();
		var eventIds = jdbc.sql("""
				select distinct event_id from event.registration where status = 'OFFERED' and offer_expires <= now()
				order by event_id
				""").query(Long.class).list();
		int expired = 0;
		for (var eventId : eventIds) {
			var event = catalogue.event(eventId);
			var quotas = lockEventQuotas(eventId);
			// re-read under the locks: an offer accepted meanwhile is no longer OFFERED
			var due = jdbc.sql("""
					select * from event.registration
					where event_id = :event and status = 'OFFERED' and offer_expires <= now() order by id for update
					""").param("event", eventId).query(rows::registration).list();
			for (var registration : due) {
				setStatus(registration.id(), Registration.Status.EXPIRED);
				history(eventId, registration.id(), "EXPIRED", null, null, null);
				release(registration, quotas);
				expired++;
			}
			offerFreedPlaces(event, quotas);
		}
		return expired;
	}

	/**
	 * Changes how many places a quota has. Lowering it takes no place away from anyone; raising it offers the new
	 * places to the waiting list. Answers how many places were taken when the change was made.
	 */
	@Transactional
	public int changeCapacity(long quotaId, int capacity) {
		access.requireStaff();
		if (capacity < 0 || capacity > 1_000_000) {
			throw new RegistrationRefusedException(Reason.INVALID_CAPACITY, "capacity " + capacity);
		}
		boundLockWaits();
		var eventId = jdbc.sql("select event_id from event.quota where id = :id").param("id", quotaId)
			.query(Long.class).optional().orElseThrow(() -> new NotFoundException("quota", String.valueOf(quotaId)));
		access.requireStaffOfEvent(eventId);
		var quotas = lockEventQuotas(eventId);
		jdbc.sql("update event.quota set capacity = :c where id = :id").param("c", capacity).param("id", quotaId)
			.update();
		var quota = quotas.get(quotaId);
		quota.capacity = capacity;
		int taken = quota.taken;
		offerFreedPlaces(catalogue.event(eventId), quotas);
		return taken;
	}

	/**
	 * A coordinator moves someone on the waiting list to another position (1 is the head); only with a reason,
	 * which the history keeps.
	 */
	@Transactional
	public void move(String reference, int position, String reason, String actor) {
		access.requireStaff();
		requireReason(reason);
		boundLockWaits();
		var registration = find(reference);
		access.requireStaffOfEvent(registration.eventId());
		lockEventQuotas(registration.eventId());
		var line = new ArrayList<>(jdbc.sql("""
				select id, queue_rank from event.registration where event_id = :event and status = 'WAITLISTED'
				order by queue_rank for update
				""").param("event", registration.eventId())
			.query((rs, n) -> new Object[] { rs.getLong(1), rs.getBigDecimal(2) }).list());
		if (line.stream().noneMatch(entry -> (long) entry[0] == registration.id())) {
			throw new RegistrationRefusedException(Reason.WRONG_STATE, "not on the waiting list");
		}
		if (position < 1 || position > line.size()) {
			throw new RegistrationRefusedException(Reason.INVALID_POSITION, "position " + position);
		}
		line.removeIf(entry -> (long) entry[0] == registration.id());
		var before = position >= 2 ? (java.math.BigDecimal) line.get(position - 2)[1] : null;
		var after = position - 1 < line.size() ? (java.math.BigDecimal) line.get(position - 1)[1] : null;
		java.math.BigDecimal rank;
		if (before == null && after == null) {
			rank = java.math.BigDecimal.ONE;
		}
		else if (before == null) {
			rank = after.subtract(java.math.BigDecimal.ONE);
		}
		else if (after == null) {
			rank = before.add(java.math.BigDecimal.ONE);
		}
		else {
			rank = before.add(after).divide(java.math.BigDecimal.valueOf(2));
		}
		jdbc.sql("update event.registration set queue_rank = :rank where id = :id")
			.param("rank", rank).param("id", registration.id()).update();
		history(registration.eventId(), registration.id(), "MOVED", position, reason.strip(), actor);
	}

	@Transactional(readOnly = true)
	public Registration find(String reference) {
		return jdbc.sql("select * from event.registration where reference = :reference")
			.param("reference", reference)
			.query(rows::registration)
			.optional()
			.orElseThrow(() -> new NotFoundException("registration", reference));
	}

	@Transactional(readOnly = true)
	public List<Registration> ofEvent(long eventId) {
		return jdbc.sql("select * from event.registration where event_id = :event order by id")
			.param("event", eventId).query(rows::registration).list();
	}

	@Transactional(readOnly = true)
	public List<Registration> ofPerson(String email) {
		return jdbc.sql("select * from event.registration where lower(email) = lower(:email) order by id")
			.param("email", email).query(rows::registration).list();
	}

	/** The waiting list as it stands, head first. */
	@Transactional(readOnly = true)
	public List<Registration> waitingList(long eventId) {
		// the waiting list holds the registrations' secret references: the event's own staff only
		access.requireStaffOfEvent(eventId);
		return jdbc.sql("""
				select * from event.registration where event_id = :event and status = 'WAITLISTED'
				order by queue_rank, id
				""").param("event", eventId).query(rows::registration).list();
	}

	/** Where a waiting registration stands in line (1 is next), or 0 if it is not waiting. */
	@Transactional(readOnly = true)
	public int position(Registration registration) {
		if (registration.status() != Registration.Status.WAITLISTED) {
			return 0;
		}
		return jdbc.sql("""
				select count(*) + 1 from event.registration w, event.registration r
				where r.id = :id and w.event_id = r.event_id and w.status = 'WAITLISTED' and w.queue_rank < r.queue_rank
				""").param("id", registration.id()).query(Integer.class).single();
	}

	/** The append-only history of an event's registrations, oldest first. */
	@Transactional(readOnly = true)
	public List<HistoryEntry> history(long eventId) {
		access.requireStaffOfEvent(eventId);
		return jdbc.sql("select * from event.registration_history where event_id = :event order by seq")
			.param("event", eventId)
			.query((rs, n) -> new HistoryEntry(rs.getLong("seq"), rs.getLong("registration_id"),
					HistoryEntry.Action.valueOf(rs.getString("action")), (Integer) rs.getObject("position"),
					rs.getString("reason"), rs.getString("actor"), rs.getTimestamp("at").toInstant()))
			.list();
	}

	/** Gives freed places, in the order of the line, to each waiting registration whose whole group fits. */
	private void offerFreedPlaces(Event event, Map<Long, LockedQuota> quotas) {
		var typeQuotas = typeQuotas(event.id());
		var waiting = jdbc.sql("""
				select * from event.registration where event_id = :event and status = 'WAITLISTED'
				order by queue_rank, id for update
				""").param("event", event.id()).query(rows::registration).list();
		for (var registration : waiting) {
			var needed = typeQuotas.getOrDefault(registration.typeId(), List.of());
			if (needed.isEmpty() || !needed.stream().allMatch(id -> quotas.get(id).free() >= registration.quantity())) {
				continue;
			}
			needed.forEach(id -> quotas.get(id).taken += registration.quantity());
			jdbc.sql("update event.quota set taken = taken + :n where id in (:ids)")
				.param("n", registration.quantity()).param("ids", needed).update();
			jdbc.sql("""
					update event.registration set status = 'OFFERED',
					  offer_expires = now() + make_interval(hours => :hours) where id = :id
					""").param("hours", event.offerHours()).param("id", registration.id()).update();
			long seq = history(event.id(), registration.id(), "OFFERED", null, null, null);
			mail.offered(event, find(registration.reference()), seq);
		}
	}

	private void release(Registration registration, Map<Long, LockedQuota> quotas) {
		var ids = typeQuotas(registration.eventId()).getOrDefault(registration.typeId(), List.of());
		if (ids.isEmpty()) {
			return;
		}
		ids.forEach(id -> quotas.get(id).taken -= registration.quantity());
		jdbc.sql("update event.quota set taken = taken - :n where id in (:ids)")
			.param("n", registration.quantity()).param("ids", ids).update();
	}

	private Map<Long, List<Long>> typeQuotas(long eventId) {
		var map = new HashMap<Long, List<Long>>();
		jdbc.sql("""
				select t.type_id, t.quota_id from event.quota_type t join event.quota q on q.id = t.quota_id
				where q.event_id = :event order by t.quota_id
				""").param("event", eventId)
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) }).list()
			.forEach(pair -> map.computeIfAbsent(pair[0], k -> new ArrayList<>()).add(pair[1]));
		return map;
	}

	/**
	 * Takes the event's line lock exclusively, then its quotas: whatever frees places or reorders the line waits for
	 * the registrations in flight, and none starts until it is done, so no one joins the line past a freed place.
	 */
	private Map<Long, LockedQuota> lockEventQuotas(long eventId) {
		if (locking) {
			jdbc.sql("select pg_advisory_xact_lock(" + LINE_LOCK_SPACE + ", cast(:event % 2147483647 as int))")
				.param("event", eventId).query((rs, n) -> 1).single();
		}
		return lockQuotas("select q.id, q.capacity, q.taken from event.quota q where q.event_id = :scope", eventId);
	}

	private static boolean fits(Map<Long, LockedQuota> quotas, int quantity) {
		return quotas.values().stream().allMatch(q -> q.capacity - q.taken >= quantity);
	}

	/** The quotas selected, locked in ascending id order (unless the control test switched locking off). */
	private Map<Long, LockedQuota> lockQuotas(String select, long scope) {
		return readQuotas(select, scope, locking ? " for update" : "");
	}

	private Map<Long, LockedQuota> readQuotas(String select, long scope, String lock) {
		var sql = select + " order by q.id" + lock;
		var locked = new LinkedHashMap<Long, LockedQuota>();
		jdbc.sql(sql).param("scope", scope)
			.query((rs, n) -> new LockedQuota(rs.getLong(1), rs.getInt(2), rs.getInt(3)))
			.list()
			.forEach(q -> locked.put(q.id, q));
		return locked;
	}

	private Registration lockRegistration(String reference) {
		return jdbc.sql("select * from event.registration where reference = :reference for update")
			.param("reference", reference)
			.query(rows::registration)
			.optional()
			.orElseThrow(() -> new NotFoundException("registration", reference));
	}

	private void setStatus(long id, Registration.Status status) {
		jdbc.sql("update event.registration set status = :status, queue_rank = case when :status = 'WAITLISTED'"
				+ " then queue_rank end where id = :id")
			.param("status", status.name()).param("id", id).update();
	}

	private long history(long eventId, long registrationId, String action, Integer position, String reason,
			String actor) {
		return jdbc.sql("""
				insert into event.registration_history (event_id, registration_id, action, position, reason, actor)
				values (:event, :registration, :action, :position, :reason, :actor) returning seq
				""")
			.param("event", eventId).param("registration", registrationId).param("action", action)
			.param("position", position).param("reason", reason).param("actor", actor)
			.query(Long.class).single();
	}

	/** A lock not had within the timeout ends the transaction with an error the web layer answers as "busy". */
	private void boundLockWaits() {
		jdbc.sql("set local lock_timeout = " + Math.max(1, lockTimeoutMillis)).update();
	}

	private static void requireReason(String reason) {
		if (reason == null || reason.isBlank() || reason.length() > 1000) {
			throw new RegistrationRefusedException(Reason.REASON_REQUIRED, "a reason is required");
		}
	}

	private static String language(RegistrationRequest request) {
		return org.amity.shared.LocalizedText.LANGUAGES.contains(request.language()) ? request.language() : "en";
	}

	private static boolean hasControl(String text) {
		return text.chars().anyMatch(c -> Character.isISOControl(c));
	}

	static String reference() {
		var chars = new char[16];
		for (int i = 0; i < chars.length; i++) {
			chars[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
		}
		return new String(chars);
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
				.digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/** A quota row as read under its lock; the in-memory counts follow the updates made in the transaction. */
	static final class LockedQuota {

		final long id;
		int capacity;
		int taken;

		LockedQuota(long id, int capacity, int taken) {
			this.id = id;
			this.capacity = capacity;
			this.taken = taken;
		}

		int free() {
			return capacity - taken;
		}
	}
}
