package org.amity.interop;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.amity.shared.InvalidPartialDateException;
import org.amity.shared.PartialDate;

/**
 * Reads dates as city governments write them on their pages and in their spreadsheets ({@code Jun.30.1966},
 * {@code 1982. 3. 5}, {@code ‘94.10.18}, {@code 1988年9月3日}, {@code 1988년 9월 3일}, {@code 平成元年9月3日},
 * {@code October 14, 2015}, ISO) into a {@link PartialDate}. A text that could mean two dates ({@code 03/05/1982}) or
 * none is a problem for the person importing to settle, never a guess.
 *
 * <p>
 * A two-digit year ({@code ‘94}) is taken as the latest year with those digits that is not after the current year:
 * in 2026, {@code ‘94} is 1994 and {@code ‘05} is 2005, while {@code ‘27} is 1927.
 */
final class OfficialDates {

	private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
			Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
			Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("oct", 10), Map.entry("nov", 11),
			Map.entry("dec", 12), Map.entry("january", 1), Map.entry("february", 2), Map.entry("march", 3),
			Map.entry("april", 4), Map.entry("june", 6), Map.entry("july", 7), Map.entry("august", 8),
			Map.entry("september", 9), Map.entry("october", 10), Map.entry("november", 11),
			Map.entry("december", 12),
			// Indonesian pages write their own month names
			Map.entry("januari", 1), Map.entry("februari", 2), Map.entry("maret", 3), Map.entry("mei", 5),
			Map.entry("juni", 6), Map.entry("juli", 7), Map.entry("agustus", 8), Map.entry("agu", 8),
			Map.entry("okt", 10), Map.entry("oktober", 10), Map.entry("des", 12), Map.entry("desember", 12));

	/** Japanese eras and the Gregorian year of their first year (元年). */
	private static final Map<String, Integer> ERAS = Map.of("明治", 1868, "大正", 1912, "昭和", 1926, "平成", 1989, "令和",
			2019, "M", 1868, "T", 1912, "S", 1926, "H", 1989, "R", 2019);

	private static final String SEP = "\\s*[./\\-]\\s*";

	private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");

	/** {@code 1982. 3. 5}, {@code 1983.4.11}, {@code 1983/4/11}, {@code 1982. 3.}, with an optional final dot. */
	private static final Pattern YEAR_FIRST = Pattern
		.compile("(\\d{4})" + SEP + "(\\d{1,2})(?:" + SEP + "(\\d{1,2}))?\\s*\\.?");

	/** {@code ‘94.10.18}, {@code '94.10.18}: an apostrophe marks a two-digit year. */
	private static final Pattern SHORT_YEAR = Pattern
		.compile("['‘’`´]\\s*(\\d{2})" + SEP + "(\\d{1,2})(?:" + SEP + "(\\d{1,2}))?\\s*\\.?");

	/** {@code 1988年9月3日}, {@code 1988년 9월 3일}, {@code 1988年}, {@code 平成元年9月3日}. */
	private static final Pattern CJK = Pattern.compile(
			"(?:(\\d{4})|(明治|大正|昭和|平成|令和)\\s*(元|\\d{1,2}))\\s*[年년]\\s*(?:(\\d{1,2})\\s*[月월]\\s*(?:(\\d{1,2})\\s*[日일])?)?");

	/** {@code H1.9.3}, {@code S63.9.3}: an era letter with its year. */
	private static final Pattern ERA_LETTER = Pattern
		.compile("([MTSHR])\\s*(\\d{1,2})" + SEP + "(\\d{1,2})(?:" + SEP + "(\\d{1,2}))?");

	/** {@code Jun.30.1966}, {@code June 30, 1966}, {@code October 14, 2015}, {@code Oct. 2015}. */
	private static final Pattern MONTH_FIRST = Pattern
		.compile("(\\p{L}{3,9})\\s*\\.?\\s*(?:(\\d{1,2})\\s*(?:st|nd|rd|th)?\\s*[.,]?\\s*)?(\\d{4})");

	/** {@code 14 October 2015}, {@code 30-Jun-1966}, {@code 3 September 1988}. */
	private static final Pattern DAY_FIRST = Pattern
		.compile("(\\d{1,2})\\s*(?:st|nd|rd|th)?\\s*[.\\-/ ]?\\s*(\\p{L}{3,9})\\s*[.,\\-/ ]?\\s*(\\d{4})");

	/** {@code 03/05/1982}, {@code 30.06.1966}: the day and month order is only known when one is above 12. */
	private static final Pattern NUMERIC_YEAR_LAST = Pattern.compile("(\\d{1,2})" + SEP + "(\\d{1,2})" + SEP + "(\\d{4})");

	private final int currentYear;

	OfficialDates(int currentYear) {
		this.currentYear = currentYear;
	}

	/** Reads the text; blank text is no date, which is not a problem. */
	Reading read(String raw) {
		if (raw == null || raw.isBlank()) {
			return Reading.none();
		}
		// full-width digits and letters (１９８８年) become ASCII; spaces of any kind become one
		var text = Normalizer.normalize(raw, Normalizer.Form.NFKC).strip().replaceAll("\\s+", " ");
		Matcher m;
		if ((m = ISO.matcher(text)).matches()) {
			return date(Integer.parseInt(m.group(1)), number(m.group(2)), number(m.group(3)), raw);
		}
		if ((m = YEAR_FIRST.matcher(text)).matches()) {
			return date(Integer.parseInt(m.group(1)), number(m.group(2)), number(m.group(3)), raw);
		}
		if ((m = SHORT_YEAR.matcher(text)).matches()) {
			return date(fullYear(Integer.parseInt(m.group(1))), number(m.group(2)), number(m.group(3)), raw);
		}
		if ((m = CJK.matcher(text)).matches()) {
			int year;
			if (m.group(1) != null) {
				year = Integer.parseInt(m.group(1));
			}
			else {
				int ofEra = m.group(3).equals("元") ? 1 : Integer.parseInt(m.group(3));
				year = ERAS.get(m.group(2)) + ofEra - 1;
			}
			return date(year, number(m.group(4)), number(m.group(5)), raw);
		}
		if ((m = ERA_LETTER.matcher(text)).matches()) {
			int year = ERAS.get(m.group(1)) + Integer.parseInt(m.group(2)) - 1;
			return date(year, number(m.group(3)), number(m.group(4)), raw);
		}
		if ((m = MONTH_FIRST.matcher(text)).matches()) {
			var month = MONTHS.get(m.group(1).toLowerCase(Locale.ROOT));
			if (month == null) {
				return Reading.problem(Problem.UNREADABLE, raw);
			}
			return date(Integer.parseInt(m.group(3)), month, number(m.group(2)), raw);
		}
		if ((m = DAY_FIRST.matcher(text)).matches()) {
			var month = MONTHS.get(m.group(2).toLowerCase(Locale.ROOT));
			if (month == null) {
				return Reading.problem(Problem.UNREADABLE, raw);
			}
			return date(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(1)), raw);
		}
		if ((m = NUMERIC_YEAR_LAST.matcher(text)).matches()) {
			int first = Integer.parseInt(m.group(1));
			int second = Integer.parseInt(m.group(2));
			int year = Integer.parseInt(m.group(3));
			if (first <= 12 && second <= 12 && first != second) {
				return Reading.problem(Problem.AMBIGUOUS_DAY_MONTH, raw);
			}
			return first > 12 ? date(year, second, first, raw) : date(year, first, second, raw);
		}
		return Reading.problem(Problem.UNREADABLE, raw);
	}

	/** The latest year ending in these two digits that is not after the current year. */
	int fullYear(int twoDigits) {
		int century = currentYear / 100 * 100;
		int year = century + twoDigits;
		return year > currentYear ? year - 100 : year;
	}

	private Reading date(int year, Integer month, Integer day, String raw) {
		if (year > currentYear) {
			return Reading.problem(Problem.IN_THE_FUTURE, raw);
		}
		try {
			return Reading.of(new PartialDate(year, month, day));
		}
		catch (InvalidPartialDateException e) {
			return Reading.problem(Problem.NO_SUCH_DAY, raw);
		}
	}

	private static Integer number(String digits) {
		return digits == null ? null : Integer.valueOf(digits);
	}

	/** Why a date text was not taken. */
	enum Problem {
		UNREADABLE, AMBIGUOUS_DAY_MONTH, NO_SUCH_DAY, IN_THE_FUTURE
	}

	/** A date read from a text, no date (blank text), or the problem that kept it from being read. */
	record Reading(PartialDate date, Problem problem, String text) {

		static Reading none() {
			return new Reading(null, null, "");
		}

		static Reading of(PartialDate date) {
			return new Reading(date, null, date.toString());
		}

		static Reading problem(Problem problem, String text) {
			return new Reading(null, problem, text);
		}

		boolean isProblem() {
			return problem != null;
		}
	}
}
