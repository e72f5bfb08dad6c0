package org.amity.evaluation.web;

import java.io.IOException;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import org.amity.evaluation.TimeSeries;
import org.amity.identity.AccessRule;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** {@code /api/v1/series}: imported time series, and importing one from CSV with its column mapping. */
@AccessRule(AccessRule.Audience.PUBLIC)
@RestController
class SeriesApi {

	private final TimeSeries series;

	SeriesApi(TimeSeries series) {
		this.series = series;
	}

	@Operation(summary = "Every imported series with its unit, source and points")
	@GetMapping("/api/v1/series")
	List<TimeSeries.Series> all() {
		return series.all();
	}

	@Operation(summary = "The columns and first rows of a CSV file, to choose the mapping from")
	@AccessRule(AccessRule.Audience.STAFF)
	@PostMapping("/api/v1/series/preview")
	TimeSeries.Preview preview(@RequestParam MultipartFile file) throws IOException {
		return series.preview(file.getBytes());
	}

	@Operation(summary = "Import a CSV file: which column is the year or date, which the value; unit and source are kept. "
			+ "A file that is not UTF-8 or has one unreadable row is refused whole (422) and nothing is stored")
	@AccessRule(AccessRule.Audience.STAFF)
	@PostMapping("/api/v1/series")
	@ResponseStatus(HttpStatus.CREATED)
	TimeSeries.Series importSeries(@RequestParam MultipartFile file, @RequestParam String period,
			@RequestParam String value, @RequestParam String name, @RequestParam TimeSeries.Kind kind,
			@RequestParam String unit, @RequestParam String source, @RequestParam(required = false) Long partnership,
			@RequestParam(required = false) String countryA, @RequestParam(required = false) String countryB)
			throws IOException {
		return series.importCsv(file.getBytes(), new TimeSeries.Mapping(period, value), new TimeSeries.NewSeries(name,
				kind, unit, source, partnership, countryA == null ? null : countryA.toUpperCase(java.util.Locale.ROOT),
				countryB == null ? null : countryB.toUpperCase(java.util.Locale.ROOT), false));
	}
}
