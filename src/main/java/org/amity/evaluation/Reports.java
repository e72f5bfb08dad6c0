package org.amity.evaluation;

import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.amity.city.Gazetteer;
import org.amity.city.PlaceNotFoundException;
import org.amity.partnership.PartnershipNotFoundException;
import org.amity.partnership.Partnerships;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assembles the report on a partnership and the evidence summary that answers "is this partnership still needed?":
 * each statement cites the figures it rests on (vitality now and its dormant spells, the activity of the last five
 * years, whether ties held in years of national tension, and participants' attitude change against a comparison group),
 * and the conclusion follows from them by a stated rule rather than by opinion.
 */
@Service
public class Reports {

	static final int RECENT_YEARS = 5;

	private final Partnerships partnerships;
	private final Gazetteer gazetteer;
	private final Vitality vitality;
	private final Indicators indicators;
	private final ContextTimeline context;
	private final Surveys surveys;
	private final TimeSeries series;
	private final Clock clock;

	Reports(Partnerships partnerships, Gazetteer gazetteer, Vitality vitality, Indicators indicators,
			ContextTimeline context, Surveys surveys, TimeSeries series, Optional<Clock> clock) {
		this.partnerships = partnerships;
		this.gazetteer = gazetteer;
		this.vitality = vitality;
		this.indicators = indicators;
		this.context = context;
		this.surveys = surveys;
		this.series = series;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	@Transactional(readOnly = true)
	public PartnershipReport partnership(String slug) {
		var partnership = partnerships.findBySlug(slug).orElseThrow(() -> new PartnershipNotFoundException(slug));
		var a = gazetteer.find(partnership.placeA()).orElseThrow(() -> new PlaceNotFoundException(slug));
		var b = gazetteer.find(partnership.placeB()).orElseThrow(() -> new PlaceNotFoundException(slug));
		var reading = vitality.reading(partnership.id());
		var activity = indicators.byYear(partnership.id());
		var events = context.between(a.country(), b.country());
		var resilience = vitality.resilience(reading, events);
		var surveyResults = surveys.forPartnership(partnership.id()).stream()
			.map(s -> new PartnershipReport.SurveyResult(s, surveys.results(s.id())))
			.toList();
		int now = Year.now(clock).getValue();
		var recent = totals(activity, now - RECENT_YEARS, now - 1);
		var explained = explain(reading, activity);
		boolean demo = indicators.hasDemo(partnership.id()) || surveyResults.stream().anyMatch(s -> s.survey().demo());
		var allSeries = series.forPartnership(partnership.id(), a.country(), b.country());
		return new PartnershipReport(partnership, a, b, reading, explained, activity, recent, events, resilience,
				surveyResults, allSeries, evidence(reading, recent, resilience, surveyResults),
				demo || allSeries.stream().anyMatch(TimeSeries.Series::demo));
	}

	/** A city's partnerships by vitality now, with their trend and what each did in the last five years. */
	public record PortfolioReport(org.amity.city.Place place, List<PortfolioRow> rows, int from, int to) {
	}

	public record PortfolioRow(Vitality.PortfolioEntry entry, org.amity.city.Place partner,
			PartnershipReport.Totals recent) {
	}

	@Transactional(readOnly = true)
	public PortfolioReport portfolio(String citySlug) {
		var place = gazetteer.findBySlug(citySlug).orElseThrow(() -> new PlaceNotFoundException(citySlug));
		int now = Year.now(clock).getValue();
		var entries = vitality.portfolio(place.id());
		var partners = new java.util.HashMap<Long, org.amity.city.Place>();
		gazetteer.findAll(entries.stream().map(e -> e.partnership().partnerOf(place.id())).toList())
			.forEach(p -> partners.put(p.id(), p));
		var rows = entries.stream()
			.filter(e -> partners.containsKey(e.partnership().partnerOf(place.id())))
			.map(e -> new PortfolioRow(e, partners.get(e.partnership().partnerOf(place.id())),
					totals(indicators.byYear(e.partnership().id()), now - RECENT_YEARS, now - 1)))
			.toList();
		return new PortfolioReport(place, rows, now - RECENT_YEARS, now - 1);
	}

	static List<PartnershipReport.Explained> explain(VitalityReading reading, List<Indicators.Year> activity) {
		var explained = new ArrayList<PartnershipReport.Explained>();
		Integer lastProgram = null;
		Integer lastEvent = null;
		Integer lastVisit = null;
		for (var year : reading.years()) {
			var figures = activity.stream().filter(y -> y.year() == year.year()).findFirst()
				.orElse(new Indicators.Year(year.year(), List.of()));
			double programs = figures.amount(Indicators.Measure.PROGRAM);
			double events = figures.amount(Indicators.Measure.EVENT);
			double visits = figures.amount(Indicators.Measure.OFFICIAL_VISIT);
			lastProgram = programs > 0 ? Integer.valueOf(year.year()) : lastProgram;
			lastEvent = events > 0 ? Integer.valueOf(year.year()) : lastEvent;
			lastVisit = visits > 0 ? Integer.valueOf(year.year()) : lastVisit;
			explained.add(new PartnershipReport.Explained(year, programs, events, visits, lastProgram, lastEvent,
					lastVisit));
		}
		return explained;
	}

	static PartnershipReport.Totals totals(List<Indicators.Year> activity, int from, int to) {
		double[] sums = new double[10];
		for (var year : activity) {
			if (year.year() < from || year.year() > to) {
				continue;
			}
			sums[0] += year.amount(Indicators.Measure.PROGRAM);
			sums[1] += year.amount(Indicators.Measure.PARTICIPANT, Indicators.Direction.A_TO_B);
			sums[2] += year.amount(Indicators.Measure.PARTICIPANT, Indicators.Direction.B_TO_A);
			sums[3] += year.amount(Indicators.Measure.EVENT);
			sums[4] += year.amount(Indicators.Measure.ATTENDANCE);
			sums[5] += year.amount(Indicators.Measure.VOLUNTEER);
			sums[6] += year.amount(Indicators.Measure.VOLUNTEER_HOURS);
			sums[7] += year.amount(Indicators.Measure.CAMPAIGN);
			sums[8] += year.amount(Indicators.Measure.REACH);
		}
		return new PartnershipReport.Totals(from, to, sums[0], sums[1], sums[2], sums[3], sums[4], sums[5], sums[6],
				sums[7], sums[8]);
	}

	/**
	 * The evidence summary. The conclusion is "still needed" when the partnership is active now and either its
	 * participants' attitudes improved beyond chance (a 95% interval of the difference with the comparison group above
	 * zero) or it kept working through national tension; "needs reviving" when it reads dormant; "active, impact not yet
	 * measured" otherwise.
	 */
	static List<PartnershipReport.Evidence> evidence(VitalityReading reading, PartnershipReport.Totals recent,
			List<Vitality.TenseYear> resilience, List<PartnershipReport.SurveyResult> surveys) {
		var evidence = new ArrayList<PartnershipReport.Evidence>();
		if (reading.years().isEmpty()) {
			evidence.add(new PartnershipReport.Evidence("report.evidence.nothing", List.of()));
			return evidence;
		}
		var current = reading.years().get(reading.years().size() - 1);
		evidence.add(new PartnershipReport.Evidence("report.evidence.vitality",
				List.of(current.year(), current.index(), current.state())));
		reading.periods().stream()
			.filter(p -> p.state() == VitalityReading.State.DORMANT)
			.forEach(p -> evidence.add(new PartnershipReport.Evidence("report.evidence.dormant",
					List.of(p.from(), p.to(), p.to() - p.from() + 1))));
		reading.periods().stream()
			.filter(p -> p.state() == VitalityReading.State.REVIVAL)
			.forEach(p -> evidence.add(new PartnershipReport.Evidence("report.evidence.revival", List.of(p.from()))));
		if (recent.programs() + recent.events() + recent.campaigns() > 0) {
			evidence.add(new PartnershipReport.Evidence("report.evidence.activity",
					List.of(recent.from(), recent.to(), Math.round(recent.programs()),
							Math.round(recent.participants()), Math.round(recent.events()),
							Math.round(recent.attendance()))));
		}
		else {
			evidence.add(new PartnershipReport.Evidence("report.evidence.no-activity",
					List.of(recent.from(), recent.to())));
		}
		long held = resilience.stream().filter(Vitality.TenseYear::held).count();
		if (!resilience.isEmpty()) {
			evidence.add(new PartnershipReport.Evidence("report.evidence.resilience",
					List.of(held, resilience.size())));
		}
		boolean improved = false;
		for (var survey : surveys) {
			for (var change : survey.results().changes()) {
				if (change.difference() != null) {
					var d = change.difference();
					boolean better = change.item().code().equals("stereotypes") ? d.high() < 0 : d.low() > 0;
					improved |= better;
					evidence.add(new PartnershipReport.Evidence("report.evidence.change",
							List.of(change.item().text(), change.participants().estimate(),
									change.comparison().estimate(), d.estimate(), d.low(), d.high(),
									change.participantPairs().value(), change.comparisonPairs().value())));
				}
			}
		}
		boolean active = current.state() != VitalityReading.State.DORMANT;
		String conclusion = !active ? "report.conclusion.revive"
				: improved || held > 0 ? "report.conclusion.needed" : "report.conclusion.unmeasured";
		evidence.add(new PartnershipReport.Evidence(conclusion, List.of()));
		return evidence;
	}
}
