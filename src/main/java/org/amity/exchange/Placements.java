package org.amity.exchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Placement of a direction's participants with hosts: participants list the hosts they want, hosts their capacity
 * and, if they wish, the participants they prefer (otherwise the call's ranking); deferred acceptance matches them,
 * and a coordinator may then move someone, giving the reason, which is kept.
 */
@Service
public class Placements {

	private final ExchangeRepository repository;
	private final Calls calls;
	private final Reviews reviews;
	private final ExchangeClock clock;
	private final ApplicationEventPublisher events;
	private final ExchangeAccess access;
	private final ExchangeAudit audit;

	Placements(ExchangeRepository repository, Calls calls, Reviews reviews, ExchangeClock clock,
			ApplicationEventPublisher events, ExchangeAccess access, ExchangeAudit audit) {
		this.access = access;
		this.audit = audit;
		this.repository = repository;
		this.calls = calls;
		this.reviews = reviews;
		this.clock = clock;
		this.events = events;
	}

	@Transactional
	public Host addHost(long callId, Direction direction, Host.Kind kind, String name, Long organisationId,
			int capacity, List<Long> preferences, boolean demo) {
		mayPlace(callId);
		var call = calls.get(callId);
		if (call.settings().quota(direction).isEmpty()) {
			throw new ExchangeRefusedException(ExchangeRefusedException.Reason.DIRECTION_UNKNOWN, "No such direction");
		}
		var host = new Host(0, callId, direction, kind, name, organisationId, capacity, preferences, demo);
		requirePreferencesOfTheCall(callId, direction, preferences);
		long id = repository.insert(host);
		var added = new Host(id, callId, direction, kind, name, organisationId, capacity, preferences, demo);
		audit.host(added, "host added", null, added);
		return added;
	}

	/** Changes a host's kind, name, organisation, capacity or preferences; its direction stays. */
	@Transactional
	public Host editHost(long callId, long hostId, Host.Kind kind, String name, Long organisationId, int capacity,
			List<Long> preferences) {
		mayPlace(callId);
		var host = repository.hosts(callId).stream().filter(h -> h.id() == hostId).findFirst()
			.orElseThrow(() -> new org.amity.shared.NotFoundException("host", String.valueOf(hostId)));
		requirePreferencesOfTheCall(callId, host.direction(), preferences);
		var changed = new Host(hostId, callId, host.direction(), kind, name, organisationId, capacity, preferences,
				host.demo());
		repository.update(changed);
		audit.host(changed, "host changed", host, changed);
		return changed;
	}

	/** A host prefers applications of its own call and direction only. */
	private void requirePreferencesOfTheCall(long callId, Direction direction, List<Long> preferences) {
		if (preferences == null) {
			return;
		}
		var ofDirection = repository.applications(callId).stream().filter(a -> a.direction().equals(direction))
			.map(Application::id).toList();
		var unknown = preferences.stream().filter(id -> !ofDirection.contains(id)).map(String::valueOf).toList();
		if (!unknown.isEmpty()) {
			throw new ExchangeRefusedException(ExchangeRefusedException.Reason.FIELD_UNKNOWN,
					"A host prefers applications of its direction", unknown);
		}
	}

	@Transactional(readOnly = true)
	public List<Host> hosts(long callId) {
		return repository.hosts(callId);
	}

	/** A participant's wished hosts, most wanted first; only hosts of their own direction. */
	@Transactional
	public void wish(Application application, List<Long> hostIds) {
		var hosts = repository.hosts(application.callId());
		for (var id : hostIds) {
			if (hosts.stream().noneMatch(h -> h.id() == id && h.direction().equals(application.direction()))) {
				throw new ExchangeRefusedException(ExchangeRefusedException.Reason.FIELD_UNKNOWN, "No such host",
						List.of(String.valueOf(id)));
			}
		}
		repository.putWishes(application.id(), hostIds.stream().distinct().toList());
	}

	@Transactional(readOnly = true)
	public Map<Long, List<Long>> wishes(long callId) {
		return repository.wishes(callId);
	}

	@Transactional(readOnly = true)
	public Map<Long, Long> placements(long callId) {
		return repository.placements(callId);
	}

	/**
	 * Matches the direction's participants holding a place with its hosts by deferred acceptance and records every
	 * placement that changed. A participant who listed no host is matched against every host, in host order.
	 */
	@Transactional
	public Map<Long, Long> match(long callId, Direction direction) {
		mayPlace(callId);
		var call = calls.get(callId);
		var participants = repository.applications(callId).stream()
			.filter(a -> a.direction().equals(direction) && a.status().holdsAPlace())
			.map(Application::id)
			.toList();
		var hosts = repository.hosts(callId).stream().filter(h -> h.direction().equals(direction)).toList();
		var ranking = reviews.ranking(callId, direction).stream().map(Ranking.Entry::applicationId).toList();
		var wishes = repository.wishes(callId);
		var participantPrefs = new HashMap<Long, List<Long>>();
		for (var p : participants) {
			participantPrefs.put(p, wishes.getOrDefault(p, hosts.stream().map(Host::id).toList()));
		}
		var hostPrefs = new HashMap<Long, List<Long>>();
		var capacities = new HashMap<Long, Integer>();
		for (var h : hosts) {
			var order = new ArrayList<>(h.preferences() != null ? h.preferences() : ranking);
			// participants the ranking does not list (none should be) come last rather than being refused
			participants.stream().filter(p -> h.preferences() == null && !order.contains(p)).forEach(order::add);
			hostPrefs.put(h.id(), order);
			capacities.put(h.id(), h.capacity());
		}
		var matching = DeferredAcceptance.match(participantPrefs, hostPrefs, capacities);
		var current = repository.placements(callId);
		var now = clock.now();
		for (var p : participants) {
			var before = current.get(p);
			var after = matching.get(p);
			if (!java.util.Objects.equals(before, after)) {
				repository.place(p, before, after, "matched by deferred acceptance", now);
				audit.placement(p, direction, before, after, "matched by deferred acceptance");
				if (after != null) {
					events.publishEvent(new ParticipantPlaced(p, callId, call.programId(), after, direction,
							call.year(), "matched by deferred acceptance"));
				}
			}
		}
		return matching;
	}

	/** A coordinator places a participant with another host, within its capacity; the reason is required. */
	@Transactional
	public void adjust(long applicationId, long hostId, String reason) {
		if (reason == null || reason.isBlank()) {
			throw new ExchangeRefusedException(ExchangeRefusedException.Reason.REASON_REQUIRED,
					"An adjustment needs a reason");
		}
		var application = repository.application(applicationId)
			.orElseThrow(() -> new org.amity.shared.NotFoundException("application", String.valueOf(applicationId)));
		mayPlace(application.callId());
		if (!application.status().holdsAPlace()) {
			throw new ExchangeRefusedException(ExchangeRefusedException.Reason.NOT_ACCEPTED,
					"Only participants holding a place are placed");
		}
		var host = repository.hosts(application.callId()).stream()
			.filter(h -> h.id() == hostId && h.direction().equals(application.direction()))
			.findFirst()
			.orElseThrow(() -> new ExchangeRefusedException(ExchangeRefusedException.Reason.FIELD_UNKNOWN,
					"No such host", List.of(String.valueOf(hostId))));
		var placements = repository.placements(application.callId());
		var before = placements.get(applicationId);
		if (before != null && before == hostId) {
			return;
		}
		long taken = placements.values().stream().filter(h -> h == hostId).count();
		if (taken >= host.capacity()) {
			throw new ExchangeRefusedException(ExchangeRefusedException.Reason.CAPACITY_FULL, "The host is full");
		}
		var call = calls.get(application.callId());
		repository.place(applicationId, before, hostId, "adjusted: " + reason.strip(), clock.now());
		audit.placement(applicationId, application.direction(), before, hostId, "adjusted: " + reason.strip());
		events.publishEvent(new ParticipantPlaced(applicationId, call.id(), call.programId(), hostId,
				application.direction(), call.year(), reason.strip()));
	}

	/** Every placement change of a call, with its reason. */
	@Transactional(readOnly = true)
	public List<Change> changes(long callId) {
		return repository.placementChanges(callId).stream()
			.map(c -> new Change(c.applicationId(), c.fromHost(), c.toHost(), c.reason(), c.at()))
			.toList();
	}

	public record Change(long applicationId, Long fromHost, Long toHost, String reason, java.time.Instant at) {
	}

	/** Participants are placed by the call's coordinators. */
	private void mayPlace(long callId) {
		access.coordinatorOfCall(callId);
	}
}
