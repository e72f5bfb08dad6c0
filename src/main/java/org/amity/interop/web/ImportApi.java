package org.amity.interop.web;

import java.nio.charset.StandardCharsets;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.amity.identity.AccessRule;
import org.amity.interop.ImportLog;
import org.amity.shared.NotFoundException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/imports}: the imports that ran, and each one's report (what it merged and what it could not resolve). */
@AccessRule(AccessRule.Audience.PUBLIC)
@RestController
@RequestMapping("/api/v1/imports")
class ImportApi {

	private final ImportLog imports;

	ImportApi(ImportLog imports) {
		this.imports = imports;
	}

	@Operation(summary = "The most recent imports with their summaries")
	@GetMapping
	List<ImportLog.ImportRun> recent(@RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit) {
		return imports.recent(limit);
	}

	@Operation(summary = "An import's report as CSV: the counts, then every unresolved row with its line and reason")
	@GetMapping(value = "/{id}/report", produces = "text/csv")
	ResponseEntity<byte[]> report(@PathVariable long id) {
		var csv = imports.reportCsv(id).orElseThrow(() -> new NotFoundException("import", String.valueOf(id)));
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("amity-import-" + id + "-report.csv").build().toString())
			.body(csv.getBytes(StandardCharsets.UTF_8));
	}
}
