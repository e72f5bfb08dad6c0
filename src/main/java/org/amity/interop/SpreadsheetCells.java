package org.amity.interop;

import java.util.Collection;
import java.util.List;

/**
 * Text written into a CSV that a spreadsheet will open: a cell that begins with {@code =}, {@code +}, {@code -},
 * {@code @}, a tab or a carriage return would run as a formula ({@code =HYPERLINK(...)} in a partner's name typed
 * into an imported table), so it is written with a leading apostrophe, which spreadsheets show as text.
 */
final class SpreadsheetCells {

	private SpreadsheetCells() {
	}

	static Object safe(Object value) {
		if (value instanceof String text && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0
				&& !text.matches("[-+]?\\d+(\\.\\d+)?([eE][-+]?\\d+)?")) {
			return "'" + text;
		}
		return value;
	}

	static List<Object> safe(Collection<?> values) {
		return values.stream().map(SpreadsheetCells::safe).toList();
	}
}
