package org.amity.interop;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Cells that a spreadsheet would run as formulas are written as text in every CSV Amity exports. */
class SpreadsheetCellsTest {

	@ParameterizedTest(name = "{0} is written as text")
	@ValueSource(strings = { "=HYPERLINK(\"http://x\")", "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)", "\tX" })
	void a_cell_that_would_run_as_a_formula_is_written_as_text(String cell) {
		assertThat(SpreadsheetCells.safe(cell)).isEqualTo("'" + cell);
	}

	@ParameterizedTest(name = "{0} is written as it is")
	@ValueSource(strings = { "Seoul", "-12", "1988-09-03", "" })
	void ordinary_cells_and_numbers_are_written_as_they_are(String cell) {
		assertThat(SpreadsheetCells.safe(cell)).isEqualTo(cell);
	}

	@Test
	void an_import_report_neutralises_formulas_from_the_table() {
		var report = new ImportReport("wizard", "=EVIL()");
		report.unresolved(2, ImportReport.Problem.Reason.UNKNOWN_COUNTRY, "=1+1 is not a country");
		assertThat(report.toCsv()).contains("'=EVIL()").contains("'=1+1 is not a country");
	}
}
