package org.amity.event;

import java.time.LocalDateTime;
import java.util.List;
import java.util.regex.Pattern;

import org.amity.event.EventChangeRefusedException.Reason;
import org.amity.shared.LocalizedText;

/**
 * An event as staff write it in the form: titles per language, the venue, wall-clock times at the venue, languages
 * spoken, organisers and the cities that organise it. It checks itself before anything is stored.
 */
public record EventDraft(Long seriesId, Event.Kind kind, LocalizedText title, LocalizedText description,
		long venueId, LocalDateTime startsAt, LocalDateTime endsAt, List<String> languages, List<String> organisers,
		String partnership, List<Long> cities) {

	static final int MAX_TITLE = 300;
	static final int MAX_DESCRIPTION = 5000;
	static final int MAX_NAME = 200;
	private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

	public EventDraft {
		languages = languages == null ? List.of() : List.copyOf(languages);
		organisers = organisers == null ? List.of() : List.copyOf(organisers);
		cities = cities == null ? List.of() : List.copyOf(cities);
		kind = kind == null ? Event.Kind.OTHER : kind;
		title = title == null ? new LocalizedText(java.util.Map.of()) : title;
		description = description == null ? new LocalizedText(java.util.Map.of()) : description;
	}

	/** Refuses a draft that could not be stored as it is, naming the first problem. */
	void check() {
		if (title.isEmpty()) {
			throw new EventChangeRefusedException(Reason.TITLE_REQUIRED, "a title in at least one language");
		}
		title.texts().values().forEach(text -> text(text, MAX_TITLE));
		description.texts().values().forEach(text -> text(text, MAX_DESCRIPTION));
		if (startsAt == null || endsAt == null || endsAt.isBefore(startsAt)) {
			throw new EventChangeRefusedException(Reason.BAD_DATES, "an event ends after it starts");
		}
		if (languages.size() > 10 || !languages.stream().allMatch(l -> LANGUAGE.matcher(l).matches())) {
			throw new EventChangeRefusedException(Reason.BAD_LANGUAGE, "languages are ISO 639 codes");
		}
		if (organisers.size() > 20) {
			throw new EventChangeRefusedException(Reason.TOO_LONG, "at most 20 organisers");
		}
		organisers.forEach(name -> text(name, MAX_NAME));
		if (partnership != null) {
			text(partnership, MAX_NAME);
		}
		if (cities.isEmpty() || cities.size() > 2) {
			throw new EventChangeRefusedException(Reason.NO_CITY, "one or two organising cities");
		}
	}

	/**
	 * Text as people may type it, hostile or not, is stored as typed and escaped when shown; only what PostgreSQL cannot
	 * store (a NUL character) and overlong text are refused.
	 */
	static String text(String text, int max) {
		if (text != null && (text.length() > max || text.indexOf('\u0000') >= 0)) {
			throw new EventChangeRefusedException(Reason.TOO_LONG, "text over " + max + " characters");
		}
		return text;
	}
}
