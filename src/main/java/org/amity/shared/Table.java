package org.amity.shared;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A list as people download it: a title, column headings in the reader's language and rows of values. Every list
 * Amity shows can be written as CSV or as an XLSX workbook the same way.
 * <p>
 * Text is always text: in CSV a text cell that a spreadsheet would run as a formula ({@code =}, {@code +}, {@code -},
 * {@code @}, tab, carriage return) is prefixed with an apostrophe; in XLSX every cell is a plain string or number, never
 * a formula. Numbers stay numbers.
 */
public record Table(String title, List<String> columns, List<List<Object>> rows) {

	/** Excel's limit for a sheet name; longer titles are cut for the sheet tab only. */
	private static final int SHEET_NAME = 31;
	/** Excel's limit for the text in one cell. */
	private static final int CELL_TEXT = 32_767;

	public Table {
		columns = List.copyOf(columns);
		var copied = new ArrayList<List<Object>>(rows.size());
		for (var row : rows) {
			if (row.size() != columns.size()) {
				throw new IllegalArgumentException("a row has " + row.size() + " values for " + columns.size() + " columns");
			}
			copied.add(java.util.Collections.unmodifiableList(new ArrayList<>(row)));
		}
		rows = List.copyOf(copied);
	}

	public void write(FileFormat format, OutputStream out) {
		switch (format) {
			case CSV -> writeCsv(new OutputStreamWriter(out, StandardCharsets.UTF_8));
			case XLSX -> writeXlsx(out);
			default -> throw new IllegalArgumentException("a table is written as CSV or XLSX, not " + format);
		}
	}

	/** RFC 4180 CSV; the caller's writer is flushed, not closed. */
	public void writeCsv(Writer out) {
		try {
			var csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(columns.toArray(String[]::new)).get());
			for (var row : rows) {
				csv.printRecord(row.stream().map(Table::csvCell).toList());
			}
			csv.flush();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** An XLSX workbook of one sheet, headings in bold and frozen, written as a stream whatever the size. */
	public void writeXlsx(OutputStream out) {
		var workbook = new SXSSFWorkbook(200);
		try {
			var sheet = workbook.createSheet(sheetName(title));
			CellStyle bold = workbook.createCellStyle();
			var font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			var header = sheet.createRow(0);
			for (int c = 0; c < columns.size(); c++) {
				var cell = header.createCell(c);
				cell.setCellValue(columns.get(c));
				cell.setCellStyle(bold);
			}
			sheet.createFreezePane(0, 1);
			for (int r = 0; r < rows.size(); r++) {
				var row = sheet.createRow(r + 1);
				var values = rows.get(r);
				for (int c = 0; c < values.size(); c++) {
					var value = values.get(c);
					if (value == null) {
						continue;
					}
					var cell = row.createCell(c);
					if (value instanceof Number number && !(value instanceof Long big && Math.abs(big) > (1L << 53))) {
						cell.setCellValue(number.doubleValue());
					}
					else if (value instanceof Boolean bool) {
						cell.setCellValue(bool);
					}
					else {
						var text = value.toString();
						cell.setCellValue(text.length() > CELL_TEXT ? text.substring(0, CELL_TEXT) : text);
					}
				}
			}
			workbook.write(out);
			out.flush();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		finally {
			workbook.dispose();
			try {
				workbook.close();
			}
			catch (IOException ignored) {
				// the workbook's temporary files are already removed by dispose()
			}
		}
	}

	static Object csvCell(Object value) {
		if (value instanceof CharSequence text && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			return "'" + text;
		}
		return value;
	}

	static String sheetName(String title) {
		var name = title == null || title.isBlank() ? "Amity" : title.replaceAll("[\\\\/?*\\[\\]:]", " ").strip();
		if (name.startsWith("'")) {
			name = name.substring(1);
		}
		return name.length() > SHEET_NAME ? name.substring(0, SHEET_NAME) : name;
	}
}
