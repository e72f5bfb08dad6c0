package org.amity.evaluation;

import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How a partnership's vitality is read from what it records, year by year.
 * <ul>
 * <li>Substantive activity is what a partnership does together: an agreement of any kind, an official visit, and the
 * programs, events, campaigns and volunteering its indicators count (each recorded fact once, whatever its size: the
 * index reads whether the tie is tended, not how big the program was).</li>
 * <li>A year is dormant when the partnership has gone {@code dormantAfterYears} full years without substantive
 * activity (three by default: one quiet year is normal between programs, three mean nobody is tending the tie).</li>
 * <li>The vitality index of a year is the weight of each activity, halved for every year since it happened, summed
 * and capped at 100: a founding agreement weighs most (60); a renewal, MOU or joint statement a little less (50, a
 * renewed commitment); an official visit or an exchange program 40 (people travel and meet); an event 30; an
 * amendment 30; a campaign or volunteering 15 (visible, but not by itself an exchange). An index near 0 means nothing
 * recent.</li>
 * </ul>
 */
@Component
public class VitalityPolicy {

	static final Map<ActivityKind, Integer> WEIGHTS = Map.of(ActivityKind.FOUNDING_AGREEMENT, 60,
			ActivityKind.RENEWAL, 50, ActivityKind.MOU, 50, ActivityKind.JOINT_STATEMENT, 50,
			ActivityKind.OFFICIAL_VISIT, 40, ActivityKind.PROGRAM, 40, ActivityKind.EVENT, 30, ActivityKind.AMENDMENT, 30,
			ActivityKind.CAMPAIGN, 15, ActivityKind.VOLUNTEERING, 15);

	private final int dormantAfterYears;

	public VitalityPolicy(@Value("${amity.evaluation.dormant-after-years:3}") int dormantAfterYears) {
		if (dormantAfterYears < 1 || dormantAfterYears > 50) {
			throw new IllegalArgumentException("amity.evaluation.dormant-after-years must be between 1 and 50");
		}
		this.dormantAfterYears = dormantAfterYears;
	}

	public int dormantAfterYears() {
		return dormantAfterYears;
	}

	public int weight(ActivityKind kind) {
		return WEIGHTS.getOrDefault(kind, 30);
	}

	/** Whether a year with the last activity in {@code lastActivityYear} reads as dormant. */
	public boolean isDormant(int year, int lastActivityYear) {
		return year - lastActivityYear >= dormantAfterYears;
	}

	/** The index of a year from the activities up to it: weights halved for each year since, capped at 100. */
	public int index(int year, Iterable<Activity> activities) {
		double sum = 0;
		for (var activity : activities) {
			if (activity.year() <= year) {
				sum += weight(activity.kind()) * Math.pow(0.5, year - activity.year());
			}
		}
		return (int) Math.min(100, Math.round(sum));
	}

	/** One substantive thing a partnership did in a year. */
	public record Activity(int year, ActivityKind kind, String title) {
	}
}
