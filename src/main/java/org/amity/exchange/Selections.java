package org.amity.exchange;

import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Selection per direction once a call has closed: the best-ranked take the quota's places, the rest wait in order.
 * When someone declines or withdraws from a place, the first on the waiting list is promoted; every change of order
 * is kept with its reason.
 */
@Service
public class Selections {

	private final ExchangeRepository repository;
	private final Calls calls;
	private final Applications applications;
	private final Reviews reviews;
	private final ExchangeClock clock;
	private final ApplicationEventPublisher events;
	private final ExchangeAccess access;
	private final ExchangeAudit audit;

	Selections(ExchangeRepository repository, Calls calls, @Lazy Applications applications, @Lazy Reviews reviews,
			ExchangeClock clock, ApplicationEventPublisher events, ExchangeAccess access, ExchangeAudit audit) {
		this.access = access;
		this.audit = audit;
		this.repository = repository;
		this.calls = calls;
		this.applications = applications;
		this.reviews = reviews;
		this.clock = clock;
		this.events = events;
	}

	public record Result(int accepted, int waitlisted, int rejected) {
	}

	/** Selects a direction's applicants; running it again fills only the places still free. */
	@Transactional
	public Result select(long callId, Direction direction, double minimumScore) {
		mayCoordinate(callId);
		var call = calls.get(callId);
		if (!call.isClosedOn(clock.today())) {
			throw new ExchangeRefusedException(ExchangeRefusedException.Reason.CALL_NOT_CLOSED,
					"Selection starts once the call has closed");
		}
		var quota = call.settings().quota(direction)
			.orElseThrow(() -> new ExchangeRefusedException(ExchangeRefusedException.Reason.DIRECTION_UNKNOWN,
					"No quota in this direction"));
		var all = repository.applications(callId).stream().filter(a -> a.direction().equals(direction)).toList();
		int held = (int) all.stream().filter(a -> a.status().holdsAPlace()).count();
		var open = all.stream()
			.filter(a -> a.status() == ApplicationStatus.SUBMITTED || a.status() == ApplicationStatus.UNDER_REVIEW)
			.map(Application::id)
			.toList();
		var ranking = reviews.ranking(callId, direction).stream().filter(e -> open.contains(e.applicationId())).toList();
		var outcome = Selection.select(ranking, Math.max(0, quota.places() - held), minimumScore);
		var list = repository.waitingList(callId, direction);
		var now = clock.now();
		for (var id : outcome.accepted()) {
			change(id, (a, c) -> {
				a.startReview(now);
				a.accept(c, "selected within the quota", now);
			});
		}
		for (var id : outcome.waitlisted()) {
			change(id, (a, c) -> {
				a.startReview(now);
				a.waitlist(c, "ranked beyond the quota", now);
			});
			list.append(id, "ranked beyond the quota at selection");
		}
		for (var id : outcome.rejected()) {
			change(id, (a, c) -> {
				a.startReview(now);
				a.reject(c, "scored below the minimum of " + minimumScore, now);
			});
		}
		save(callId, direction, list, now);
		return new Result(outcome.accepted().size(), outcome.waitlisted().size(), outcome.rejected().size());
	}

	/** A place freed by a decline or withdrawal goes to the first in line. */
	@Transactional
	public void promoteAfter(Call call, Application leaving) {
		var list = repository.waitingList(call.id(), leaving.direction());
		var now = clock.now();
		var reason = "place freed: application " + leaving.id() + " " + leaving.history()
			.get(leaving.history().size() - 1).reason();
		list.promoteFirst(reason).ifPresent(id -> change(id, (a, c) -> a.accept(c, "promoted from the waiting list; "
				+ reason, now)));
		save(call.id(), leaving.direction(), list, now);
	}

	@Transactional
	public void leaveWaitingList(Call call, Application leaving) {
		var list = repository.waitingList(call.id(), leaving.direction());
		list.remove(leaving.id(), "application " + leaving.id() + " withdrawn");
		save(call.id(), leaving.direction(), list, clock.now());
	}

	/** A coordinator moves someone on the waiting list; the reason is required and kept. */
	@Transactional
	public void move(long callId, Direction direction, long applicationId, int position, String reason) {
		mayCoordinate(callId);
		var list = repository.waitingList(callId, direction);
		list.move(applicationId, position, reason);
		save(callId, direction, list, clock.now());
	}

	@Transactional(readOnly = true)
	public List<Long> waitingList(long callId, Direction direction) {
		return repository.waitingList(callId, direction).order();
	}

	@Transactional(readOnly = true)
	public List<OrderChange> orderChanges(long callId) {
		return repository.waitingListChanges(callId).stream()
			.map(c -> new OrderChange(Direction.parse(c.direction()), c.applicationId(), c.from(), c.to(), c.reason(),
					c.at()))
			.toList();
	}

	/** A recorded change of a waiting list's order; a null position is off the list. */
	public record OrderChange(Direction direction, long applicationId, Integer from, Integer to, String reason,
			java.time.Instant at) {
	}

	/** Keeps a waiting list and, when its order changed, tells the audit trail what it was before. */
	private void save(long callId, Direction direction, WaitingList list, java.time.Instant at) {
		if (!list.changes().isEmpty()) {
			audit.waitingList(callId, direction, repository.waitingList(callId, direction).order(), list);
		}
		repository.save(callId, direction, list, at);
	}

	private void change(long applicationId, java.util.function.BiConsumer<Application, Call> change) {
		var application = repository.application(applicationId).orElseThrow();
		var call = calls.get(application.callId());
		int known = application.history().size();
		change.accept(application, call);
		applications.save(application, known);
	}

	/** Selection is run by the call's coordinators; a promotion follows from the applicant's own withdrawal. */
	private void mayCoordinate(long callId) {
		access.coordinatorOfCall(callId);
	}
}
