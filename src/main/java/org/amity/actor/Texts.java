package org.amity.actor;

import java.util.Map;

import org.amity.shared.LocalizedText;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Multilingual text to and from the jsonb columns that keep it (one key per language). */
final class Texts {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private Texts() {
	}

	static String json(LocalizedText text) {
		return JSON.writeValueAsString(text.texts());
	}

	static LocalizedText text(String json) {
		return new LocalizedText(JSON.readValue(json, new TypeReference<Map<String, String>>() {
		}));
	}
}
