package org.amity.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

class LocalizedTextTest {

	@Test
	void a_reader_sees_their_own_language_when_it_is_written() {
		var title = LocalizedText.of("Seoul–Tokyo Week", "서울-도쿄 주간", "ソウル・東京ウィーク", null);
		assertThat(title.in(Locale.KOREAN)).isEqualTo("서울-도쿄 주간");
		assertThat(title.in(Locale.JAPANESE)).isEqualTo("ソウル・東京ウィーク");
	}

	@Test
	void a_missing_language_falls_back_to_english_and_then_to_any_written_one() {
		assertThat(LocalizedText.of("Week", "주간", null, null).in(Locale.forLanguageTag("id"))).isEqualTo("Week");
		assertThat(LocalizedText.of("ko", "주간").in(Locale.forLanguageTag("id"))).isEqualTo("주간");
		assertThat(LocalizedText.of("ko", "주간").isFallbackFor(Locale.forLanguageTag("id"))).isTrue();
	}

	@Test
	void the_missing_languages_are_named_in_the_order_pages_list_them() {
		assertThat(LocalizedText.of("ja", "週間").missing()).containsExactly("en", "ko", "id");
	}

	@Test
	void blank_texts_count_as_missing() {
		assertThat(new LocalizedText(Map.of("en", "  ", "ko", "주간")).missing()).containsExactly("en", "ja", "id");
	}

	@Test
	void a_language_amity_does_not_speak_and_an_overlong_text_are_refused() {
		assertThatIllegalArgumentException().isThrownBy(() -> LocalizedText.of("fr", "Semaine"));
		assertThatIllegalArgumentException().isThrownBy(() -> LocalizedText.of("en", "x".repeat(10_001)));
	}
}
