package org.amity.partnership;

import java.util.Locale;
import java.util.Optional;

/** The fields a partnership's agreements cover. */
public enum CooperationField {

	CULTURE, TRADE, TOURISM, ECONOMY, URBAN_GOVERNANCE, URBAN_SAFETY, ENVIRONMENT, WELFARE, HEALTH, SPORTS, EDUCATION,
	YOUTH, SCIENCE_TECHNOLOGY, DISASTER_RELIEF;

	/** Reads a field as data files write it ({@code urban_safety}, {@code Urban safety}). */
	public static Optional<CooperationField> parse(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		var name = text.strip().toUpperCase(Locale.ROOT).replaceAll("[^A-Z]+", "_");
		try {
			return Optional.of(valueOf(name));
		}
		catch (IllegalArgumentException e) {
			return Optional.empty();
		}
	}
}
