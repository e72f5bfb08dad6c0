package org.amity.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.amity.city.Gazetteer;
import org.amity.city.Place;
import org.amity.city.PlaceLevel;
import org.amity.partnership.Partnerships;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Entity resolution of the twin-city import, on the real bundled data loaded at start. */
@SpringBootTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class TwinCityImportTest {

	@Autowired
	Gazetteer gazetteer;

	@Autowired
	Partnerships partnerships;

	@Autowired
	TwinCityImport twinCities;

	Place only(String name, String country, PlaceLevel level) {
		var found = gazetteer.search(name, 100).stream()
			.filter(p -> p.country().equals(country) && p.level() == level && p.name().equals(name))
			.toList();
		assertThat(found).as(name + " in " + country).hasSize(1);
		return found.get(0);
	}

	List<String> partnerNames(Place place) {
		var ids = partnerships.involving(place.id()).stream().map(p -> p.partnerOf(place.id())).toList();
		return gazetteer.findAll(ids).stream().map(Place::name).toList();
	}

	@Test
	void a_ward_written_two_ways_is_one_ward_of_its_city_and_its_partners_are_the_wards() {
		var tokyo = only("Tokyo", "JP", PlaceLevel.CITY);
		var adachi = only("Adachi", "JP", PlaceLevel.WARD);
		assertThat(adachi.parentId()).isEqualTo(tokyo.id());
		assertThat(adachi.slug()).isEqualTo("adachi-tokyo-jp");
		assertThat(partnerNames(adachi)).contains("Belmont", "Kanuma");
		assertThat(partnerNames(tokyo)).doesNotContain("Belmont", "Kanuma");
		var floridsdorf = only("Floridsdorf", "AT", PlaceLevel.WARD);
		assertThat(partnerNames(floridsdorf)).contains("Katsushika");
	}

	@Test
	void english_scottish_and_united_kingdom_spellings_fold_into_one_country() {
		var london = only("London", "GB", PlaceLevel.CITY);
		assertThat(partnerNames(london)).containsOnlyOnce("Tokyo");
	}

	@Test
	void the_city_and_the_state_of_sao_paulo_stay_distinct() {
		var city = only("São Paulo", "BR", PlaceLevel.CITY);
		var state = only("State of São Paulo", "BR", PlaceLevel.STATE);
		assertThat(city.id()).isNotEqualTo(state.id());
		assertThat(partnerNames(state)).contains("Tokyo");
		assertThat(partnerNames(city)).contains("Seoul").doesNotContain("Tokyo");
	}

	@Test
	void places_of_the_same_name_in_different_countries_stay_distinct() {
		var seychelles = only("Victoria", "SC", PlaceLevel.CITY);
		var canada = only("Victoria", "CA", PlaceLevel.CITY);
		assertThat(seychelles.id()).isNotEqualTo(canada.id());
		assertThat(partnerNames(seychelles)).contains("Haikou").doesNotContain("Morioka");
	}

	@Test
	void a_quoted_name_with_a_comma_is_read_whole_and_gets_its_coordinates() {
		var washington = only("Washington, D.C.", "US", PlaceLevel.CITY);
		assertThat(washington.hasCoordinates()).isTrue();
		assertThat(partnerNames(washington)).contains("Seoul");
	}

	@Test
	void running_the_same_file_again_changes_nothing() {
		int places = gazetteer.count();
		int links = partnerships.count();
		var report = twinCities.run(BundledData.read("data/twin-cities/twin_cities_raw.csv"), null, "twin-cities",
				ImportProgress.NONE);
		assertThat(report.placesCreated()).isZero();
		assertThat(report.partnershipsCreated()).isZero();
		assertThat(report.rowsRead()).isEqualTo(26114);
		assertThat(gazetteer.count()).isEqualTo(places);
		assertThat(partnerships.count()).isEqualTo(links);
	}

	@Test
	void a_file_that_is_not_utf8_is_refused_with_its_line_and_nothing_is_written() {
		int places = gazetteer.count();
		var text = "city1,country1,city2,country2\nNewtown A,Japan,Newtown B,Japan\nCheongju,South Korea,";
		var bytes = concat(text.getBytes(StandardCharsets.UTF_8), "札幌,Japan\n".getBytes(java.nio.charset.Charset.forName("Shift_JIS")));
		assertThatThrownBy(() -> twinCities.run(bytes, null, "test-sjis", ImportProgress.NONE))
			.isInstanceOfSatisfying(ImportRejectedException.class, e -> {
				assertThat(e.reason()).isEqualTo(ImportRejectedException.Reason.NOT_UTF8);
				assertThat(e.line()).isEqualTo(3);
			});
		assertThat(gazetteer.count()).isEqualTo(places);
	}

	@Test
	void a_file_with_a_byte_order_mark_quoted_fields_and_bad_rows_is_read_and_each_bad_row_is_named_by_its_line() {
		var text = "\uFEFFcity1,country1,city2,country2\n"
				+ "\"Amityville, North\",United States,Amity Harbour,New Zealand\n"
				+ "Amity Harbour,Atlantis,Somewhere,Japan\n"
				+ "Only,Three,Fields\n"
				+ ",Japan,Amity Harbour,New Zealand\n"
				+ "Amity Harbour,New Zealand,\"Amityville, North\",United States\n";
		var report = twinCities.run(text.getBytes(StandardCharsets.UTF_8), null, "test-bom", ImportProgress.NONE);
		assertThat(report.rowsRead()).isEqualTo(5);
		assertThat(report.partnershipsCreated()).isEqualTo(1);
		assertThat(report.mergedDuplicates()).isEqualTo(1);
		assertThat(report.unresolved()).extracting(ImportReport.Problem::line, ImportReport.Problem::reason)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(3L, ImportReport.Problem.Reason.UNKNOWN_COUNTRY),
					org.assertj.core.groups.Tuple.tuple(4L, ImportReport.Problem.Reason.MALFORMED_ROW),
					org.assertj.core.groups.Tuple.tuple(5L, ImportReport.Problem.Reason.MISSING_NAME));
		assertThat(report.toCsv()).contains("3,UNKNOWN_COUNTRY");
		only("Amityville, North", "US", PlaceLevel.CITY);
	}

	@Test
	void an_import_that_fails_midway_leaves_the_registry_as_it_was() {
		int places = gazetteer.count();
		int links = partnerships.count();
		var text = "city1,country1,city2,country2\nRollbackton,Japan,Rollbackville,South Korea\n";
		ImportProgress failing = (step, done, total) -> {
			if (step.equals("partnerships")) {
				throw new IllegalStateException("the disk is full");
			}
		};
		assertThatThrownBy(() -> twinCities.run(text.getBytes(StandardCharsets.UTF_8), null, "test-rollback", failing))
			.hasMessageContaining("disk is full");
		assertThat(gazetteer.count()).isEqualTo(places);
		assertThat(partnerships.count()).isEqualTo(links);
		assertThat(gazetteer.search("Rollbackton", 5)).isEmpty();
	}

	@Test
	void two_imports_of_the_same_new_pairs_at_once_create_each_place_and_partnership_once() throws Exception {
		var text = "city1,country1,city2,country2\nTwinlock North,Japan,Twinlock South,South Korea\n"
				+ "Twinlock South,South Korea,Twinlock East,Indonesia\n";
		var bytes = text.getBytes(StandardCharsets.UTF_8);
		var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
		try {
			var first = pool.submit(() -> twinCities.run(bytes, null, "test-concurrent", ImportProgress.NONE));
			var second = pool.submit(() -> twinCities.run(bytes, null, "test-concurrent", ImportProgress.NONE));
			assertThat(first.get().partnershipsCreated() + second.get().partnershipsCreated()).isEqualTo(2);
		}
		finally {
			pool.shutdown();
		}
		assertThat(gazetteer.search("Twinlock", 10)).hasSize(3);
	}

	@Test
	void hostile_names_are_stored_exactly_as_written_and_control_characters_fold_to_spaces() {
		var text = "city1,country1,city2,country2\n"
				+ "\"Robert'); drop table city.place;--\",Japan,\"C:\\N\tend\",Japan\n"
				+ "\"<script>alert(1)</script>\",Japan,\"Multi\nLine\",Japan\n";
		var report = twinCities.run(text.getBytes(StandardCharsets.UTF_8), null, "test-hostile", ImportProgress.NONE);
		assertThat(report.partnershipsCreated()).isEqualTo(2);
		only("Robert'); drop table city.place;--", "JP", PlaceLevel.CITY);
		only("C:\\N end", "JP", PlaceLevel.CITY);
		only("<script>alert(1)</script>", "JP", PlaceLevel.CITY);
		only("Multi Line", "JP", PlaceLevel.CITY);
	}

	@Test
	void an_overlong_name_is_reported_by_its_line_and_a_nul_character_refuses_the_file() {
		var text = "city1,country1,city2,country2\n" + "X".repeat(301) + ",Japan,Longtown,Japan\n";
		var report = twinCities.run(text.getBytes(StandardCharsets.UTF_8), null, "test-long", ImportProgress.NONE);
		assertThat(report.unresolved()).extracting(ImportReport.Problem::line, ImportReport.Problem::reason)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(2L, ImportReport.Problem.Reason.MALFORMED_ROW));
		var nul = "city1,country1,city2,country2\nA,Japan,B,Japan\nNul\0town,Japan,C,Japan\n";
		assertThatThrownBy(() -> twinCities.run(nul.getBytes(StandardCharsets.UTF_8), null, "test-nul",
				ImportProgress.NONE))
			.isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.line()).isEqualTo(3));
	}

	@Autowired
	OfficialListImport officialList;

	@Test
	void an_official_list_row_with_an_unreadable_date_or_type_is_reported_and_the_others_are_taken() {
		var text = "partner,partner_country,partner_kind,relationship,date_of_affiliation\n"
				+ "Listville,FR,city,sister,30 June 1966\n"
				+ "Listburg,DE,city,twinned-ish,1970\n"
				+ "Listtown,ID,city,friendship,1971-05\n";
		var report = officialList.run(text.getBytes(StandardCharsets.UTF_8), "seoul-kr", "test-official",
				ImportProgress.NONE);
		assertThat(report.unresolved()).extracting(ImportReport.Problem::line, ImportReport.Problem::reason)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(2L, ImportReport.Problem.Reason.INVALID_DATE),
					org.assertj.core.groups.Tuple.tuple(3L, ImportReport.Problem.Reason.UNKNOWN_TYPE));
		assertThat(report.partnershipsCreated()).isEqualTo(1);
		var listtown = only("Listtown", "ID", PlaceLevel.CITY);
		assertThat(partnerships.involving(listtown.id())).singleElement()
			.satisfies(p -> assertThat(p.since()).hasToString("1971-05"));
	}

	private static byte[] concat(byte[] a, byte[] b) {
		var out = new byte[a.length + b.length];
		System.arraycopy(a, 0, out, 0, a.length);
		System.arraycopy(b, 0, out, a.length, b.length);
		return out;
	}
}
