package org.amity.city;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CountriesTest {

	@Test
	void country_names_in_the_four_languages_and_registry_variants_resolve_to_iso_codes() {
		assertThat(Countries.resolve("England, United Kingdom")).contains("GB");
		assertThat(Countries.resolve("England")).contains("GB");
		assertThat(Countries.resolve("United Kingdom")).contains("GB");
		assertThat(Countries.resolve("South Korea")).contains("KR");
		assertThat(Countries.resolve("대한민국")).contains("KR");
		assertThat(Countries.resolve("日本")).contains("JP");
		assertThat(Countries.resolve("Jepang")).contains("JP");
		assertThat(Countries.resolve("Georgia (country)")).contains("GE");
		assertThat(Countries.resolve("Bosnia and Herzegovina")).contains("BA");
		assertThat(Countries.resolve("Réunion, France")).contains("RE");
		assertThat(Countries.resolve("Kosovo")).contains("XK");
		assertThat(Countries.resolve("Atlantis")).isEmpty();
		assertThat(Countries.resolve("")).isEmpty();
	}

	@Test
	void a_country_is_named_in_the_readers_language() {
		assertThat(Countries.name("KR", Locale.KOREAN)).isEqualTo("대한민국");
		assertThat(Countries.name("JP", Locale.JAPANESE)).isEqualTo("日本");
		assertThat(Countries.name("XK", Locale.forLanguageTag("ja"))).isEqualTo("コソボ");
	}
}
