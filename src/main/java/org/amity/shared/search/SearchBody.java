package org.amity.shared.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.amity.shared.LocalizedText;
import org.springframework.context.MessageSource;

/**
 * A document's body made of several texts (a description, a venue's name, the titles of a series' events): in each
 * language the parts written in it, joined by a middle dot; a language in which no part is written is left out, so
 * that the document's other languages stand in for it.
 */
public final class SearchBody {

	private final List<LocalizedText> parts = new ArrayList<>();

	public SearchBody with(LocalizedText part) {
		if (part != null) {
			parts.add(part);
		}
		return this;
	}

	public <T> SearchBody with(Collection<T> items, Function<T, LocalizedText> text) {
		items.forEach(item -> with(text.apply(item)));
		return this;
	}

	public LocalizedText build() {
		var body = new LinkedHashMap<String, String>();
		for (var language : LocalizedText.LANGUAGES) {
			var written = new ArrayList<String>();
			parts.forEach(part -> part.exactly(language).ifPresent(written::add));
			if (!written.isEmpty()) {
				body.put(language, String.join(" · ", written));
			}
		}
		return new LocalizedText(body);
	}

	/** A message, such as the name of a kind, in each of Amity's languages; its key's last part where none is. */
	public static LocalizedText label(MessageSource messages, String key) {
		var label = new LinkedHashMap<String, String>();
		for (var language : LocalizedText.LANGUAGES) {
			label.put(language, messages.getMessage(key, null, key.substring(key.lastIndexOf('.') + 1),
					Locale.forLanguageTag(language)));
		}
		return new LocalizedText(label);
	}
}
