package org.amity.exchange;

import java.time.LocalDate;
import java.util.Map;

/**
 * What an applicant says about themselves that the eligibility rules read: birth date, the place they live (by
 * gazetteer id) and their level in each language. Prior participation comes from Amity's own participant records.
 */
public record Profile(LocalDate birthDate, Long residence, Map<String, CallSettings.LanguageLevel> languages) {

	public static final Profile EMPTY = new Profile(null, null, Map.of());

	public Profile {
		languages = languages == null ? Map.of() : Map.copyOf(languages);
	}

	public CallSettings.LanguageLevel level(String language) {
		return languages.getOrDefault(language, CallSettings.LanguageLevel.NONE);
	}
}
