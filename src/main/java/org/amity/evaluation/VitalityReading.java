package org.amity.evaluation;

import java.util.ArrayList;
import java.util.List;

/**
 * A partnership's vitality year by year, from its first record to the current year, with the periods a reader is
 * told about: active spells, dormant spells (and since when nothing happened), and revivals.
 */
public record VitalityReading(long partnershipId, int dormantAfterYears, List<Year> years, List<Period> periods) {

	public enum State {
		ACTIVE, DORMANT, REVIVAL
	}

	/** One year: its index, its state, what happened in it and the last year anything happened. */
	public record Year(int year, int index, State state, List<VitalityPolicy.Activity> activities,
			Integer lastActivityYear) {
	}

	/** Consecutive years of one state; a dormant period says since when nothing happened. */
	public record Period(int from, int to, State state, Integer quietSince, List<VitalityPolicy.Activity> activities) {
	}

	/** The years flagged dormant. */
	public List<Integer> dormantYears() {
		return years.stream().filter(y -> y.state() == State.DORMANT).map(Year::year).toList();
	}

	static List<Period> periods(List<Year> years) {
		var periods = new ArrayList<Period>();
		for (var year : years) {
			var last = periods.isEmpty() ? null : periods.get(periods.size() - 1);
			boolean continues = last != null && last.state() == year.state() && year.state() != State.REVIVAL
					&& (year.state() == State.DORMANT || year.activities().isEmpty());
			if (continues) {
				var activities = new ArrayList<>(last.activities());
				activities.addAll(year.activities());
				periods.set(periods.size() - 1,
						new Period(last.from(), year.year(), last.state(), last.quietSince(), List.copyOf(activities)));
			}
			else {
				periods.add(new Period(year.year(), year.year(), year.state(),
						year.state() == State.DORMANT ? year.lastActivityYear() : null, year.activities()));
			}
		}
		return periods;
	}
}
