package org.amity.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PartialDateTest {

	@Test
	void a_year_a_month_and_a_day_read_and_print_as_iso() {
		assertThat(PartialDate.parse("1996")).hasToString("1996");
		assertThat(PartialDate.parse("1988-09")).hasToString("1988-09");
		assertThat(PartialDate.parse("1988-09-03")).hasToString("1988-09-03");
		assertThat(PartialDate.parse("1996").precision()).isEqualTo(PartialDate.Precision.YEAR);
	}

	@Test
	void a_day_that_does_not_exist_is_refused() {
		assertThatThrownBy(() -> PartialDate.parse("1961-02-29")).isInstanceOf(InvalidPartialDateException.class);
		assertThat(PartialDate.parse("1960-02-29")).hasToString("1960-02-29");
		assertThatThrownBy(() -> PartialDate.parse("1988-13")).isInstanceOf(InvalidPartialDateException.class);
		assertThatThrownBy(() -> PartialDate.parse("3 Sept 1988")).isInstanceOf(InvalidPartialDateException.class);
	}

	@Test
	void partial_dates_sort_chronologically_with_the_less_precise_first() {
		assertThat(PartialDate.parse("1996")).isLessThan(PartialDate.parse("1996-01-01"));
		assertThat(PartialDate.parse("1988-09-03")).isLessThan(PartialDate.parse("1996"));
	}

	@Test
	void names_fold_case_and_accents_but_keep_scripts() {
		assertThat(Names.key("Chūō")).isEqualTo(Names.key("CHUO"));
		assertThat(Names.key("東京")).isEqualTo("東京");
		assertThat(Names.slug("São Paulo", "x")).isEqualTo("sao-paulo");
		assertThat(Names.slug("東京", "place-1")).isEqualTo("place-1");
	}
}
