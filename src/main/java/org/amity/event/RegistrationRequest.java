package org.amity.event;

import java.util.Map;
import java.util.TreeMap;

/** What a person asks for when registering; {@code language} is the one their mail is written in. */
public record RegistrationRequest(String typeCode, String email, String name, int quantity,
		Map<String, String> answers, String language) {

	public RegistrationRequest {
		answers = answers == null ? Map.of() : Map.copyOf(answers);
		email = email == null ? null : email.strip();
		name = name == null ? null : name.strip();
	}

	/** What identifies the request for an idempotency key: the same key must come with the same payload. */
	String fingerprint(long eventId) {
		return eventId + "\u0000" + typeCode + "\u0000" + (email == null ? "" : email.toLowerCase()) + "\u0000" + name
				+ "\u0000" + quantity + "\u0000" + new TreeMap<>(answers);
	}
}
