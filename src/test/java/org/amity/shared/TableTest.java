package org.amity.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class TableTest {

	final Table partners = new Table("Tokyo's partners", List.of("partner", "country", "since", "longitude"),
			List.of(Arrays.asList("New York", "US", "1960-02-29", -74.006),
					Arrays.asList("=HYPERLINK(\"http://evil.example\")", "XX", null, 1.5),
					Arrays.asList("서울", "KR", "1988-09-03", 126.978)));

	@Test
	void a_csv_download_keeps_numbers_and_scripts_and_disarms_formulas() {
		var out = new StringWriter();
		partners.writeCsv(out);
		assertThat(out.toString()).startsWith("partner,country,since,longitude\r\n")
			.contains("New York,US,1960-02-29,-74.006")
			.contains("\"'=HYPERLINK(\"\"http://evil.example\"\")\",XX,,1.5")
			.contains("서울,KR,1988-09-03,126.978");
	}

	@Test
	void an_xlsx_download_has_the_headings_numbers_as_numbers_and_no_formula() throws Exception {
		var out = new ByteArrayOutputStream();
		partners.write(FileFormat.XLSX, out);
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
			var sheet = workbook.getSheetAt(0);
			assertThat(sheet.getSheetName()).isEqualTo("Tokyo's partners");
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("partner");
			assertThat(sheet.getRow(1).getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(sheet.getRow(1).getCell(3).getNumericCellValue()).isEqualTo(-74.006);
			var hostile = sheet.getRow(2).getCell(0);
			assertThat(hostile.getCellType()).isEqualTo(CellType.STRING);
			assertThat(hostile.getStringCellValue()).startsWith("=HYPERLINK");
			assertThat(sheet.getRow(2).getCell(2)).isNull();
			assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo("서울");
		}
	}

	@Test
	void a_sheet_name_excel_would_refuse_is_made_acceptable() {
		assertThat(Table.sheetName("Partners: Seoul/Tokyo [2015]*?")).isEqualTo("Partners  Seoul Tokyo  2015");
		assertThat(Table.sheetName("x".repeat(40))).hasSize(31);
	}

	@Test
	void a_row_with_a_missing_value_is_refused_rather_than_shifted() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Table("t", List.of("a", "b"), List.of(List.of("1"))));
	}
}
