package org.amity.exchange;

import java.util.Map;

import org.amity.shared.LocalizedText;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Values kept as jsonb: multilingual text (one key per language), a call's settings, a profile, answers. */
final class Json {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private Json() {
	}

	/** Multilingual text in the shared form (with who wrote or translated each language); other values as they are. */
	static String write(Object value) {
		return value instanceof LocalizedText text ? text.toJson() : JSON.writeValueAsString(value);
	}

	static LocalizedText text(String json) {
		return LocalizedText.fromJson(json);
	}

	static <T> T read(String json, Class<T> type) {
		return JSON.readValue(json, type);
	}

	static Map<String, String> answers(String json) {
		return JSON.readValue(json, new TypeReference<Map<String, String>>() {
		});
	}
}
