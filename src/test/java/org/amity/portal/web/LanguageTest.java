package org.amity.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageTest {

	@ParameterizedTest(name = "Accept-Language \"{0}\" reads {1}")
	@CsvSource(delimiter = '|', value = { "ko-KR,ko;q=0.9,en;q=0.8|ko", "ja|ja", "id-ID|id", "fr-FR, de;q=0.9|en",
			"de, ja;q=0.5, ko;q=0.7|ko", "*|en", "''|en", "not a header;;q=x|en" })
	void the_best_portal_language_is_chosen_from_the_readers_languages(String header, String expected) {
		assertThat(Language.bestFor(header).tag()).isEqualTo(expected);
	}

	@Test
	void indonesian_keeps_its_modern_code() {
		// Older Java wrote Indonesian as "in"; URLs, lang attributes and message files all use "id".
		assertThat(Language.ID.locale().getLanguage()).isEqualTo("id");
	}

	@Test
	void only_the_four_languages_are_known() {
		assertThat(Language.of("ko")).contains(Language.KO);
		assertThat(Language.of("fr")).isEmpty();
		assertThat(Language.of("api")).isEmpty();
	}
}
