package org.amity.interop;

import static org.assertj.core.api.Assertions.assertThat;

import org.amity.city.PlaceLevel;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PlaceNameParserTest {

	@Test
	void a_city_dash_ward_name_is_the_ward_of_that_city() {
		var parsed = PlaceNameParser.parse("Tokyo – Adachi");
		assertThat(parsed.name()).isEqualTo("Adachi");
		assertThat(parsed.parent()).isEqualTo("Tokyo");
		assertThat(parsed.bracketed()).isFalse();
	}

	@Test
	void a_ward_with_its_city_in_brackets_is_the_same_ward() {
		var parsed = PlaceNameParser.parse("Adachi (Tokyo)");
		assertThat(parsed.name()).isEqualTo("Adachi");
		assertThat(parsed.parent()).isEqualTo("Tokyo");
		assertThat(parsed.bracketed()).isTrue();
	}

	@Test
	void a_numbered_district_belongs_to_the_city_without_its_number() {
		assertThat(PlaceNameParser.parse("Vienna 21 – Floridsdorf").parent()).isEqualTo("Vienna");
		assertThat(PlaceNameParser.parse("Budapest XI – Újbuda").parent()).isEqualTo("Budapest");
	}

	@Test
	void a_bracketed_name_that_is_no_city_reads_as_one_name() {
		var parsed = PlaceNameParser.parse("Frankfurt (Oder)").asWritten();
		assertThat(parsed.name()).isEqualTo("Frankfurt (Oder)");
		assertThat(parsed.isWard()).isFalse();
	}

	@Test
	void a_name_ending_in_state_is_a_state_and_a_plain_name_a_city() {
		assertThat(PlaceNameParser.parse("São Paulo State").level()).isEqualTo(PlaceLevel.STATE);
		assertThat(PlaceNameParser.parse("São Paulo").level()).isEqualTo(PlaceLevel.CITY);
		assertThat(PlaceNameParser.parse("  Washington,   D.C. ").name()).isEqualTo("Washington, D.C.");
	}
}
