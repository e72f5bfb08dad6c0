package org.amity.shared.web;

import java.io.ByteArrayOutputStream;

import org.amity.shared.FileFormat;
import org.amity.shared.Table;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A list served as a file to download, CSV or XLSX, named for what it holds. */
public final class Downloads {

	private Downloads() {
	}

	/**
	 * @param format CSV or XLSX, as the URL's extension names it
	 * @param fileName the name without extension, in ASCII ({@code amity-tokyo-jp-partners})
	 */
	public static ResponseEntity<byte[]> of(Table table, String format, String fileName) {
		var fileFormat = "xlsx".equalsIgnoreCase(format) ? FileFormat.XLSX : FileFormat.CSV;
		var out = new ByteArrayOutputStream();
		table.write(fileFormat, out);
		var type = fileFormat == FileFormat.CSV ? new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8)
				: MediaType.parseMediaType(fileFormat.mediaType());
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName + "." + fileFormat.extension()).build().toString())
			.body(out.toByteArray());
	}
}
