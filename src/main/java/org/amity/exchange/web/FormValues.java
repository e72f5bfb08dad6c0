package org.amity.exchange.web;

import java.util.List;
import java.util.Map;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * What a staff form holds, as the person typed it: read back into the form when a rule refuses it, so nothing typed
 * is lost. Values are plain text; the pages escape them.
 */
record FormValues(MultiValueMap<String, String> values) {

	static FormValues empty() {
		return new FormValues(new LinkedMultiValueMap<>());
	}

	static FormValues of(Map<String, List<String>> values) {
		var copy = new LinkedMultiValueMap<String, String>();
		values.forEach((name, list) -> {
			if (!name.equals("_csrf")) {
				copy.put(name, List.copyOf(list));
			}
		});
		return new FormValues(copy);
	}

	/** The first value of a field, or nothing; never null, so the pages can show it as is. */
	public String value(String name) {
		var first = values.getFirst(name);
		return first == null ? "" : first;
	}

	public boolean has(String name, Object value) {
		var list = values.get(name);
		return list != null && list.contains(String.valueOf(value));
	}

	public boolean checked(String name) {
		return has(name, "on") || has(name, "true");
	}

	List<String> all(String name) {
		var list = values.get(name);
		return list == null ? List.of() : list;
	}

	FormValues set(String name, Object value) {
		if (value != null) {
			values.set(name, String.valueOf(value));
		}
		return this;
	}

	FormValues add(String name, Object value) {
		values.add(name, String.valueOf(value));
		return this;
	}

	String text(String name) {
		var value = value(name).strip();
		return value.isEmpty() ? null : value;
	}
}
