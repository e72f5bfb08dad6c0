package org.amity.exchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Review of a call's applications: a reviewer scores an application against the call's criteria with a comment, or
 * declares a conflict of interest, which takes them off that application for good. Coordinators read the ranking.
 */
@Service
public class Reviews {

	private final ExchangeRepository repository;
	private final Applications applications;
	private final Calls calls;
	private final ExchangeClock clock;
	private final ExchangeAccess access;

	Reviews(ExchangeRepository repository, Applications applications, Calls calls, ExchangeClock clock,
			ExchangeAccess access) {
		this.access = access;
		this.repository = repository;
		this.applications = applications;
		this.calls = calls;
		this.clock = clock;
	}

	public record ReviewLine(long applicationId, String reviewer, Map<String, Integer> scores, double weighted,
			String comment) {
	}

	public record Conflict(long applicationId, String reviewer, String statement) {
	}

	/** The signed-in reviewer scores an application. */
	@Transactional
	public void score(long applicationId, Map<String, Integer> scores, String comment) {
		var application = applications.forStaff(applicationId);
		var reviewer = access.reviewerOfCall(application.callId()).username();
		mayReview(application, reviewer);
		var call = calls.get(application.callId());
		if (application.status() != ApplicationStatus.SUBMITTED
				&& application.status() != ApplicationStatus.UNDER_REVIEW) {
			throw new ExchangeRefusedException(ExchangeRefusedException.Reason.TRANSITION,
					"Only submitted applications are reviewed");
		}
		for (var entry : scores.entrySet()) {
			var criterion = call.settings().criteria().stream().filter(c -> c.key().equals(entry.getKey())).findFirst()
				.orElseThrow(() -> new ExchangeRefusedException(ExchangeRefusedException.Reason.CRITERION_UNKNOWN,
						"No such criterion", List.of(entry.getKey())));
			if (entry.getValue() == null || entry.getValue() < 0 || entry.getValue() > criterion.max()) {
				throw new ExchangeRefusedException(ExchangeRefusedException.Reason.SCORE_OUT_OF_RANGE,
						"Score out of range", List.of(criterion.key(), String.valueOf(criterion.max())));
			}
		}
		var missing = call.settings().criteria().stream().map(CallSettings.Criterion::key)
			.filter(key -> !scores.containsKey(key)).toList();
		if (!missing.isEmpty()) {
			throw new ExchangeRefusedException(ExchangeRefusedException.Reason.CRITERION_UNKNOWN,
					"Every criterion is scored", missing);
		}
		if (comment != null && comment.length() > 5_000) {
			throw new ExchangeRefusedException(ExchangeRefusedException.Reason.FIELD_TOO_LONG, "Comment too long",
					List.of("comment"));
		}
		int known = application.history().size();
		application.startReview(clock.now());
		applications.save(application, known);
		repository.putReview(applicationId, reviewer, scores, comment == null || comment.isBlank() ? null : comment,
				clock.now());
	}

	/** Declaring a conflict removes the reviewer from the application, with any score they gave it. */
	@Transactional
	public void declareConflict(long applicationId, String statement) {
		var application = applications.forStaff(applicationId);
		var reviewer = access.reviewerOfCall(application.callId()).username();
		if (statement == null || statement.isBlank()) {
			throw new ExchangeRefusedException(ExchangeRefusedException.Reason.REASON_REQUIRED,
					"Say what the conflict is");
		}
		repository.putConflict(applicationId, reviewer, statement.strip(), clock.now());
	}

	@Transactional(readOnly = true)
	public List<ReviewLine> reviews(long callId) {
		access.reviewerOfCall(callId);
		var call = calls.get(callId);
		return repository.reviews(callId).stream()
			.map(r -> new ReviewLine(r.applicationId(), r.reviewer(), r.scores(),
					Ranking.weighted(call.settings(), r.scores()), r.comment()))
			.toList();
	}

	@Transactional(readOnly = true)
	public List<Conflict> conflicts(long callId) {
		access.reviewerOfCall(callId);
		return repository.conflicts(callId).stream()
			.map(c -> new Conflict(c.applicationId(), c.reviewer(), c.statement()))
			.toList();
	}

	/** The submitted applications of a direction, best first, as coordinators see them before selecting. */
	@Transactional(readOnly = true)
	public List<Ranking.Entry> ranking(long callId, Direction direction) {
		access.reviewerOfCall(callId);
		var call = calls.get(callId);
		var submitted = new HashMap<Long, java.time.Instant>();
		for (var a : repository.applications(callId)) {
			if (a.direction().equals(direction) && a.status() != ApplicationStatus.DRAFT) {
				submitted.put(a.id(), a.submittedAt());
			}
		}
		var scores = new HashMap<Long, List<Ranking.Scores>>();
		for (var r : repository.reviews(callId)) {
			scores.computeIfAbsent(r.applicationId(), k -> new ArrayList<>())
				.add(new Ranking.Scores(r.reviewer(), r.scores()));
		}
		return Ranking.rank(call.settings(), submitted, scores);
	}

	/** A reviewer of the call, never one who declared a conflict of interest with this application. */
	private void mayReview(Application application, String reviewer) {
		if (repository.hasConflict(application.id(), reviewer)) {
			throw new ExchangeRefusedException(ExchangeRefusedException.Reason.CONFLICT_OF_INTEREST,
					"This reviewer declared a conflict of interest with this application");
		}
	}
}
