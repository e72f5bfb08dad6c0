package org.amity.interop;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Dates as official pages write them, read into partial dates; what cannot be read is named, never guessed. */
class OfficialDatesTest {

	/** A fixed "now" so that the two-digit year rule is tested the same in any year. */
	final OfficialDates dates = new OfficialDates(2026);

	@ParameterizedTest(name = "\"{0}\" is read as {1}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			Jun.30.1966        | 1966-06-30
			Jun 30, 1966       | 1966-06-30
			October 14, 2015   | 2015-10-14
			Oct. 2015          | 2015-10
			14 October 2015    | 2015-10-14
			30-Jun-1966        | 1966-06-30
			3 September 1988   | 1988-09-03
			14 Oktober 2015    | 2015-10-14
			1982. 3. 5         | 1982-03-05
			1982. 3. 5.        | 1982-03-05
			1983.4.11          | 1983-04-11
			1983/4/11          | 1983-04-11
			1982. 3.           | 1982-03
			‘94.10.18          | 1994-10-18
			’05.1.2            | 2005-01-02
			'94.10.18          | 1994-10-18
			1988年9月3日        | 1988-09-03
			１９８８年９月３日    | 1988-09-03
			1988年9月           | 1988-09
			1988년 9월 3일       | 1988-09-03
			1988년9월3일         | 1988-09-03
			1988년              | 1988
			平成元年9月3日        | 1989-09-03
			昭和63年9月3日        | 1988-09-03
			令和2年              | 2020
			H1.9.3              | 1989-09-03
			2015                | 2015
			2015-10-14          | 2015-10-14
			2015-10             | 2015-10
			30.06.1966          | 1966-06-30
			""")
	void an_official_date_is_read_into_a_partial_date(String text, String expected) {
		var reading = dates.read(text);
		assertThat(reading.problem()).as("problem with %s", text).isNull();
		assertThat(reading.date()).hasToString(expected);
	}

	@ParameterizedTest(name = "\"{0}\" is refused as {1}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			03/05/1982          | AMBIGUOUS_DAY_MONTH
			1982. 2. 30         | NO_SUCH_DAY
			1982.13.1           | NO_SUCH_DAY
			Smarch 3, 1982      | UNREADABLE
			soon                | UNREADABLE
			'94                 | UNREADABLE
			2031-01-01          | IN_THE_FUTURE
			82.3.5              | UNREADABLE
			""")
	void a_date_that_cannot_be_read_is_a_problem_not_a_guess(String text, String problem) {
		var reading = dates.read(text);
		assertThat(reading.date()).isNull();
		assertThat(reading.problem()).hasToString(problem);
	}

	@Test
	void a_blank_cell_is_no_date_and_no_problem() {
		assertThat(dates.read("  ").date()).isNull();
		assertThat(dates.read("  ").isProblem()).isFalse();
	}

	@ParameterizedTest(name = "in 2026 the two-digit year {0} is {1}")
	@CsvSource({ "94,1994", "05,2005", "26,2026", "27,1927", "00,2000" })
	void a_two_digit_year_is_the_latest_such_year_not_after_this_one(int twoDigits, int year) {
		assertThat(dates.fullYear(twoDigits)).isEqualTo(year);
	}
}
