package org.amity.city;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Relevance of the place search in Korean, Japanese, Indonesian and English, on the real bundled data. */
@SpringBootTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PlaceSearchTest {

	@Autowired
	Gazetteer gazetteer;

	List<String> top(String text, int n) {
		return gazetteer.search(text, n).stream().map(Place::slug).toList();
	}

	String first(String text) {
		var found = top(text, 1);
		assertThat(found).as(text).isNotEmpty();
		return found.get(0);
	}

	@Test
	void tokyo_is_found_first_by_its_name_in_each_language_and_by_its_german_spelling() {
		for (var text : List.of("Tokyo", "tokyo", "도쿄", "東京", "東京都", "Tokio", "Tōkyō", "동경")) {
			assertThat(first(text)).as(text).isEqualTo("tokyo-jp");
		}
	}

	@Test
	void seoul_is_found_first_in_hangul_and_in_katakana() {
		for (var text : List.of("Seoul", "서울", "ソウル", "서울특별시")) {
			assertThat(first(text)).as(text).isEqualTo("seoul-kr");
		}
	}

	@Test
	void a_ward_is_found_by_its_japanese_name_with_or_without_the_ward_suffix() {
		assertThat(first("足立区")).isEqualTo("adachi-tokyo-jp");
		assertThat(top("足立", 3)).contains("adachi-tokyo-jp");
		assertThat(first("아다치구")).isEqualTo("adachi-tokyo-jp");
		assertThat(first("Adachi-ku")).isEqualTo("adachi-tokyo-jp");
	}

	@Test
	void a_seoul_district_is_found_in_hangul_and_in_romanisation_with_its_suffix() {
		assertThat(first("마포구")).isEqualTo("mapo-seoul-kr");
		assertThat(first("mapo-gu")).isEqualTo("mapo-seoul-kr");
		assertThat(first("Mapo")).isEqualTo("mapo-seoul-kr");
	}

	@Test
	void part_of_a_japanese_name_finds_the_whole_name() {
		assertThat(top("品川", 3)).contains("shinagawa-tokyo-jp");
		assertThat(top("ニューヨー", 3)).contains("new-york-city-us");
	}

	@Test
	void new_york_is_found_by_its_common_name_its_abbreviation_and_in_korean() {
		assertThat(first("New York")).isEqualTo("new-york-city-us");
		assertThat(first("NYC")).isEqualTo("new-york-city-us");
		assertThat(first("뉴욕")).isEqualTo("new-york-city-us");
	}

	@Test
	void jakarta_is_found_by_its_name_its_official_prefix_and_its_indonesian_long_form() {
		assertThat(first("Jakarta")).isEqualTo("jakarta-id");
		assertThat(first("DKI Jakarta")).isEqualTo("jakarta-id");
		assertThat(first("Daerah Khusus Ibukota Jakarta")).isEqualTo("jakarta-id");
		assertThat(first("자카르타")).isEqualTo("jakarta-id");
	}

	@Test
	void names_in_indonesian_find_their_places() {
		assertThat(first("Kairo")).isEqualTo("cairo-eg");
		assertThat(first("Moskwa")).isEqualTo("moscow-ru");
	}

	@Test
	void sao_paulo_with_or_without_its_accent_finds_the_city_first_and_the_state_close_behind() {
		for (var text : List.of("São Paulo", "Sao Paulo", "SAO PAULO")) {
			var found = top(text, 3);
			assertThat(found).as(text).startsWith("sao-paulo-br");
			assertThat(found).as(text).anyMatch(slug -> slug.startsWith("state-of-sao-paulo"));
		}
	}

	@Test
	void accents_and_full_width_letters_fold() {
		assertThat(first("Zürich")).isEqualTo("zurich-ch");
		assertThat(first("Ｔｏｋｙｏ")).isEqualTo("tokyo-jp");
		assertThat(first("Chuo")).isEqualTo("chuo-tokyo-jp");
	}

	@Test
	void a_typo_in_a_word_of_four_letters_or_more_is_forgiven() {
		assertThat(first("Berlim")).isEqualTo("berlin-de");
		assertThat(first("Pariss")).isEqualTo("paris-fr");
		assertThat(first("Seould")).isEqualTo("seoul-kr");
		assertThat(first("Jakatra")).isEqualTo("jakarta-id");
		assertThat(first("Frnkfurt an der Oder")).isEqualTo("frankfurt-an-der-oder-de");
	}

	@Test
	void two_typos_are_forgiven_only_in_a_long_word() {
		assertThat(top("Shinagwaa", 3)).contains("shinagawa-tokyo-jp");
		assertThat(top("Brlim", 3)).doesNotContain("berlin-de");
	}

	@Test
	void frankfurt_on_the_oder_is_found_as_it_is_written_in_brackets() {
		assertThat(first("Frankfurt (Oder)")).isEqualTo("frankfurt-an-der-oder-de");
	}

	@Test
	void the_start_of_a_name_finds_it_as_it_is_typed() {
		assertThat(first("Toky")).isEqualTo("tokyo-jp");
		assertThat(top("Setag", 3)).contains("setagaya-tokyo-jp");
	}

	@Test
	void a_city_comes_before_its_ward_of_the_same_name() {
		var found = top("London", 5);
		assertThat(found.get(0)).isEqualTo("london-gb");
	}

	@Test
	void text_of_only_punctuation_finds_nothing() {
		assertThat(gazetteer.search("?!.,;:-()", 10)).isEmpty();
		assertThat(gazetteer.search("   ", 10)).isEmpty();
	}

	@Test
	void a_very_long_text_does_not_fail() {
		var text = "Tokyo Seoul Jakarta 東京 서울 ".repeat(10).substring(0, 200);
		assertThat(text).hasSize(200);
		assertThat(gazetteer.search(text, 10)).isNotNull();
		assertThat(gazetteer.search("x".repeat(200), 10)).isEmpty();
	}

	@Test
	void the_limit_is_kept() {
		assertThat(gazetteer.search("a", 7)).hasSize(7);
	}
}
