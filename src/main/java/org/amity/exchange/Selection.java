package org.amity.exchange;

import java.util.ArrayList;
import java.util.List;

/**
 * Selection of one direction: the best-ranked applications take the direction's places, those below the minimum
 * score are turned down, the rest wait in ranking order.
 */
public final class Selection {

	private Selection() {
	}

	public record Outcome(List<Long> accepted, List<Long> waitlisted, List<Long> rejected) {
	}

	/**
	 * @param ranking eligible applications of the direction, best first
	 * @param places the quota minus places already held
	 * @param minimumScore applications scoring below it are not kept on the waiting list
	 */
	public static Outcome select(List<Ranking.Entry> ranking, int places, double minimumScore) {
		var accepted = new ArrayList<Long>();
		var waitlisted = new ArrayList<Long>();
		var rejected = new ArrayList<Long>();
		for (var entry : ranking) {
			if (entry.reviews() > 0 && entry.score() < minimumScore) {
				rejected.add(entry.applicationId());
			}
			else if (accepted.size() < places && entry.reviews() > 0) {
				accepted.add(entry.applicationId());
			}
			else {
				waitlisted.add(entry.applicationId());
			}
		}
		return new Outcome(accepted, waitlisted, rejected);
	}
}
