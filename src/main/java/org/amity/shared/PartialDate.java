package org.amity.shared;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Pattern;

/**
 * A date known to a year, a year and month, or a full day, as much official data is ("signed in 1996"). Its text form
 * is ISO: {@code 1996}, {@code 1996-07} or {@code 1996-07-05}, which also sorts chronologically as text.
 */
public record PartialDate(int year, Integer month, Integer day) implements Comparable<PartialDate> {

	private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

	public PartialDate {
		if (year < 1 || year > 9999) {
			throw new InvalidPartialDateException(String.valueOf(year));
		}
		if (month == null && day != null) {
			throw new InvalidPartialDateException(year + "-?-" + day);
		}
		try {
			if (day != null) {
				LocalDate.of(year, month, day);
			}
			else if (month != null) {
				YearMonth.of(year, month);
			}
		}
		catch (DateTimeException e) {
			throw new InvalidPartialDateException(year + "-" + month + (day == null ? "" : "-" + day));
		}
	}

	public static PartialDate ofYear(int year) {
		return new PartialDate(year, null, null);
	}

	public static PartialDate of(LocalDate date) {
		return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
	}

	/** Reads the ISO text form; {@code null} or blank text is no date. */
	public static PartialDate parse(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		var m = ISO.matcher(text.strip());
		if (!m.matches()) {
			throw new InvalidPartialDateException(text);
		}
		return new PartialDate(Integer.parseInt(m.group(1)), m.group(2) == null ? null : Integer.parseInt(m.group(2)),
				m.group(3) == null ? null : Integer.parseInt(m.group(3)));
	}

	public Precision precision() {
		return day != null ? Precision.DAY : month != null ? Precision.MONTH : Precision.YEAR;
	}

	/** The first day this date may stand for, for sorting and arithmetic. */
	public LocalDate earliest() {
		return LocalDate.of(year, month == null ? 1 : month, day == null ? 1 : day);
	}

	@Override
	public int compareTo(PartialDate other) {
		return toString().compareTo(other.toString());
	}

	@Override
	public String toString() {
		var text = String.format("%04d", year);
		if (month != null) {
			text += String.format("-%02d", month);
		}
		if (day != null) {
			text += String.format("-%02d", day);
		}
		return text;
	}

	public enum Precision {
		YEAR, MONTH, DAY
	}
}
