package org.amity.interop.web;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletResponse;
import org.amity.identity.AccessRule;
import org.amity.interop.ImportProgress;
import org.amity.interop.PartnershipExport;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/partnerships/export}: the whole registry as CSV, XLSX, JSON or GeoJSON, for spreadsheets and maps. */
@AccessRule(AccessRule.Audience.PUBLIC)
@RestController
class ExportApi {

	private final PartnershipExport export;

	ExportApi(PartnershipExport export) {
		this.export = export;
	}

	@Operation(summary = "Every partnership with both places, as CSV, XLSX, JSON or GeoJSON (lines between the places)")
	@GetMapping("/api/v1/partnerships/export")
	void export(@RequestParam(defaultValue = "CSV") PartnershipExport.Format format, HttpServletResponse response)
			throws Exception {
		response.setContentType(format == PartnershipExport.Format.XLSX ? format.mediaType()
				: format.mediaType() + ";charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
			.filename("amity-partnerships." + format.extension())
			.build()
			.toString());
		export.write(format, response.getOutputStream(), ImportProgress.NONE);
	}
}
