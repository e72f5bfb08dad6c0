package org.amity.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.amity.city.Gazetteer;
import org.amity.interop.ColumnMapping.Field;
import org.amity.interop.ImportWizard.Outcome;
import org.amity.partnership.PartnershipStatus;
import org.amity.partnership.Partnerships;
import org.amity.shared.PartialDate;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The wizard on the real registry: a Korean city's table of sister cities saved as EUC-KR CSV, and an XLSX built here
 * with dates in mixed forms. Every row is imported or explained, and an undo puts the registry back as it was.
 */
@SpringBootTest
class ImportWizardTest {

	static final String SEOUL_TABLE = """
			번호,자매도시,국가,결연일자,비고
			1,도쿄,일본,1988. 9. 3,수도 간 자매결연
			2,Zyxwville,미국,‘94.10.18,
			3,Nowhere,Atlantis,1990,
			4,Qwrtzburg,일본,03/05/1982,
			5,Zyxwville,미국,1994. 10. 18,두 번 적힌 행
			""";

	@Autowired
	ImportWizard wizard;

	@Autowired
	Gazetteer gazetteer;

	@Autowired
	Partnerships partnerships;

	@Autowired
	org.amity.identity.CurrentUser currentUser;

	/** The wizard checks whose list it is: these tests act as Amity itself unless they say otherwise. */
	@org.junit.jupiter.api.BeforeEach
	void actAsSystem() {
		org.springframework.security.core.context.SecurityContextHolder.getContext()
			.setAuthentication(org.amity.identity.CurrentUser.authenticationOf(org.amity.identity.Caller.system()));
	}

	@org.junit.jupiter.api.AfterEach
	void actAsNobody() {
		org.springframework.security.core.context.SecurityContextHolder.clearContext();
	}

	@Test
	void seouls_import_is_committed_read_and_undone_by_seouls_staff_and_neither_seen_nor_undone_by_tokyos() {
		var seoul = gazetteer.findBySlug("seoul-kr").orElseThrow().id();
		var tokyo = gazetteer.findBySlug("tokyo-jp").orElseThrow().id();
		var seoulOfficer = org.amity.identity.Caller.of(7801, "import-seoul",
				java.util.List.of(org.amity.identity.Grant.of(org.amity.identity.Role.CITY_OFFICER, seoul)), false);
		var tokyoOfficer = org.amity.identity.Caller.of(7802, "import-tokyo",
				java.util.List.of(org.amity.identity.Grant.of(org.amity.identity.Role.CITY_OFFICER, tokyo)), false);
		var table = "번호,자매도시,국가,결연일자,비고\n1,Scopeville,미국,2001. 5. 1,\n";
		var id = new long[1];
		currentUser.runAs(seoulOfficer, () -> {
			var draft = wizard.upload("Seoul scope test", "scope.csv", table.getBytes(StandardCharsets.UTF_8));
			wizard.map(draft, "", "seoul-kr", wizard.preview(draft).mapping());
			id[0] = wizard.commit(draft);
			assertThat(wizard.imports(50)).extracting(ImportLog.ImportRun::id).contains(id[0]);
		});
		currentUser.runAs(tokyoOfficer, () -> {
			assertThat(wizard.imports(50)).extracting(ImportLog.ImportRun::id).doesNotContain(id[0]);
			assertThatThrownBy(() -> wizard.run(id[0])).isInstanceOf(org.amity.identity.AccessDeniedException.class);
			assertThatThrownBy(() -> wizard.undo(id[0])).isInstanceOf(org.amity.identity.AccessDeniedException.class);
			var draft = wizard.upload("Tokyo pretending", "scope.csv", table.getBytes(StandardCharsets.UTF_8));
			wizard.map(draft, "", "seoul-kr", wizard.preview(draft).mapping());
			assertThatThrownBy(() -> wizard.commit(draft)).isInstanceOf(org.amity.identity.AccessDeniedException.class);
		});
		assertThat(wizard.run(id[0]).undone()).isFalse();
		currentUser.runAs(seoulOfficer, () -> wizard.undo(id[0]));
		assertThat(wizard.run(id[0]).undone()).isTrue();
	}

