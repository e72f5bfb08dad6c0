package org.amity.interop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.amity.partnership.Partnerships;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The command line on the real data: exports, imports with reports, and refusals that change nothing. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ActiveProfiles("cli")
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CommandLineTest {

	@Autowired
	AmityCommandLine commandLine;

	@Autowired
	Partnerships partnerships;

	@TempDir
	Path dir;

	@Test
	void export_partnerships_writes_every_partnership_as_csv_and_as_json() throws Exception {
		var csv = dir.resolve("p.csv");
		assertThat(commandLine.execute("export", "partnerships", "--format", "csv", "-o", csv.toString())).isZero();
		var lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
		assertThat(lines.get(0)).startsWith("id,slug,city_a,country_a");
		assertThat(lines).hasSize(partnerships.count() + 1);
		assertThat(lines).anyMatch(line -> line.contains("seoul-kr-tokyo-jp") && line.contains("1988-09-03"));
		var json = dir.resolve("p.json");
		assertThat(commandLine.execute("export", "partnerships", "--format", "JSON", "-o", json.toString())).isZero();
		assertThat(Files.readString(json)).contains("\"slug\" : \"seoul-kr-tokyo-jp\"");
	}

	@Test
	void import_partners_writes_its_report_and_a_second_run_merges_everything() throws Exception {
		var file = dir.resolve("partners.csv");
		Files.writeString(file, "partner,partner_country,partner_kind,relationship,date_of_affiliation\n"
				+ "Clitown,KR,city,sister,2001-04\n", StandardCharsets.UTF_8);
		var report = dir.resolve("report.csv");
		assertThat(commandLine.execute("import", "partners", file.toString(), "--city", "tokyo-jp", "--report",
				report.toString())).isZero();
		assertThat(Files.readString(report)).contains("partnerships_created,1");
		assertThat(commandLine.execute("import", "partners", file.toString(), "--city", "tokyo-jp", "--report",
				report.toString())).isZero();
		assertThat(Files.readString(report)).contains("partnerships_created,0").contains("merged_into_existing,1");
	}

	@Test
	void a_refused_file_or_an_unknown_city_exits_with_1_and_changes_nothing() throws Exception {
		int before = partnerships.count();
		var file = dir.resolve("latin1.csv");
		Files.write(file, "city1,country1,city2,country2\nK\u00f6ln,Germany,Cl\u00e9ry,France\n"
			.getBytes(StandardCharsets.ISO_8859_1));
		assertThat(commandLine.execute("import", "twin-cities", file.toString())).isEqualTo(1);
		assertThat(commandLine.execute("import", "partners", file.toString(), "--city", "atlantis-xx")).isEqualTo(1);
		assertThat(commandLine.execute("import", "twin-cities", dir.resolve("missing.csv").toString())).isEqualTo(1);
		assertThat(commandLine.execute("import", "partners", file.toString())).isEqualTo(2);
		assertThat(partnerships.count()).isEqualTo(before);
	}
}
