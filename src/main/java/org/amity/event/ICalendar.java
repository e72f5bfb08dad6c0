package org.amity.event;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Writes iCalendar (RFC 5545) text: CRLF line ends, content lines folded at 75 octets without splitting a UTF-8
 * character, TEXT values escaped, and times in UTC (the "Z" form), which needs no VTIMEZONE and which every calendar
 * shows in its reader's own zone.
 */
public final class ICalendar {

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private final StringBuilder out = new StringBuilder();

	private ICalendar(String name) {
		line("BEGIN:VCALENDAR");
		line("VERSION:2.0");
		line("PRODID:-//Amity//Events//EN");
		line("CALSCALE:GREGORIAN");
		line("METHOD:PUBLISH");
		text("X-WR-CALNAME", name);
	}

	public static ICalendar named(String name) {
		return new ICalendar(name);
	}

	/** Adds an event; {@code url} is the absolute address of its page. */
	public ICalendar event(String uid, Instant stamp, ZonedDateTime start, ZonedDateTime end, String summary,
			String description, String location, String url, boolean cancelled) {
		line("BEGIN:VEVENT");
		line("UID:" + uid);
		line("DTSTAMP:" + UTC.format(stamp));
		line("DTSTART:" + UTC.format(start));
		line("DTEND:" + UTC.format(end));
		text("SUMMARY", summary);
		if (description != null && !description.isBlank()) {
			text("DESCRIPTION", description);
		}
		if (location != null && !location.isBlank()) {
			text("LOCATION", location);
		}
		if (url != null) {
			line("URL:" + url);
		}
		line("STATUS:" + (cancelled ? "CANCELLED" : "CONFIRMED"));
		line("END:VEVENT");
		return this;
	}

	public String end() {
		line("END:VCALENDAR");
		return out.toString();
	}

	private void text(String name, String value) {
		line(name + ":" + escape(value));
	}

	/** RFC 5545 3.3.11: backslash, semicolon, comma and line breaks are escaped in TEXT values. */
	static String escape(String value) {
		var escaped = new StringBuilder(value.length());
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '\\' -> escaped.append("\\\\");
				case ';' -> escaped.append("\\;");
				case ',' -> escaped.append("\\,");
				case '\n' -> escaped.append("\\n");
				case '\r' -> {
					if (i + 1 < value.length() && value.charAt(i + 1) == '\n') {
						continue;
					}
					escaped.append("\\n");
				}
				default -> {
					if (c < 0x20 && c != '\t' || c == 0x7f) {
						continue;
					}
					escaped.append(c);
				}
			}
		}
		return escaped.toString();
	}

	/** RFC 5545 3.1: a line longer than 75 octets goes on in a line that starts with a space. */
	private void line(String content) {
		int octets = 0;
		int limit = 75;
		for (int i = 0; i < content.length();) {
			int codePoint = content.codePointAt(i);
			int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
			if (octets + size > limit) {
				out.append("\r\n ");
				octets = 0;
				limit = 74; // the leading space counts
			}
			out.appendCodePoint(codePoint);
			octets += size;
			i += Character.charCount(codePoint);
		}
		out.append("\r\n");
	}

}