	@Test
	void a_korean_cities_euc_kr_table_is_read_and_every_row_is_imported_or_explained_and_undo_restores_the_registry() {
		var seoul = gazetteer.findBySlug("seoul-kr").orElseThrow();
		var tokyo = gazetteer.findBySlug("tokyo-jp").orElseThrow();
		var before = partnerships.between(seoul.id(), tokyo.id()).orElseThrow();
		int partnershipsBefore = partnerships.count();
		int placesBefore = gazetteer.count();

		var draft = wizard.upload("Seoul sister cities (test)", "seoul-sister-cities.csv",
				SEOUL_TABLE.getBytes(Charset.forName("EUC-KR")));
		var preview = wizard.preview(draft);
		assertThat(preview.encoding()).isEqualTo("EUC-KR");
		assertThat(preview.header()).containsExactly("번호", "자매도시", "국가", "결연일자", "비고");
		assertThat(preview.mapping().column(Field.PARTNER)).contains(1);
		assertThat(preview.mapping().column(Field.PARTNER_COUNTRY)).contains(2);
		assertThat(preview.mapping().column(Field.DATE)).contains(3);
		assertThat(preview.mapping().column(Field.NOTES)).contains(4);

		wizard.map(draft, "", "seoul-kr", preview.mapping());
		var plan = wizard.dryRun(draft);
		assertThat(plan.rows()).hasSize(5);
		assertThat(plan.rows()).allSatisfy(row -> assertThat(row.reason()).isNotNull());
		assertThat(plan.rows().get(0).outcome()).isEqualTo(Outcome.MERGE);
		assertThat(plan.rows().get(0).date()).isEqualTo(new PartialDate(1988, 9, 3));
		assertThat(plan.rows().get(1).outcome()).isEqualTo(Outcome.CREATE);
		assertThat(plan.rows().get(1).reason()).isEqualTo(ImportWizard.RowReason.NEW_PLACE);
		assertThat(plan.rows().get(1).date()).isEqualTo(new PartialDate(1994, 10, 18));
		assertThat(plan.rows().get(2).reason()).isEqualTo(ImportWizard.RowReason.UNKNOWN_COUNTRY);
		assertThat(plan.rows().get(3).reason()).isEqualTo(ImportWizard.RowReason.INVALID_DATE);
		assertThat(plan.rows().get(3).dateProblem()).isEqualTo(OfficialDates.Problem.AMBIGUOUS_DAY_MONTH);
		assertThat(plan.rows().get(4).reason()).isEqualTo(ImportWizard.RowReason.LISTED_TWICE);
		assertThat(partnerships.count()).as("a dry run writes nothing").isEqualTo(partnershipsBefore);

		long importId = wizard.commit(draft);
		var run = wizard.run(importId);
		assertThat(run.rowsRead()).isEqualTo(5);
		assertThat(run.partnershipsCreated()).isEqualTo(1);
		assertThat(run.placesCreated()).isEqualTo(1);
		assertThat(run.unresolved()).isEqualTo(2);
		assertThat(wizard.reportCsv(importId).orElseThrow()).contains("UNKNOWN_COUNTRY", "INVALID_DATE");
		assertThat(partnerships.count()).isEqualTo(partnershipsBefore + 1);
		assertThat(gazetteer.count()).isEqualTo(placesBefore + 1);
		var merged = partnerships.between(seoul.id(), tokyo.id()).orElseThrow();
		assertThat(merged.sources()).extracting(s -> s.name()).contains("Seoul sister cities (test)");

		var undone = wizard.undo(importId);
		assertThat(undone.partnershipsRemoved()).isEqualTo(1);
		assertThat(undone.partnershipsRestored()).isEqualTo(1);
		assertThat(undone.placesRemoved()).isEqualTo(1);
		assertThat(partnerships.count()).isEqualTo(partnershipsBefore);
		assertThat(gazetteer.count()).isEqualTo(placesBefore);
		var restored = partnerships.between(seoul.id(), tokyo.id()).orElseThrow();
		assertThat(restored.type()).isEqualTo(before.type());
		assertThat(restored.since()).isEqualTo(before.since());
		assertThat(restored.status()).isEqualTo(before.status());
		assertThat(restored.curated()).isEqualTo(before.curated());
		assertThat(restored.history()).hasSameSizeAs(before.history());
		assertThat(restored.sources()).extracting(s -> s.name())
			.containsExactlyElementsOf(before.sources().stream().map(s -> s.name()).toList());
		assertThat(wizard.run(importId).undone()).isTrue();
		assertThatThrownBy(() -> wizard.undo(importId)).isInstanceOf(UndoRefusedException.class)
			.extracting(e -> ((UndoRefusedException) e).reason())
			.isEqualTo(UndoRefusedException.Reason.ALREADY_UNDONE);
	}

