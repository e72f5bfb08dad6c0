package org.amity.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.amity.partnership.AgreementKind;
import org.amity.partnership.PartnershipNotFoundException;
import org.amity.partnership.Partnerships;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The indicators of a partnership per year: agreements, renewals and official visits from the registry, and the
 * counted facts other modules report as {@link PartnershipActivity} (programs and calls, applications and participants
 * per direction, events and attendance, volunteers and hours, campaigns and reach), kept in evaluation's own read model.
 */
@Service
public class Indicators {

	/** What is counted. */
	public enum Measure {
		AGREEMENT, RENEWAL, OFFICIAL_VISIT, PROGRAM, CALL, APPLICATION, PARTICIPANT, EVENT, ATTENDANCE, VOLUNTEER,
		VOLUNTEER_HOURS, CAMPAIGN, REACH
	}

	/** Which way people travelled: from the partnership's first place to its second, or back. */
	public enum Direction {
		A_TO_B, B_TO_A
	}

	/** One figure of a year; direction only for the measures that have one. */
	public record Figure(Measure measure, Direction direction, double amount) {
	}

	/** A year's figures. */
	public record Year(int year, List<Figure> figures) {

		public double amount(Measure measure) {
			return figures.stream().filter(f -> f.measure() == measure).mapToDouble(Figure::amount).sum();
		}

		public double amount(Measure measure, Direction direction) {
			return figures.stream()
				.filter(f -> f.measure() == measure && f.direction() == direction)
				.mapToDouble(Figure::amount)
				.sum();
		}
	}

	private final JdbcClient jdbc;
	private final Partnerships partnerships;

	Indicators(JdbcClient jdbc, Partnerships partnerships) {
		this.jdbc = jdbc;
		this.partnerships = partnerships;
	}

	/** Records a fact; the same source reference again replaces the earlier figure. */
	@Transactional
	public void record(PartnershipActivity activity) {
		record(activity, false);
	}

	@Transactional
	void record(PartnershipActivity activity, boolean demo) {
		jdbc.sql("""
				insert into evaluation.activity (partnership_id, year, measure, direction, amount, label, source_ref, demo)
				values (:p, :year, :measure, :direction, :amount, :label, :ref, :demo)
				on conflict (source_ref) do update set partnership_id = excluded.partnership_id, year = excluded.year,
				measure = excluded.measure, direction = excluded.direction, amount = excluded.amount,
				label = excluded.label
				""")
			.param("p", activity.partnershipId())
			.param("year", activity.year())
			.param("measure", activity.measure().name())
			.param("direction", activity.direction() == null ? null : activity.direction().name())
			.param("amount", activity.amount())
			.param("label", activity.label())
			.param("ref", activity.sourceRef())
			.param("demo", demo)
			.update();
	}

	/** Facts published by other modules arrive here, kept in the event publication registry until recorded. */
	@ApplicationModuleListener
	void on(PartnershipActivity activity) {
		record(activity);
	}

	/** The counted facts of a partnership (without the registry's agreements), for the vitality reading. */
	@Transactional(readOnly = true)
	public List<PartnershipActivity> activities(long partnershipId) {
		return activities(partnershipId, true);
	}

	/** The counted facts, without the demo ones when {@code withDemo} is false. */
	@Transactional(readOnly = true)
	public List<PartnershipActivity> activities(long partnershipId, boolean withDemo) {
		return jdbc.sql("select * from evaluation.activity where partnership_id = :p and (:demo or not demo) "
				+ "order by year, id")
			.param("p", partnershipId)
			.param("demo", withDemo)
			.query((rs, n) -> new PartnershipActivity(rs.getLong("partnership_id"), rs.getInt("year"),
					Measure.valueOf(rs.getString("measure")),
					rs.getString("direction") == null ? null : Direction.valueOf(rs.getString("direction")),
					rs.getDouble("amount"), rs.getString("label"), rs.getString("source_ref")))
			.list();
	}

	/** Whether any of a partnership's counted facts are demo data. */
	@Transactional(readOnly = true)
	public boolean hasDemo(long partnershipId) {
		return jdbc.sql("select exists (select 1 from evaluation.activity where partnership_id = :p and demo)")
			.param("p", partnershipId)
			.query(Boolean.class)
			.single();
	}

	/** The partnership's indicators per year that has any, agreements included. */
	@Transactional(readOnly = true)
	public List<Year> byYear(long partnershipId) {
		var partnership = partnerships.find(partnershipId)
			.orElseThrow(() -> new PartnershipNotFoundException(String.valueOf(partnershipId)));
		var years = new TreeMap<Integer, Map<String, Figure>>();
		for (var agreement : partnership.agreements()) {
			if (agreement.signedOn() == null) {
				continue;
			}
			var measure = agreement.kind() == AgreementKind.OFFICIAL_VISIT ? Measure.OFFICIAL_VISIT
					: agreement.kind() == AgreementKind.RENEWAL ? Measure.RENEWAL : Measure.AGREEMENT;
			add(years, agreement.signedOn().year(), new Figure(measure, null, 1));
		}
		for (var activity : activities(partnershipId)) {
			add(years, activity.year(), new Figure(activity.measure(), activity.direction(), activity.amount()));
		}
		var result = new ArrayList<Year>();
		years.forEach((year, figures) -> result.add(new Year(year, List.copyOf(figures.values()))));
		return result;
	}

	private static void add(TreeMap<Integer, Map<String, Figure>> years, int year, Figure figure) {
		var figures = years.computeIfAbsent(year, y -> new java.util.LinkedHashMap<>());
		var key = figure.measure() + "/" + figure.direction();
		figures.merge(key, figure, (a, b) -> new Figure(a.measure(), a.direction(), a.amount() + b.amount()));
	}
}
