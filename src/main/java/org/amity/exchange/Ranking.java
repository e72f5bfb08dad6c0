package org.amity.exchange;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The coordinators' ranking of a direction's applications: each application's score is the mean over its reviewers
 * of the weighted share of the maximum (0 to 100). Ties go to the earlier submission; unreviewed applications rank
 * last.
 */
public final class Ranking {

	private Ranking() {
	}

	/** A reviewer's scores for one application, criterion key to points. */
	public record Scores(String reviewer, Map<String, Integer> points) {
	}

	public record Entry(long applicationId, double score, int reviews, Instant submittedAt) {
	}

	public static double weighted(CallSettings settings, Map<String, Integer> points) {
		double got = 0;
		double max = 0;
		for (var criterion : settings.criteria()) {
			got += criterion.weight() * points.getOrDefault(criterion.key(), 0);
			max += criterion.weight() * criterion.max();
		}
		return max == 0 ? 0 : 100 * got / max;
	}

	public static List<Entry> rank(CallSettings settings, Map<Long, Instant> submitted,
			Map<Long, List<Scores>> reviews) {
		var entries = new ArrayList<Entry>();
		var scores = new HashMap<Long, Double>();
		for (var id : submitted.keySet()) {
			var list = reviews.getOrDefault(id, List.of());
			double mean = list.stream().mapToDouble(s -> weighted(settings, s.points())).average().orElse(-1);
			scores.put(id, mean);
			entries.add(new Entry(id, Math.max(mean, 0), list.size(), submitted.get(id)));
		}
		entries.sort(Comparator.comparing((Entry e) -> -scores.get(e.applicationId()))
			.thenComparing(Entry::submittedAt, Comparator.nullsLast(Comparator.naturalOrder()))
			.thenComparing(Entry::applicationId));
		return entries;
	}
}
