package org.amity.interop.web;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.amity.identity.AccessRule;
import org.amity.interop.ColumnMapping;
import org.amity.interop.ImportLog;
import org.amity.interop.ImportWizard;
import org.amity.interop.MappingRefusedException;
import org.amity.shared.NotFoundException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/imports}: the imports that ran, and each one's report (what it merged and what it could not
 * resolve); and the import wizard's steps for scripts (upload or paste, map, dry run, choose, commit, undo), the
 * non-GET ones for staff.
 */
@AccessRule(AccessRule.Audience.PUBLIC)
@RestController
@RequestMapping("/api/v1/imports")
class ImportApi {

	private final ImportLog imports;
	private final ImportWizard wizard;

	ImportApi(ImportLog imports, ImportWizard wizard) {
		this.imports = imports;
		this.wizard = wizard;
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

	@Operation(summary = "Uploads a CSV or XLSX file as a draft and answers its preview (encoding detected, first rows)")
	@AccessRule(AccessRule.Audience.STAFF)
	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<DraftView> upload(@RequestPart("file") MultipartFile file,
			@RequestParam(defaultValue = "") String source) throws IOException {
		if (file.getSize() > org.amity.interop.ImportLimits.MAX_BYTES) {
			throw new org.amity.interop.ImportRejectedException(
					org.amity.interop.ImportRejectedException.Reason.TOO_LARGE, 0, "The file is too large");
		}
		var id = wizard.upload(source, file.getOriginalFilename(), file.getBytes());
		return ResponseEntity.created(URI.create("/api/v1/imports/drafts/" + id)).body(view(id));
	}

	@Operation(summary = "Takes pasted table text (tab-separated or a table's HTML) as a draft")
	@AccessRule(AccessRule.Audience.STAFF)
	@PostMapping(value = "/paste", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<DraftView> paste(@RequestBody PasteRequest request) {
		var id = wizard.paste(request.source(), request.text());
		return ResponseEntity.created(URI.create("/api/v1/imports/drafts/" + id)).body(view(id));
	}

	@Operation(summary = "A draft's preview: format, encoding, header, the first rows and the column mapping")
	@AccessRule(AccessRule.Audience.STAFF)
	@GetMapping("/drafts/{id}")
	DraftView draft(@PathVariable UUID id) {
		return view(id);
	}

	@Operation(summary = "Sets a draft's column mapping, encoding (instead of the detected one) and owner city")
	@AccessRule(AccessRule.Audience.STAFF)
	@PutMapping("/drafts/{id}/mapping")
	DraftView map(@PathVariable UUID id, @RequestBody MappingRequest request) {
		var columns = new EnumMap<ColumnMapping.Field, Integer>(ColumnMapping.Field.class);
		if (request.columns() != null) {
			columns.putAll(request.columns());
		}
		wizard.map(id, request.encoding(), request.owner(), new ColumnMapping(columns));
		return view(id);
	}

	@Operation(summary = "What a commit would do with each row, and why; writes nothing")
	@AccessRule(AccessRule.Audience.STAFF)
	@PostMapping("/drafts/{id}/dry-run")
	List<RowView> dryRun(@PathVariable UUID id) {
		return wizard.dryRun(id).rows().stream().map(RowView::of).toList();
	}

	@Operation(summary = "Chooses for uncertain rows, by line: a place id, NEW (a new place) or SKIP")
	@AccessRule(AccessRule.Audience.STAFF)
	@PutMapping("/drafts/{id}/choices")
	List<RowView> choose(@PathVariable UUID id, @RequestBody Map<Long, String> choices) {
		wizard.choose(id, choices);
		return dryRun(id);
	}

	@Operation(summary = "Commits a draft in one transaction; answers the import with its summary")
	@AccessRule(AccessRule.Audience.STAFF)
	@PostMapping("/drafts/{id}/commit")
	ResponseEntity<ImportLog.ImportRun> commit(@PathVariable UUID id) {
		long importId = wizard.commit(id);
		return ResponseEntity.created(URI.create("/api/v1/imports/" + importId)).body(wizard.run(importId));
	}

	@Operation(summary = "An import with its summary")
	@GetMapping("/{id:\\d+}")
	ImportLog.ImportRun run(@PathVariable long id) {
		return wizard.run(id);
	}

	@Operation(summary = "Undoes an import whole; 409 when later changes depend on it")
	@AccessRule(AccessRule.Audience.STAFF)
	@PostMapping("/{id:\\d+}/undo")
	ImportWizard.Undone undo(@PathVariable long id) {
		return wizard.undo(id);
	}

	private DraftView view(UUID id) {
		var preview = wizard.preview(id);
		return new DraftView(id, preview.draft().source(), preview.format(), preview.encoding(), preview.header(),
				preview.rows(), preview.rowCount(), preview.mapping().columns(), preview.draft().confirmed(),
				preview.draft().owner());
	}

	record PasteRequest(String source, String text) {
	}

	record MappingRequest(String encoding, String owner, Map<ColumnMapping.Field, Integer> columns) {
	}

	record DraftView(UUID id, String source, String format, String encoding, List<String> header,
			List<ImportWizard.TableRow> rows, int rowCount, Map<ColumnMapping.Field, Integer> mapping, boolean mappingConfirmed,
			String owner) {
	}

	record RowView(long line, String outcome, String reason, String partner, String country, String type,
			String date, String dateProblem, String place, String existingPartnership, List<Candidate> candidates) {

		static RowView of(ImportWizard.PlannedRow row) {
			return new RowView(row.line(), row.outcome().name(), row.reason().name(), row.partnerName(),
					row.country(), row.type() == null ? null : row.type().name(),
					row.date() == null ? null : row.date().toString(), row.dateProblemName(),
					row.partner() == null ? null : row.partner().slug(), row.existing(),
					row.candidates().stream().map(p -> new Candidate(p.id(), p.slug(), p.name(), p.level().name())).toList());
		}
	}

	record Candidate(long id, String slug, String name, String level) {
	}
}
