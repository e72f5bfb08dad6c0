package org.amity.interop;

import java.util.regex.Pattern;

import org.amity.city.PlaceLevel;

/**
 * How lists of twin towns write a place's name, read into a name and, for a ward, the city it belongs to:
 * {@code Tokyo – Adachi} and {@code Adachi (Tokyo)} are both the ward Adachi of Tokyo; {@code Vienna 21 – Floridsdorf}
 * is Floridsdorf of Vienna (the district number is dropped); {@code São Paulo State} is a state. A name in brackets is
 * only a ward when the bracketed name is a city of the same country ({@code Frankfurt (Oder)} is a city): the caller
 * decides that with {@link Parsed#bracketed()}.
 */
final class PlaceNameParser {

	private static final Pattern DASH = Pattern.compile("\\s+[–—]\\s+");
	private static final Pattern BRACKETS = Pattern.compile("^(.+?)\\s*\\(([^()]+)\\)$");
	private static final Pattern DISTRICT_NUMBER = Pattern.compile("^(.+?)\\s+(?:\\d+|[IVXLC]+)$");
	private static final Pattern STATE = Pattern.compile("(?i).+\\s(state|prefecture|province)$|^(?i)state of\\s.+");
	private static final Pattern SPACES = Pattern.compile("\\s+");

	private PlaceNameParser() {
	}

	static Parsed parse(String raw) {
		var name = SPACES.matcher(raw.strip()).replaceAll(" ");
		var dash = DASH.split(name, 2);
		if (dash.length == 2 && !dash[0].isBlank() && !dash[1].isBlank()) {
			var parent = dash[0];
			var numbered = DISTRICT_NUMBER.matcher(parent);
			if (numbered.matches()) {
				parent = numbered.group(1);
			}
			return new Parsed(dash[1], parent, false, PlaceLevel.WARD);
		}
		var brackets = BRACKETS.matcher(name);
		if (brackets.matches()) {
			return new Parsed(brackets.group(1), brackets.group(2), true, PlaceLevel.WARD);
		}
		return new Parsed(name, null, false, STATE.matcher(name).matches() ? PlaceLevel.STATE : PlaceLevel.CITY);
	}

	/**
	 * A parsed name. With a parent it is a ward of that city; {@code bracketed} says the parent came from brackets
	 * and may instead be part of the name ({@link #asWritten()}).
	 */
	record Parsed(String name, String parent, boolean bracketed, PlaceLevel level) {

		/** The name as one city's name, for a bracketed name that turns out not to be a ward. */
		Parsed asWritten() {
			return new Parsed(name + " (" + parent + ")", null, false, PlaceLevel.CITY);
		}

		boolean isWard() {
			return parent != null;
		}
	}
}
