package org.amity.evaluation;

import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.amity.partnership.PartnershipNotFoundException;
import org.amity.partnership.Partnerships;
import org.springframework.stereotype.Service;

/**
 * Reads whether a partnership is alive, year by year, from what the registry records of it (agreements and official
 * visits for now; programs and events once they are recorded), by the {@link VitalityPolicy}.
 */
@Service
public class Vitality {

	private final Partnerships partnerships;
	private final VitalityPolicy policy;
	private final Clock clock;

	Vitality(Partnerships partnerships, VitalityPolicy policy, java.util.Optional<Clock> clock) {
		this.partnerships = partnerships;
		this.policy = policy;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	public VitalityPolicy policy() {
		return policy;
	}

	public VitalityReading reading(long partnershipId) {
		var partnership = partnerships.find(partnershipId)
			.orElseThrow(() -> new PartnershipNotFoundException(String.valueOf(partnershipId)));
		var activities = partnership.agreements().stream()
			.filter(a -> a.signedOn() != null)
			.map(a -> new VitalityPolicy.Activity(a.signedOn().year(), a.kind(), a.title()))
			.sorted(Comparator.comparingInt(VitalityPolicy.Activity::year))
			.toList();
		Integer first = partnership.since() != null ? Integer.valueOf(partnership.since().year())
				: activities.isEmpty() ? null : activities.get(0).year();
		if (first == null) {
			return new VitalityReading(partnershipId, policy.dormantAfterYears(), List.of(), List.of());
		}
		int now = Year.now(clock).getValue();
		var years = new ArrayList<VitalityReading.Year>();
		Integer last = null;
		boolean dormant = false;
		for (int year = first; year <= now; year++) {
			int y = year;
			var those = activities.stream().filter(a -> a.year() == y).toList();
			VitalityReading.State state;
			if (!those.isEmpty()) {
				state = dormant ? VitalityReading.State.REVIVAL : VitalityReading.State.ACTIVE;
				last = year;
				dormant = false;
			}
			else {
				// a partnership is counted from its signing, the first year of its life
				dormant = policy.isDormant(year, last == null ? first : last);
				state = dormant ? VitalityReading.State.DORMANT : VitalityReading.State.ACTIVE;
			}
			years.add(new VitalityReading.Year(year, policy.index(year, activities), state, those,
					last == null ? first : last));
		}
		return new VitalityReading(partnershipId, policy.dormantAfterYears(), List.copyOf(years),
				VitalityReading.periods(years));
	}
}