	@Test
	void an_xlsx_with_dates_in_mixed_forms_imports_every_row_or_explains_it() throws Exception {
		var bytes = workbook();
		var draft = wizard.upload("Tokyo test workbook", "partners.xlsx", bytes);
		var preview = wizard.preview(draft);
		assertThat(preview.format()).isEqualTo("XLSX");
		assertThat(preview.encoding()).isNull();
		wizard.map(draft, null, "tokyo-jp", preview.mapping());
		var plan = wizard.dryRun(draft);
		assertThat(plan.rows()).extracting(r -> r.date() == null ? r.reason().name() : r.date().toString())
			.containsExactly("1966-06-30", "2015-10-14", "1988-09-03", "2015", "2001-04-05", "INVALID_DATE",
					"1989-09-03");
		long importId = wizard.commit(draft);
		var run = wizard.run(importId);
		assertThat(run.rowsRead()).isEqualTo(7);
		assertThat(run.partnershipsCreated() + run.mergedIntoExisting() + run.unresolved()).isEqualTo(7);
		wizard.undo(importId);
	}

	@Test
	void an_undo_is_refused_when_a_partnership_the_import_created_was_changed_since() {
		var draft = wizard.paste("Pasted from a city page (test)", "partner\tcountry\tdate\nQuuxhaven\tGermany\t2001\n");
		var preview = wizard.preview(draft);
		assertThat(preview.format()).isEqualTo("TSV");
		wizard.map(draft, null, "tokyo-jp", preview.mapping());
		long importId = wizard.commit(draft);
		var tokyo = gazetteer.findBySlug("tokyo-jp").orElseThrow();
		var created = partnerships.involving(tokyo.id()).stream()
			.filter(p -> gazetteer.find(p.partnerOf(tokyo.id())).orElseThrow().name().equals("Quuxhaven"))
			.findFirst()
			.orElseThrow();
		partnerships.changeStatus(created.id(), PartnershipStatus.DORMANT, PartialDate.ofYear(2010), "test", "test");
		assertThatThrownBy(() -> wizard.undo(importId)).isInstanceOf(UndoRefusedException.class)
			.satisfies(e -> assertThat(((UndoRefusedException) e).blockers()).contains(created.slug()));
		assertThat(partnerships.find(created.id())).isPresent();
		assertThat(wizard.run(importId).undone()).isFalse();
	}

	@Test
	void the_mapping_confirmed_for_a_source_is_offered_again_for_its_next_file() {
		var first = wizard.paste("Remembered source (test)", "a\tb\tc\nParis\tFrance\t1982\n");
		wizard.map(first, null, "tokyo-jp", new ColumnMapping(Map.of(Field.PARTNER, 0, Field.PARTNER_COUNTRY, 1,
				Field.DATE, 2)));
		UUID second = wizard.paste("Remembered source (test)", "x\ty\tz\nRome\tItaly\t1982\n");
		var draft = wizard.draft(second);
		assertThat(draft.confirmed()).isTrue();
		assertThat(draft.owner()).isEqualTo("tokyo-jp");
		assertThat(draft.mapping().column(Field.DATE)).contains(2);
	}

	static byte[] workbook() throws Exception {
		try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
			var sheet = workbook.createSheet("Partners");
			var dateStyle = workbook.createCellStyle();
			dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
			String[][] rows = { { "Partner", "Country", "Relationship", "Date of affiliation" },
					{ "Wyzzburg", "United States", "Sister city", "Jun.30.1966" },
					{ "Blorpton", "Inggris", "Friendship", "October 14, 2015" },
					{ "Qaxville", "대한민국", "자매", "1988年9月3日" }, { "Vrumstadt", "ドイツ", "", null },
					{ "Plinkberg", "Austria", "partnership", null }, { "Snorfield", "Canada", "", "someday" },
					{ "Glimmerby", "Swedia", "sister", "平成元年9月3日" } };
			for (int r = 0; r < rows.length; r++) {
				var row = sheet.createRow(r);
				for (int c = 0; c < rows[r].length; c++) {
					if (rows[r][c] != null) {
						row.createCell(c).setCellValue(rows[r][c]);
					}
				}
			}
			sheet.getRow(4).createCell(3).setCellValue(2015);
			var date = sheet.getRow(5).createCell(3);
			date.setCellValue(LocalDate.of(2001, 4, 5));
			date.setCellStyle(dateStyle);
			workbook.write(out);
			return out.toByteArray();
		}
	}
}
