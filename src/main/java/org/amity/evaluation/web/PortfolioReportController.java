package org.amity.evaluation.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.amity.evaluation.Reports;
import org.amity.identity.AccessRule;
import org.amity.shared.web.PortalPaths;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import tools.jackson.databind.json.JsonMapper;

/** A city's portfolio report: every partnership's vitality now, its trend and its recent activity, with a chart. */
@AccessRule(AccessRule.Audience.PUBLIC)
@Controller
class PortfolioReportController {

	private final Reports reports;
	private final MessageSource messages;
	private final JsonMapper json;

	PortfolioReportController(Reports reports, MessageSource messages, JsonMapper json) {
		this.reports = reports;
		this.messages = messages;
		this.json = json;
	}

	@GetMapping(PortalPaths.LANG + "/cities/{slug}/report")
	String report(@PathVariable String slug, Locale locale, Model model) {
		var report = reports.portfolio(slug);
		model.addAttribute("report", report);
		var rows = report.rows().stream().filter(r -> r.entry().current() != null).limit(40).toList();
		var chart = new LinkedHashMap<String, Object>();
		chart.put("categories", rows.stream().map(r -> r.partner().nameIn(locale)).toList());
		chart.put("yName", messages.getMessage("vitality.chart.index", null, locale));
		chart.put("min", 0);
		chart.put("max", 100);
		chart.put("series", List.of(Map.of("name", messages.getMessage("vitality.chart.index", null, locale),
				"type", "bar", "values", rows.stream().map(r -> r.entry().current().index()).toList())));
		model.addAttribute("chart", json.writeValueAsString(chart).replace("<", "\\u003c"));
		return "evaluation/portfolio-report";
	}
}
