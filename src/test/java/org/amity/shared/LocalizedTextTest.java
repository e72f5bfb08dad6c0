package org.amity.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
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

	@Test
	void a_translation_says_who_made_it_from_which_language() {
		var at = Instant.parse("2026-11-01T09:00:00Z");
		var title = LocalizedText.of("ko", "서울-도쿄 주간").written("ko", "서울-도쿄 주간", "minji", at)
			.translated("ja", "ソウル・東京ウィーク", "ko", "kenji", at);
		var ja = title.provenanceOf("ja").orElseThrow();
		assertThat(ja.by()).isEqualTo("kenji");
		assertThat(ja.from()).isEqualTo("ko");
		assertThat(title.provenanceOf("ko").orElseThrow().isTranslation()).isFalse();
		assertThat(title.outdated()).isEmpty();
	}

	@Test
	void a_translation_is_outdated_once_its_source_text_changes_and_current_again_when_retranslated() {
		var at = Instant.parse("2026-11-01T09:00:00Z");
		var title = LocalizedText.of("ko", "서울-도쿄 주간").translated("en", "Seoul–Tokyo Week", "ko", "amy", at);
		var changed = title.written("ko", "서울-도쿄 우정 주간", "minji", at.plusSeconds(60));
		assertThat(changed.isOutdated("en")).isTrue();
		assertThat(changed.outdated()).containsExactly("en");
		var again = changed.translated("en", "Seoul–Tokyo Friendship Week", "ko", "amy", at.plusSeconds(120));
		assertThat(again.outdated()).isEmpty();
	}

	@Test
	void texts_and_their_provenance_survive_the_json_a_column_keeps() {
		var at = Instant.parse("2026-11-01T09:00:00Z");
		var title = LocalizedText.of("ko", "서울-도쿄 주간").translated("ja", "ソウル・東京ウィーク", "ko", "kenji", at)
			.written("ko", "서울-도쿄 우정 주간", "minji", at);
		var read = LocalizedText.fromJson(title.toJson());
		assertThat(read).isEqualTo(title);
		assertThat(read.isOutdated("ja")).isTrue();
		assertThat(LocalizedText.fromJson("{\"en\":\"Week\"}").texts()).containsEntry("en", "Week");
		assertThat(LocalizedText.fromJson(null).isEmpty()).isTrue();
	}

	@Test
	void a_text_cannot_be_translated_from_a_language_that_is_not_written() {
		assertThatIllegalArgumentException().isThrownBy(() -> LocalizedText.of("ko", "주간")
			.translated("ja", "週間", "en", "kenji", Instant.now()));
	}
}
