package org.amity.actor;

import org.amity.shared.LocalizedText;

/**
 * Multilingual text to and from the jsonb columns that keep it, in the shared form: a key per language and who wrote
 * or translated each, so that translations keep their provenance through the actor directory.
 */
final class Texts {

	private Texts() {
	}

	static String json(LocalizedText text) {
		return text.toJson();
	}

	static LocalizedText text(String json) {
		return LocalizedText.fromJson(json);
	}
}
