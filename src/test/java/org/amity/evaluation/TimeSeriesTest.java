package org.amity.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class TimeSeriesTest {

	@Autowired
	TimeSeries series;

	@Autowired
	JdbcClient jdbc;

	/** The use cases check who acts: these tests act as Amity itself, which may manage any partnership's records. */
	@org.junit.jupiter.api.BeforeEach
	void actAsSystem() {
		org.springframework.security.core.context.SecurityContextHolder.getContext()
			.setAuthentication(org.amity.identity.CurrentUser.authenticationOf(org.amity.identity.Caller.system()));
	}

	@org.junit.jupiter.api.AfterEach
	void actAsNobody() {
		org.springframework.security.core.context.SecurityContextHolder.clearContext();
	}

	static final TimeSeries.NewSeries POLL = new TimeSeries.NewSeries("Favourable view of Korea", TimeSeries.Kind.OPINION,
			"%", "Cabinet Office poll", null, "KR", "JP", false);

	int count() {
		return jdbc.sql("select count(*) from evaluation.series").query(Integer.class).single();
	}

	@Test
	void a_file_is_previewed_then_imported_by_its_mapping_keeping_unit_and_source() {
		var file = "\uFEFFYear;Share;Note\n2018;39,4;x\n2019;26,7;y\n".replace(",", ".")
			.getBytes(StandardCharsets.UTF_8);
		var preview = series.preview(file);
		assertThat(preview.columns()).containsExactly("Year", "Share", "Note");
		assertThat(preview.rowCount()).isEqualTo(2);
		var imported = series.importCsv(file, new TimeSeries.Mapping("Year", "Share"), POLL);
		assertThat(imported.unit()).isEqualTo("%");
		assertThat(imported.source()).isEqualTo("Cabinet Office poll");
		assertThat(imported.countryA()).isEqualTo("JP");
		assertThat(imported.points()).extracting(TimeSeries.Point::period).containsExactly("2018", "2019");
		assertThat(imported.points().get(1).value()).isEqualByComparingTo("26.7");
	}

	@Test
	void dates_and_numbers_are_read_as_spreadsheets_write_them() {
		assertThat(TimeSeries.period("2019")).isEqualTo("2019");
		assertThat(TimeSeries.period("2019/7")).isEqualTo("2019-07");
		assertThat(TimeSeries.period("2019-07-04")).isEqualTo("2019-07-04");
		assertThat(TimeSeries.period("2019-02-30")).isNull();
		assertThat(TimeSeries.period("July")).isNull();
		assertThat(TimeSeries.number("7,538,000")).isEqualTo(7538000.0);
		assertThat(TimeSeries.number("12.5%")).isEqualTo(12.5);
		assertThat(TimeSeries.number("n/a")).isNull();
	}

	@Test
	void a_file_that_is_not_utf8_or_has_one_bad_row_is_refused_whole_and_nothing_is_written() {
		int before = count();
		byte[] latin1 = "year,value\n2019,Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
		assertThatThrownBy(() -> series.importCsv(latin1, new TimeSeries.Mapping("year", "value"), POLL))
			.isInstanceOfSatisfying(EvaluationRefusedException.class, e -> assertThat(e.field()).isEqualTo("encoding"));
		byte[] badRow = "year,value\n2018,1\n2019,lots\n".getBytes(StandardCharsets.UTF_8);
		assertThatThrownBy(() -> series.importCsv(badRow, new TimeSeries.Mapping("year", "value"), POLL))
			.isInstanceOfSatisfying(EvaluationRefusedException.class, e -> {
				assertThat(e.field()).isEqualTo("value");
				assertThat(e.args()).containsExactly(3L);
			});
		byte[] good = "year,value\n2018,1\n".getBytes(StandardCharsets.UTF_8);
		assertThatThrownBy(() -> series.importCsv(good, new TimeSeries.Mapping("year", "nothing"), POLL))
			.isInstanceOf(EvaluationRefusedException.class);
		assertThatThrownBy(() -> series.importCsv(good, new TimeSeries.Mapping("year", "value"),
				new TimeSeries.NewSeries("x", TimeSeries.Kind.OTHER, " ", "s", null, "JP", "KR", false)))
			.isInstanceOfSatisfying(EvaluationRefusedException.class, e -> assertThat(e.field()).isEqualTo("unit"));
		assertThatThrownBy(() -> series.preview("year,value\n\"2018,1\n".getBytes(StandardCharsets.UTF_8)))
			.isInstanceOf(EvaluationRefusedException.class);
		assertThat(count()).isEqualTo(before);
	}
}
