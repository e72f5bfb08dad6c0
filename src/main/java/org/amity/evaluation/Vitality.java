package org.amity.evaluation;

import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

import org.amity.partnership.PartnershipNotFoundException;
import org.amity.partnership.PartnershipSummary;
import org.amity.partnership.Partnerships;
import org.springframework.stereotype.Service;

/**
 * Reads whether a partnership is alive, year by year, from what the registry records of it (agreements and official
 * visits) and what its indicators count (programs, events, campaigns, volunteering), by the {@link VitalityPolicy}.
 */
@Service
public class Vitality {

	private final Partnerships partnerships;
	private final Indicators indicators;
	private final VitalityPolicy policy;
	private final Clock clock;

	Vitality(Partnerships partnerships, Indicators indicators, VitalityPolicy policy, Optional<Clock> clock) {
		this.partnerships = partnerships;
		this.indicators = indicators;
		this.policy = policy;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	public VitalityPolicy policy() {
		return policy;
	}

	/**
	 * A city's partnerships by their vitality now, with the trend over the last five years; partnerships without any
	 * dated record come last, as nothing can be read of them.
	 */
	public List<PortfolioEntry> portfolio(long placeId) {
		int now = Year.now(clock).getValue();
		return partnerships.involving(placeId).stream()
			.map(summary -> {
				var reading = reading(summary.id());
				var current = reading.years().isEmpty() ? null : reading.years().get(reading.years().size() - 1);
				var earlier = reading.years().stream().filter(y -> y.year() == now - 5).findFirst().orElse(null);
				return new PortfolioEntry(summary, reading, current, Trend.between(earlier, current));
			})
			.sorted(Comparator.comparing((PortfolioEntry e) -> e.current() == null)
				.thenComparing(Comparator.comparingInt((PortfolioEntry e) -> e.current() == null ? 0 : e.current().index())
					.reversed())
				// equal indexes (all long quiet) are told apart by how recently anything happened
				.thenComparing(Comparator.comparingInt((PortfolioEntry e) -> e.current() == null
						|| e.current().lastActivityYear() == null ? 0 : e.current().lastActivityYear()).reversed())
				.thenComparing(e -> e.partnership().id()))
			.toList();
	}

	/** One partnership of a city's portfolio. */
	public record PortfolioEntry(PartnershipSummary partnership, VitalityReading reading,
			VitalityReading.Year current, Trend trend) {
	}

	/** Where the index went over five years: up or down by more than five points, or steady. */
	public enum Trend {

		RISING, STEADY, FALLING, UNKNOWN;

		static Trend between(VitalityReading.Year earlier, VitalityReading.Year current) {
			if (current == null) {
				return UNKNOWN;
			}
			int before = earlier == null ? 0 : earlier.index();
			int difference = current.index() - before;
			return difference > 5 ? RISING : difference < -5 ? FALLING : STEADY;
		}
	}

	/**
	 * Whether city-level exchange held through national tension: for every year with a tension event between the two
	 * countries, whether the partnership recorded activity that year or the next.
	 */
	public List<TenseYear> resilience(VitalityReading reading, List<ContextEvent> context) {
		var activeYears = new HashSet<Integer>();
		reading.years().stream().filter(y -> !y.activities().isEmpty()).forEach(y -> activeYears.add(y.year()));
		var first = reading.years().isEmpty() ? Integer.MAX_VALUE : reading.years().get(0).year();
		var byYear = new TreeMap<Integer, List<ContextEvent>>();
		context.stream()
			.filter(e -> e.kind() == ContextEvent.Kind.TENSION && e.happened().year() >= first)
			.forEach(e -> byYear.computeIfAbsent(e.happened().year(), y -> new ArrayList<>()).add(e));
		return byYear.entrySet().stream()
			.map(e -> new TenseYear(e.getKey(), e.getValue(),
					activeYears.contains(e.getKey()) || activeYears.contains(e.getKey() + 1)))
			.toList();
	}

	/** A year of national tension and whether the partnership was active in it or the year after. */
	public record TenseYear(int year, List<ContextEvent> events, boolean held) {
	}

	public VitalityReading reading(long partnershipId) {
		return reading(partnershipId, true);
	}

	/** The reading from the real records alone, leaving out demo activity where demo data is loaded. */
	public VitalityReading realReading(long partnershipId) {
		return reading(partnershipId, false);
	}

	private VitalityReading reading(long partnershipId, boolean withDemo) {
		var partnership = partnerships.find(partnershipId)
			.orElseThrow(() -> new PartnershipNotFoundException(String.valueOf(partnershipId)));
		var activities = new ArrayList<>(partnership.agreements().stream()
			.filter(a -> a.signedOn() != null)
			.map(a -> new VitalityPolicy.Activity(a.signedOn().year(), ActivityKind.of(a.kind()), a.title()))
			.toList());
		for (var fact : indicators.activities(partnershipId, withDemo)) {
			var kind = ActivityKind.of(fact.measure());
			if (kind != null && fact.amount() > 0) {
				activities.add(new VitalityPolicy.Activity(fact.year(), kind, fact.label()));
			}
		}
		// A partnership dated by an official list was signed that year even when its agreement is not on file.
		if (partnership.since() != null
				&& activities.stream().noneMatch(a -> a.kind() == ActivityKind.FOUNDING_AGREEMENT)) {
			activities.add(new VitalityPolicy.Activity(partnership.since().year(),
					ActivityKind.FOUNDING_AGREEMENT, null));
		}
		activities.sort(Comparator.comparingInt(VitalityPolicy.Activity::year));
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
