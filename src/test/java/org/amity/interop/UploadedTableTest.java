package org.amity.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.amity.interop.ColumnMapping.Field;
import org.amity.interop.ImportRejectedException.Reason;
import org.junit.jupiter.api.Test;

/** Tables as people bring them: files judged by their bytes, pasted web tables, and hostile content refused whole. */
class UploadedTableTest {

	@Test
	void a_shift_jis_csv_is_read_with_its_encoding_named() {
		var csv = "姉妹都市,国名,提携年月日\nニューヨーク,アメリカ合衆国,1960年2月29日\n";
		var table = UploadedTable.read(csv.getBytes(Charset.forName("Shift_JIS")), null);
		assertThat(table.encoding()).isEqualTo("Shift_JIS");
		assertThat(table.header()).containsExactly("姉妹都市", "国名", "提携年月日");
		assertThat(table.rows().get(0).cells()).containsExactly("ニューヨーク", "アメリカ合衆国", "1960年2月29日");
	}

	@Test
	void a_table_copied_from_a_web_page_as_html_keeps_its_cells_and_drops_scripts_and_markup() {
		var html = """
				<p>Our partners</p><table class="list"><thead><tr><th>도시</th><th>국가</th><th>결연일자</th></tr></thead>
				<tbody><tr><td><a href="/x">Kobe</a></td><td>일본</td><td>1982.&nbsp;3.&nbsp;5</td></tr>
				<tr><td>A &amp; B<script>alert(1)</script></td><td colspan="2">미국</td></tr></tbody></table>
				""";
		var table = UploadedTable.paste(html);
		assertThat(table.format()).isEqualTo(UploadedTable.Format.HTML);
		assertThat(table.header()).containsExactly("도시", "국가", "결연일자");
		assertThat(table.rows().get(0).cells()).containsExactly("Kobe", "일본", "1982. 3. 5");
		assertThat(table.rows().get(1).cells()).containsExactly("A & B", "미국", "");
	}

	@Test
	void pasted_tab_separated_cells_are_a_table() {
		var table = UploadedTable.paste("Partner\tCountry\nParis\tFrance\n\nRome\tItaly\n");
		assertThat(table.format()).isEqualTo(UploadedTable.Format.TSV);
		assertThat(table.rows()).hasSize(2);
	}

	@Test
	void a_file_of_another_kind_is_refused_whatever_its_name() {
		assertThatThrownBy(() -> UploadedTable.read("%PDF-1.4 ...".getBytes(StandardCharsets.US_ASCII), null))
			.isInstanceOf(ImportRejectedException.class)
			.extracting(e -> ((ImportRejectedException) e).reason())
			.isEqualTo(Reason.NOT_A_TABLE);
		assertThatThrownBy(() -> UploadedTable.read(new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0 }, null))
			.extracting(e -> ((ImportRejectedException) e).reason())
			.isEqualTo(Reason.NOT_A_TABLE);
	}

	@Test
	void a_workbook_that_inflates_far_beyond_its_size_is_refused_as_a_zip_bomb() throws Exception {
		var out = new ByteArrayOutputStream();
		try (var zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".getBytes());
			zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
			var zeros = new byte[1024 * 1024];
			for (int i = 0; i < 50; i++) {
				zip.write(zeros);
			}
		}
		assertThatThrownBy(() -> UploadedTable.read(out.toByteArray(), null))
			.isInstanceOf(ImportRejectedException.class)
			.extracting(e -> ((ImportRejectedException) e).reason())
			.isIn(Reason.UNSAFE_SPREADSHEET, Reason.NOT_A_TABLE);
	}

	@Test
	void a_file_with_nul_characters_is_not_text() {
		var bytes = "a,b\n1,\u0000\n".getBytes(StandardCharsets.UTF_8);
		assertThatThrownBy(() -> UploadedTable.read(bytes, TextEncodings.Encoding.UTF_8))
			.extracting(e -> ((ImportRejectedException) e).reason())
			.isEqualTo(Reason.NOT_A_TABLE);
	}

	@Test
	void the_columns_of_korean_japanese_indonesian_and_english_headers_are_guessed() {
		var korean = ColumnMapping.guess(List.of("번호", "자매도시", "국가", "결연일자", "비고"));
		assertThat(korean.columns()).containsEntry(Field.PARTNER, 1).containsEntry(Field.PARTNER_COUNTRY, 2)
			.containsEntry(Field.DATE, 3).containsEntry(Field.NOTES, 4);
		var japanese = ColumnMapping.guess(List.of("姉妹都市", "国名", "提携年月日", "人口"));
		assertThat(japanese.columns()).containsEntry(Field.PARTNER, 0).containsEntry(Field.PARTNER_COUNTRY, 1)
			.containsEntry(Field.DATE, 2).containsEntry(Field.POPULATION, 3);
		var indonesian = ColumnMapping.guess(List.of("Kota mitra", "Negara", "Tanggal"));
		assertThat(indonesian.isComplete()).isTrue();
		assertThat(ColumnMapping.parse(korean.toText())).isEqualTo(korean);
	}

	@Test
	void files_named_alike_share_a_remembered_mapping() {
		assertThat(ImportDrafts.filePattern("Sister_Cities 2023-05.CSV"))
			.isEqualTo(ImportDrafts.filePattern("sister-cities-2024.csv"));
	}
}
