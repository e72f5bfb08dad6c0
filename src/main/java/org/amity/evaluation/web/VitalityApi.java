package org.amity.evaluation.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import io.swagger.v3.oas.annotations.Operation;
import org.amity.evaluation.Vitality;
import org.amity.evaluation.VitalityReading;
import org.amity.identity.AccessRule;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/partnerships/{id}/vitality}: the partnership's vitality index and dormancy, year by year. */
@AccessRule(AccessRule.Audience.PUBLIC)
@RestController
class VitalityApi {

	private final Vitality vitality;

	VitalityApi(Vitality vitality) {
		this.vitality = vitality;
	}

	@Operation(summary = "The same figures as CSV, a row per year, for a spreadsheet")
	@GetMapping(value = "/api/v1/partnerships/{id}/vitality.csv", produces = "text/csv")
	ResponseEntity<String> vitalityCsv(@PathVariable long id) throws IOException {
		var reading = vitality.reading(id);
		var out = new StringBuilder();
		try (var csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
			csv.printRecord("year", "index", "state", "last_activity_year", "activities");
			for (var year : reading.years()) {
				csv.printRecord(year.year(), year.index(), year.state(), year.lastActivityYear(),
						String.join("; ", year.activities().stream().map(a -> a.kind().name()).toList()));
			}
		}
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition
				.attachment().filename("amity-vitality-" + id + ".csv").build().toString())
			.body(out.toString());
	}

	@Operation(summary = "A partnership's vitality index and state per year, and its active, dormant and revived periods")
	@GetMapping("/api/v1/partnerships/{id}/vitality")
	VitalityReading vitality(@PathVariable long id) {
		return vitality.reading(id);
	}
}
