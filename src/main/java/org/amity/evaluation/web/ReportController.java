package org.amity.evaluation.web;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.amity.evaluation.PartnershipReport;
import org.amity.evaluation.Reports;
import org.amity.evaluation.VitalityReading;
import org.amity.identity.AccessRule;
import org.amity.shared.LocalizedText;
import org.amity.shared.web.PortalPaths;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The partnership report: a page, the same report as PDF (Korean and Japanese in embedded fonts) and its figures as
 * CSV, in the language of the path.
 */
@AccessRule(AccessRule.Audience.PUBLIC)
@Controller
class ReportController {

	private final Reports reports;
	private final ReportCharts charts;
	private final ReportPdf pdf;
	private final TemplateEngine templates;
	private final MessageSource messages;

	ReportController(Reports reports, ReportCharts charts, ReportPdf pdf, TemplateEngine templates,
			MessageSource messages) {
		this.reports = reports;
		this.charts = charts;
		this.pdf = pdf;
		this.templates = templates;
		this.messages = messages;
	}

	@GetMapping(PortalPaths.LANG + "/partnerships/{slug}/report")
	String report(@PathVariable String slug, Locale locale, Model model) {
		var report = reports.partnership(slug);
		model.addAttribute("report", report);
		model.addAttribute("evidence", evidence(report, locale));
		model.addAttribute("charts", charts.of(report, locale));
		model.addAttribute("languages", LocalizedText.LANGUAGES);
		return "evaluation/report";
	}

	@GetMapping(PortalPaths.LANG + "/partnerships/{slug}/report.pdf")
	ResponseEntity<byte[]> reportPdf(@PathVariable String slug, Locale locale, HttpServletRequest request) {
		var report = reports.partnership(slug);
		var context = new Context(locale);
		context.setVariable("report", report);
		context.setVariable("evidence", evidence(report, locale));
		context.setVariable("lang", locale.getLanguage());
		var xhtml = templates.process("evaluation/report-pdf", context);
		var bytes = pdf.render(xhtml, request.getRequestURL().toString(), locale.getLanguage());
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename("amity-report-" + slug + "-" + locale.getLanguage() + ".pdf").build().toString())
			.body(bytes);
	}

	@GetMapping(value = PortalPaths.LANG + "/partnerships/{slug}/report.csv", produces = "text/csv")
	ResponseEntity<String> reportCsv(@PathVariable String slug, Locale locale) throws IOException {
		var report = reports.partnership(slug);
		var out = new StringWriter();
		try (var csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
			csv.printRecord("section", "year", "measure", "value", "low_95", "high_95", "unit", "note");
			for (var explained : report.years()) {
				var year = explained.year();
				csv.printRecord("vitality", year.year(), "index", year.index(), null, null, "0-100", year.state());
			}
			for (var year : report.activity()) {
				for (var figure : year.figures()) {
					csv.printRecord("activity", year.year(), figure.measure() + (figure.direction() == null ? ""
							: ":" + figure.direction()), number(figure.amount()), null, null, null, null);
				}
			}
			for (var survey : report.surveys()) {
				for (var change : survey.results().changes()) {
					row(csv, "attitude_change:participants", change.item().code(), change.participants(),
							change.participantPairs());
					row(csv, "attitude_change:comparison", change.item().code(), change.comparison(),
							change.comparisonPairs());
					row(csv, "attitude_change:difference", change.item().code(), change.difference(), null);
				}
			}
			for (var series : report.series()) {
				for (var point : series.points()) {
					csv.printRecord("series:" + series.name(), point.period(), series.kind(), point.value(), null, null,
							series.unit(), series.source());
				}
			}
			for (var event : report.context()) {
				csv.printRecord("context", event.happened(), event.kind(), null, null, null, null, event.title());
			}
			for (var line : evidence(report, locale)) {
				csv.printRecord("evidence", null, null, null, null, null, null, line);
			}
		}
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename("amity-report-" + slug + ".csv").build().toString())
			.body(out.toString());
	}

	private static void row(CSVPrinter csv, String section, String code,
			org.amity.evaluation.Statistics.Interval interval, org.amity.evaluation.SurveyResults.Count pairs)
			throws IOException {
		if (interval == null) {
			csv.printRecord(section, null, code, null, null, null, "points", "fewer than 5 people");
		}
		else {
			csv.printRecord(section, null, code, round(interval.estimate()), round(interval.low()),
					round(interval.high()), "points", "n=" + interval.n());
		}
	}

	private static double round(double value) {
		return Math.round(value * 1000) / 1000.0;
	}

	private static Object number(double value) {
		return value == Math.rint(value) ? (Object) (long) value : (Object) value;
	}

	/** The evidence summary as sentences in the reader's language, figures in place. */
	List<String> evidence(PartnershipReport report, Locale locale) {
		var lines = new ArrayList<String>();
		for (var evidence : report.evidence()) {
			var args = evidence.figures().stream().map(figure -> {
				if (figure instanceof LocalizedText text) {
					return (Object) text.in(locale);
				}
				if (figure instanceof VitalityReading.State state) {
					return (Object) messages.getMessage("vitality.state." + state, null, locale);
				}
				return figure;
			}).toArray();
			lines.add(messages.getMessage(evidence.key(), args, locale));
		}
		return lines;
	}
}
