package org.amity.evaluation.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.amity.evaluation.Indicators;
import org.amity.evaluation.PartnershipReport;
import org.amity.evaluation.TimeSeries;
import org.amity.evaluation.VitalityReading;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The figures of the report's charts as JSON for the page's script: each chart's years, its series and the national
 * context events of the two countries, so that every chart of a partnership shows them.
 */
@Component
class ReportCharts {

	private final MessageSource messages;
	private final JsonMapper json;

	ReportCharts(MessageSource messages, JsonMapper json) {
		this.messages = messages;
		this.json = json;
	}

	Map<String, String> of(PartnershipReport report, Locale locale) {
		var context = report.context().stream()
			.map(e -> Map.<String, Object>of("year", e.happened().year(), "kind", e.kind().name(), "label",
					text("context.kind." + e.kind().name(), locale) + ": " + e.title()))
			.toList();
		var charts = new LinkedHashMap<String, String>();
		var years = report.vitality().years();
		var vitality = chart(years.stream().map(VitalityReading.Year::year).toList(), context,
				text("vitality.chart.index", locale), 0, 100);
		var index = series(text("vitality.chart.index", locale), years.stream().map(y -> (Object) y.index()).toList(),
				"bar");
		index.put("colors", years.stream()
			.map(y -> y.state() == VitalityReading.State.DORMANT ? "#9a8f7e" : "#0b57a4")
			.toList());
		vitality.put("series", List.of(index));
		charts.put("vitality", write(vitality));

		var activityYears = report.activity().stream()
			.filter(y -> y.figures().stream().anyMatch(f -> f.measure() != Indicators.Measure.AGREEMENT
					&& f.measure() != Indicators.Measure.RENEWAL && f.measure() != Indicators.Measure.OFFICIAL_VISIT))
			.toList();
		if (!activityYears.isEmpty()) {
			var activity = chart(activityYears.stream().map(Indicators.Year::year).toList(), context,
					text("report.chart.people", locale), null, null);
			activity.put("series", List.of(
					series(text("report.col.participants.first", locale, report.first().nameIn(locale),
							report.second().nameIn(locale)), amounts(activityYears, Indicators.Measure.PARTICIPANT,
									Indicators.Direction.A_TO_B), "bar"),
					series(text("report.col.participants.second", locale, report.second().nameIn(locale),
							report.first().nameIn(locale)), amounts(activityYears, Indicators.Measure.PARTICIPANT,
									Indicators.Direction.B_TO_A), "bar"),
					series(text("report.col.volunteers", locale),
							amounts(activityYears, Indicators.Measure.VOLUNTEER, null), "bar")));
			charts.put("activity", write(activity));
		}
		int s = 0;
		for (var series : report.series()) {
			var points = series.points();
			var chart = chart(points.stream().map(TimeSeries.Point::period).toList(), context, series.unit(), null, null);
			chart.put("series", List.of(series(series.name(),
					points.stream().map(p -> (Object) p.value().doubleValue()).toList(), "line")));
			charts.put("series-" + s++, write(chart));
		}
		int n = 0;
		for (var survey : report.surveys()) {
			var changes = survey.results().changes().stream().filter(c -> c.participants() != null).toList();
			if (changes.isEmpty()) {
				n++;
				continue;
			}
			var chart = new LinkedHashMap<String, Object>();
			chart.put("categories", changes.stream().map(c -> c.item().text().in(locale)).toList());
			chart.put("yName", text("report.chart.change", locale));
			chart.put("series", List.of(
					series(text("survey.group.PARTICIPANT", locale),
							changes.stream().map(c -> (Object) round(c.participants().estimate())).toList(), "bar"),
					series(text("survey.group.COMPARISON", locale), changes.stream()
						.map(c -> c.comparison() == null ? null : (Object) round(c.comparison().estimate()))
						.toList(), "bar")));
			charts.put("survey-" + n++, write(chart));
		}
		return charts;
	}

	private static double round(double value) {
		return Math.round(value * 100) / 100.0;
	}

	private static List<Object> amounts(List<Indicators.Year> years, Indicators.Measure measure,
			Indicators.Direction direction) {
		return years.stream()
			.map(y -> (Object) (direction == null ? y.amount(measure) : y.amount(measure, direction)))
			.toList();
	}

	private static Map<String, Object> chart(List<?> categories, List<Map<String, Object>> context, String yName,
			Integer min, Integer max) {
		var chart = new LinkedHashMap<String, Object>();
		chart.put("categories", categories.stream().map(String::valueOf).toList());
		chart.put("context", context);
		chart.put("yName", yName);
		if (min != null) {
			chart.put("min", min);
			chart.put("max", max);
		}
		return chart;
	}

	private static Map<String, Object> series(String name, List<Object> values, String type) {
		var series = new LinkedHashMap<String, Object>();
		series.put("name", name);
		series.put("values", new ArrayList<>(values));
		series.put("type", type);
		return series;
	}

	private String write(Object chart) {
		// the JSON sits inside a script element: "<" must not be able to close it
		return json.writeValueAsString(chart).replace("<", "\\u003c");
	}

	private String text(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}

}
