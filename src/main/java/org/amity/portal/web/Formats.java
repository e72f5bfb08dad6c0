package org.amity.portal.web;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.amity.city.Countries;
import org.amity.city.Place;
import org.amity.shared.PartialDate;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Formatting for templates ({@code ${@formats.date(p.since)}}) in the reader's language: partial dates as a year, a
 * month and year, or a full date; country names; place names; numbers.
 */
@Component("formats")
class Formats {

	private static final Pattern LINE = Pattern.compile("line (\\d{1,9})");

	private final MessageSource messages;

	Formats(MessageSource messages) {
		this.messages = messages;
	}

	/** A partial date as precise as it is known: "1988", "September 1988" or "3 September 1988", localized. */
	public String date(PartialDate date) {
		return date(date, LocaleContextHolder.getLocale());
	}

	public String date(PartialDate date, Locale locale) {
		if (date == null) {
			return "";
		}
		// The patterns are messages because each language orders and marks year, month and day its own way.
		var key = switch (date.precision()) {
			case YEAR -> "date.pattern.year";
			case MONTH -> "date.pattern.month";
			case DAY -> "date.pattern.day";
		};
		var pattern = messages.getMessage(key, null, locale);
		return DateTimeFormatter.ofPattern(pattern, locale).format(date.earliest());
	}

	/** The ISO form for a {@code <time datetime>} attribute, which accepts a year, a month or a day. */
	public String iso(PartialDate date) {
		return date == null ? "" : date.toString();
	}

	public String country(String code) {
		return code == null ? "" : Countries.name(code, LocaleContextHolder.getLocale());
	}

	public String name(Place place) {
		return place == null ? "" : place.nameIn(LocaleContextHolder.getLocale());
	}

	/**
	 * A source's name as readers should see it: the bundled sources have a description in every language, any other
	 * (a file someone imported) shows under its own name.
	 */
	public String source(String name) {
		return messages.getMessage("source." + name, null, name, LocaleContextHolder.getLocale());
	}

	/** Where in the source the record is; imports write "line 12", which reads as a line in the reader's language. */
	public String reference(String reference) {
		if (reference == null) {
			return "";
		}
		var line = LINE.matcher(reference.strip());
		return line.matches()
				? messages.getMessage("sources.line", new Object[] { Integer.parseInt(line.group(1)) },
						LocaleContextHolder.getLocale())
				: reference;
	}

	public String number(long value) {
		return NumberFormat.getIntegerInstance(LocaleContextHolder.getLocale()).format(value);
	}

	/** A measure with the given number of decimals, in the reader's number format. */
	public String decimal(double value, int decimals) {
		var format = NumberFormat.getNumberInstance(LocaleContextHolder.getLocale());
		format.setMinimumFractionDigits(decimals);
		format.setMaximumFractionDigits(decimals);
		return format.format(value);
	}

	/** When something was computed, in the reader's format, in UTC (the server's clock is no reader's). */
	public String time(Instant instant) {
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
			.withLocale(LocaleContextHolder.getLocale())
			.withZone(ZoneOffset.UTC)
			.format(instant) + " UTC";
	}

	/** Places' names in the reader's language, as a list. */
	public String names(Collection<Place> places) {
		var separator = "ja".equals(LocaleContextHolder.getLocale().getLanguage()) ? "、" : ", ";
		return places.stream().map(this::name).collect(Collectors.joining(separator));
	}

	/** A chain of partnerships from one place to another, in the reader's language. */
	public String path(List<Place> places) {
		return places.stream().map(this::name).collect(Collectors.joining(" → "));
	}
}
