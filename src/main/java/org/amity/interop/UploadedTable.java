package org.amity.interop;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.amity.interop.ImportRejectedException.Reason;
import org.amity.interop.TextEncodings.Encoding;
import org.apache.commons.csv.CSVFormat;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A table as a person brings it to the import wizard: a CSV or tab-separated file in any of the encodings
 * {@link TextEncodings} knows, an XLSX workbook (its first sheet), or text pasted from a web page (tab-separated, as
 * browsers copy table cells, or the table's HTML). The kind is judged by the bytes, not the file's name; the first
 * non-empty row is the header. Whatever is refused is refused whole, before anything is stored.
 */
final class UploadedTable {

	static final int MAX_BYTES = 10 * 1024 * 1024;
	static final int MAX_ROWS = 5000;
	static final int MAX_COLUMNS = 60;
	/** A cell longer than this is cut: no field of a partner list needs more, and the preview stays readable. */
	static final int MAX_CELL = 2000;

	static {
		// Zip bombs: an XLSX entry may not inflate beyond 100 times its compressed size, nor beyond 100 MB.
		ZipSecureFile.setMinInflateRatio(0.01);
		ZipSecureFile.setMaxEntrySize(100L * 1024 * 1024);
		ZipSecureFile.setMaxTextSize(50L * 1024 * 1024);
	}

	enum Format {
		CSV, TSV, XLSX, HTML
	}

	/** A data row with its line in the file (its row number in a workbook), cells in header order. */
	record Row(long line, List<String> cells) {

		String cell(int column) {
			return column >= 0 && column < cells.size() ? cells.get(column) : "";
		}
	}

	private final Format format;
	private final String encoding;
	private final List<String> header;
	private final List<Row> rows;

	private UploadedTable(Format format, String encoding, List<String> header, List<Row> rows) {
		this.format = format;
		this.encoding = encoding;
		this.header = header;
		this.rows = rows;
	}

	Format format() {
		return format;
	}

	/** The encoding the text was read in, as the preview names it; null for a workbook or pasted text. */
	String encoding() {
		return encoding;
	}

	List<String> header() {
		return header;
	}

	List<Row> rows() {
		return rows;
	}

	/** Reads an uploaded file; {@code chosen} overrides the detected encoding of a text file. */
	static UploadedTable read(byte[] bytes, Encoding chosen) {
		if (bytes.length > MAX_BYTES) {
			throw new ImportRejectedException(Reason.TOO_LARGE, 0,
					"The file has " + bytes.length + " bytes; at most " + MAX_BYTES + " are accepted");
		}
		if (bytes.length == 0) {
			throw new ImportRejectedException(Reason.EMPTY_FILE, 0, "The file is empty");
		}
		if (startsWith(bytes, 0x50, 0x4B, 0x03, 0x04)) {
			return workbook(bytes);
		}
		if (startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0) || startsWith(bytes, 0x25, 0x50, 0x44, 0x46)
				|| startsWith(bytes, 0x89, 0x50, 0x4E, 0x47) || startsWith(bytes, 0xFF, 0xD8, 0xFF)
				|| startsWith(bytes, 0x47, 0x49, 0x46, 0x38) || startsWith(bytes, 0x1F, 0x8B)
				|| startsWith(bytes, 0x50, 0x4B)) {
			throw new ImportRejectedException(Reason.NOT_A_TABLE, 0,
					"The file is a binary file (an old XLS workbook, PDF, image or archive), not a table");
		}
		var decoded = (chosen == null ? TextEncodings.detect(bytes) : TextEncodings.decode(bytes, chosen))
			.orElseThrow(() -> new ImportRejectedException(Reason.UNKNOWN_ENCODING, 0,
					"The text is not valid in " + (chosen == null ? "any known encoding" : chosen.label())));
		var text = decoded.text();
		if (text.indexOf('\0') >= 0) {
			throw new ImportRejectedException(Reason.NOT_A_TABLE, 0, "The file holds NUL characters; it is not text");
		}
		var table = text(text);
		return new UploadedTable(table.format, decoded.name(), table.header, table.rows);
	}

	/** Reads text pasted from a web page or a spreadsheet. */
	static UploadedTable paste(String text) {
		if (text == null || text.isBlank()) {
			throw new ImportRejectedException(Reason.EMPTY_FILE, 0, "Nothing was pasted");
		}
		if (text.length() > MAX_BYTES) {
			throw new ImportRejectedException(Reason.TOO_LARGE, 0, "The pasted text is too long");
		}
		var cleaned = text.replace("\0", "");
		return text(cleaned);
	}

	private static UploadedTable text(String text) {
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		if (HTML_TABLE.matcher(text).find()) {
			return html(text);
		}
		var firstLine = text.strip().lines().findFirst().orElse("");
		char delimiter = count(firstLine, '\t') > 0 ? '\t'
				: count(firstLine, ';') > count(firstLine, ',') ? ';' : ',';
		var format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).setTrim(true).get();
		var cells = new ArrayList<List<String>>();
		var lines = new ArrayList<Long>();
		try (var parser = format.parse(new StringReader(text))) {
			for (var record : parser) {
				if (cells.size() > MAX_ROWS) {
					throw tooMany();
				}
				var row = new ArrayList<String>(record.size());
				record.forEach(row::add);
				cells.add(row);
				lines.add(parser.getCurrentLineNumber());
			}
		}
		catch (IOException | UncheckedIOException | IllegalStateException e) {
			throw new ImportRejectedException(Reason.MALFORMED_CSV, 0, "The text is not well-formed CSV: " + e.getMessage());
		}
		return table(delimiter == '\t' ? Format.TSV : Format.CSV, null, cells, lines);
	}

	private static final Pattern HTML_TABLE = Pattern.compile("(?i)<table[\\s>]");
	private static final Pattern HTML_ROW = Pattern.compile("(?is)<tr[^>]*>(.*?)(?=<tr[\\s>]|</table>|$)");
	private static final Pattern HTML_CELL = Pattern
		.compile("(?is)<t([hd])([^>]*)>(.*?)(?=<t[hd][\\s>]|</tr>|$)");
	private static final Pattern COLSPAN = Pattern.compile("(?i)colspan\\s*=\\s*[\"']?(\\d+)");
	private static final Pattern TAG = Pattern.compile("(?s)<[^>]*>");
	private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]+|#\\d+|[a-zA-Z]+);");

	/** The first table of the HTML, each cell's text without its markup (scripts and styles dropped whole). */
	private static UploadedTable html(String html) {
		var start = HTML_TABLE.matcher(html);
		start.find();
		var body = html.substring(start.start()).replaceAll("(?is)<(script|style)[^>]*>.*?</\\1\\s*>", "");
		int end = body.toLowerCase(Locale.ROOT).indexOf("</table>");
		if (end >= 0) {
			body = body.substring(0, end + "</table>".length());
		}
		var cells = new ArrayList<List<String>>();
		var lines = new ArrayList<Long>();
		var rows = HTML_ROW.matcher(body);
		while (rows.find()) {
			var row = new ArrayList<String>();
			var each = HTML_CELL.matcher(rows.group(1));
			while (each.find()) {
				var text = unescape(TAG.matcher(each.group(3).replaceAll("(?i)<br\\s*/?>", " ")).replaceAll(" "));
				row.add(text.replaceAll("[\\s\\u00A0]+", " ").strip());
				var span = COLSPAN.matcher(each.group(2));
				for (int extra = span.find() ? Math.min(Integer.parseInt(span.group(1)), MAX_COLUMNS) - 1 : 0; extra > 0; extra--) {
					row.add("");
				}
			}
			if (!row.isEmpty()) {
				if (cells.size() > MAX_ROWS) {
					throw tooMany();
				}
				cells.add(row);
				lines.add((long) cells.size());
			}
		}
		return table(Format.HTML, null, cells, lines);
	}

	private static String unescape(String text) {
		Matcher m = ENTITY.matcher(text);
		var out = new StringBuilder();
		while (m.find()) {
			var entity = m.group(1);
			String replacement = switch (entity.toLowerCase(Locale.ROOT)) {
				case "amp" -> "&";
				case "lt" -> "<";
				case "gt" -> ">";
				case "quot" -> "\"";
				case "apos" -> "'";
				case "nbsp" -> " ";
				default -> {
					try {
						int code = entity.startsWith("#x") || entity.startsWith("#X")
								? Integer.parseInt(entity.substring(2), 16)
								: entity.startsWith("#") ? Integer.parseInt(entity.substring(1)) : -1;
						yield code > 0 && Character.isValidCodePoint(code) ? new String(Character.toChars(code))
								: m.group();
					}
					catch (NumberFormatException e) {
						yield m.group();
					}
				}
			};
			m.appendReplacement(out, Matcher.quoteReplacement(replacement));
		}
		m.appendTail(out);
		return out.toString();
	}

	/** The first sheet of a workbook; dates typed as dates come out as ISO text, formulas as their saved values. */
	private static UploadedTable workbook(byte[] bytes) {
		var cells = new ArrayList<List<String>>();
		var lines = new ArrayList<Long>();
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
			if (workbook.getNumberOfSheets() == 0) {
				throw new ImportRejectedException(Reason.EMPTY_FILE, 0, "The workbook has no sheet");
			}
			var sheet = workbook.getSheetAt(0);
			var formatter = new DataFormatter(Locale.ROOT);
			for (var row : sheet) {
				if (cells.size() > MAX_ROWS) {
					throw tooMany();
				}
				if (row.getLastCellNum() > MAX_COLUMNS) {
					throw tooMany();
				}
				var values = new ArrayList<String>();
				for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
					values.add(cellText(row.getCell(c), formatter));
				}
				cells.add(values);
				lines.add((long) row.getRowNum() + 1);
			}
		}
		catch (ImportRejectedException e) {
			throw e;
		}
		catch (IOException | RuntimeException e) {
			var bomb = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).contains("zip bomb")
					|| e.getCause() != null && String.valueOf(e.getCause().getMessage()).toLowerCase(Locale.ROOT).contains("zip bomb");
			throw new ImportRejectedException(bomb ? Reason.UNSAFE_SPREADSHEET : Reason.NOT_A_TABLE, 0,
					"The file is not a readable XLSX workbook: " + e.getMessage());
		}
		return table(Format.XLSX, null, cells, lines);
	}

	private static String cellText(Cell cell, DataFormatter formatter) {
		if (cell == null) {
			return "";
		}
		var type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
		return switch (type) {
			case NUMERIC -> {
				if (DateUtil.isCellDateFormatted(cell)) {
					LocalDate date = cell.getLocalDateTimeCellValue().toLocalDate();
					yield date.toString();
				}
				double value = cell.getNumericCellValue();
				yield value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf((long) value)
						: String.valueOf(value);
			}
			case STRING -> cell.getRichStringCellValue().getString();
			case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
			default -> cell.getCellType() == CellType.FORMULA ? "" : formatter.formatCellValue(cell);
		};
	}

	/** Drops empty rows, takes the first row as the header, cuts overlong cells. */
	private static UploadedTable table(Format format, String encoding, List<List<String>> cells, List<Long> lines) {
		var header = (List<String>) null;
		var rows = new ArrayList<Row>();
		for (int i = 0; i < cells.size(); i++) {
			var row = cells.get(i).stream().map(UploadedTable::clean).toList();
			if (row.stream().allMatch(String::isEmpty)) {
				continue;
			}
			if (row.size() > MAX_COLUMNS) {
				throw tooMany();
			}
			if (header == null) {
				header = row;
			}
			else {
				rows.add(new Row(lines.get(i), row));
			}
		}
		if (header == null) {
			throw new ImportRejectedException(Reason.EMPTY_FILE, 0, "The table has no rows");
		}
		return new UploadedTable(format, encoding, header, rows);
	}

	private static String clean(String cell) {
		var text = cell == null ? "" : cell.replace('\u00A0', ' ').strip();
		return text.length() > MAX_CELL ? text.substring(0, MAX_CELL) : text;
	}

	private static ImportRejectedException tooMany() {
		return new ImportRejectedException(Reason.TOO_MANY_ROWS, 0,
				"At most " + MAX_ROWS + " rows and " + MAX_COLUMNS + " columns are taken in one import");
	}

	private static boolean startsWith(byte[] bytes, int... prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((bytes[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	private static int count(String text, char c) {
		return (int) text.chars().filter(x -> x == c).count();
	}
}
