package org.amity.interop;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file read whole and checked before an import touches the database: strict UTF-8 (with or without a byte
 * order mark), RFC 4180 quoting ({@code "Washington, D.C."}), the columns the import needs, and the line of each row.
 */
final class CsvTable {

	/** Larger files are refused rather than read into memory. */
	static final int MAX_BYTES = 64 * 1024 * 1024;

	private final List<String> header;
	private final List<Row> rows;

	private CsvTable(List<String> header, List<Row> rows) {
		this.header = header;
		this.rows = rows;
	}

	static CsvTable read(byte[] bytes, List<String> requiredColumns) {
		if (bytes.length > MAX_BYTES) {
			throw new ImportRejectedException(ImportRejectedException.Reason.TOO_LARGE, 0,
					"The file has " + bytes.length + " bytes; at most " + MAX_BYTES + " are accepted");
		}
		var text = decodeUtf8(bytes);
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		int nul = text.indexOf('\0');
		if (nul >= 0) {
			// PostgreSQL cannot store a NUL character in text; a file holding one is damaged, not data
			long line = text.substring(0, nul).chars().filter(c -> c == '\n').count() + 1;
			throw new ImportRejectedException(ImportRejectedException.Reason.MALFORMED_CSV, line,
					"The file holds a NUL character on line " + line + "; it is not a text file");
		}
		if (text.isBlank()) {
			throw new ImportRejectedException(ImportRejectedException.Reason.EMPTY_FILE, 0, "The file is empty");
		}
		var format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
			.setTrim(true).setAllowMissingColumnNames(true).get();
		try (var parser = format.parse(new StringReader(text))) {
			var header = parser.getHeaderNames().stream().map(h -> h.strip().toLowerCase(java.util.Locale.ROOT)).toList();
			var missing = requiredColumns.stream().filter(c -> !header.contains(c)).toList();
			if (!missing.isEmpty()) {
				throw new ImportRejectedException(ImportRejectedException.Reason.MISSING_COLUMNS, 1,
						"The header lacks the columns " + String.join(", ", missing) + " (found: "
								+ String.join(", ", header) + ")");
			}
			var rows = new ArrayList<Row>();
			for (var record : parser) {
				rows.add(new Row(record.getParser().getCurrentLineNumber(), record, header));
			}
			return new CsvTable(header, rows);
		}
		catch (IOException | UncheckedIOException | IllegalStateException e) {
			throw new ImportRejectedException(ImportRejectedException.Reason.MALFORMED_CSV, 0,
					"The file is not well-formed CSV: " + e.getMessage());
		}
	}

	List<Row> rows() {
		return rows;
	}

	List<String> header() {
		return header;
	}

	private static String decodeUtf8(byte[] bytes) {
		var decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		try {
			return decoder.decode(ByteBuffer.wrap(bytes)).toString();
		}
		catch (CharacterCodingException e) {
			int offset = firstInvalidByte(bytes);
			long line = 1;
			for (int i = 0; i < offset; i++) {
				if (bytes[i] == '\n') {
					line++;
				}
			}
			throw new ImportRejectedException(ImportRejectedException.Reason.NOT_UTF8, line,
					"The file is not UTF-8 (first invalid byte at offset " + offset + ", line " + line
							+ "); save it as UTF-8 and try again");
		}
	}

	private static int firstInvalidByte(byte[] bytes) {
		var decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		var in = ByteBuffer.wrap(bytes);
		var out = java.nio.CharBuffer.allocate(bytes.length + 1);
		var result = decoder.decode(in, out, true);
		return result.isError() ? in.position() : bytes.length;
	}

	/** One data row with its line in the file (a quoted field may span lines: this is where the row ends). */
	record Row(long line, CSVRecord record, List<String> header) {

		String get(String column) {
			int index = header.indexOf(column);
			if (index < 0 || index >= record.size()) {
				return "";
			}
			return record.get(index).strip();
		}

		boolean isComplete() {
			return record.size() == header.size();
		}

		Map<String, String> asMap() {
			var map = new java.util.LinkedHashMap<String, String>();
			for (int i = 0; i < header.size(); i++) {
				map.put(header.get(i), i < record.size() ? record.get(i) : "");
			}
			return map;
		}
	}
}
