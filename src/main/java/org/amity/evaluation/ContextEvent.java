package org.amity.evaluation;

import java.util.Locale;
import java.util.Objects;

import org.amity.shared.PartialDate;

/** A national event between two countries that their cities' partnerships live beside. */
public record ContextEvent(long id, String countryA, String countryB, PartialDate happened, Kind kind, String title,
		String source) {

	public ContextEvent {
		Objects.requireNonNull(happened);
		Objects.requireNonNull(kind);
		Objects.requireNonNull(title);
	}

	public enum Kind {

		TENSION, THAW, DISASTER;

		public static Kind parse(String text) {
			return valueOf(text.strip().toUpperCase(Locale.ROOT));
		}
	}
}
