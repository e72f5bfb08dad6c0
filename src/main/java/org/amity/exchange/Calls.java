package org.amity.exchange;

import java.time.LocalDate;
import java.util.List;

import org.amity.shared.LocalizedText;
import org.amity.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Calls for applications: preparing one for a program and year, publishing it, closing it early, reading them. */
@Service
public class Calls {

	private final ExchangeRepository repository;
	private final Programs programs;
	private final ExchangeClock clock;
	private final ApplicationEventPublisher events;
	private final ExchangeAccess access;
	private final ExchangeAudit audit;

	Calls(ExchangeRepository repository, Programs programs, ExchangeClock clock, ApplicationEventPublisher events,
			ExchangeAccess access, ExchangeAudit audit) {
		this.access = access;
		this.audit = audit;
		this.repository = repository;
		this.programs = programs;
		this.clock = clock;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public Call get(long id) {
		return repository.call(id).orElseThrow(() -> new NotFoundException("call", String.valueOf(id)));
	}

	/** Calls the public may read: published ones, of a program or all. */
	@Transactional(readOnly = true)
	public List<Call> published(Long programId) {
		return repository.calls(programId).stream().filter(Call::published).toList();
	}

	/** Where the call stands today: announced, open or closed. */
	public Call.Phase phase(Call call) {
		return call.phaseOn(clock.today());
	}

	@Transactional(readOnly = true)
	public List<Call> all(Long programId) {
		var caller = access.signedIn();
		return repository.calls(programId).stream().filter(call -> access.coordinates(caller, call.programId()))
			.toList();
	}

	@Transactional
	public Call prepare(long programId, int year, LocalizedText title, LocalDate opens, LocalDate closes,
			CallSettings settings, boolean demo) {
		mayCoordinate(programId);
		programs.get(programId);
		var call = new Call(0, programId, year, title, opens, closes, false, settings, demo);
		requireDirectionsOfThePartnership(programId, settings);
		long id = repository.insert(call);
		var prepared = get(id);
		audit.call(prepared, "prepared", null, prepared);
		return prepared;
	}

	/** Changes a call that is not yet published; once applicants may have read it, it stays as published. */
	@Transactional
	public Call edit(long callId, int year, LocalizedText title, LocalDate opens, LocalDate closes,
			CallSettings settings) {
		var call = get(callId);
		mayCoordinate(call.programId());
		if (call.published()) {
			throw new ExchangeRefusedException(ExchangeRefusedException.Reason.CALL_PUBLISHED,
					"A published call is not changed any more");
		}
		requireDirectionsOfThePartnership(call.programId(), settings);
		var changed = new Call(call.id(), call.programId(), year, title, opens, closes, false, settings, call.demo());
		repository.update(changed);
		var saved = get(callId);
		audit.call(saved, "edited", call, saved);
		return saved;
	}

	/** Places are offered between the two cities of the program's partnership, in either direction. */
	private void requireDirectionsOfThePartnership(long programId, CallSettings settings) {
		var cities = access.citiesOfProgram(programId);
		for (var quota : settings.quotas()) {
			if (!cities.contains(quota.direction().from()) || !cities.contains(quota.direction().to())) {
				throw new ExchangeRefusedException(ExchangeRefusedException.Reason.DIRECTION_UNKNOWN,
						"Places go between the partnership's two cities", List.of(quota.direction().key()));
			}
		}
	}

	/** Publishing needs the program confirmed by both cities. */
	@Transactional
	public Call publish(long callId) {
		var call = get(callId);
		mayCoordinate(call.programId());
		if (!programs.get(call.programId()).confirmed()) {
			throw new ExchangeRefusedException(ExchangeRefusedException.Reason.NOT_THE_PARTNER,
					"The partner city has not confirmed the program yet");
		}
		if (call.published()) {
			return call;
		}
		var published = call.publish();
		repository.update(published);
		audit.call(published, "published", call, published);
		events.publishEvent(new CallPublished(callId, call.programId(), call.year()));
		return published;
	}

	/** Closes an open call today, so that selection can start before the date first announced. */
	@Transactional
	public Call closeNow(long callId) {
		var call = get(callId);
		mayCoordinate(call.programId());
		var yesterday = clock.today().minusDays(1);
		if (!call.isOpenOn(clock.today())) {
			return call;
		}
		var closed = new Call(call.id(), call.programId(), call.year(), call.title(),
				call.opens().isAfter(yesterday) ? yesterday : call.opens(), yesterday, true, call.settings(),
				call.demo());
		repository.update(closed);
		audit.call(closed, "closed early", call, closed);
		return closed;
	}

	/** Calls are run by the program's coordinators and the officers of its cities. */
	private void mayCoordinate(long programId) {
		access.coordinatorOf(programId);
	}
}
