package org.amity.event;

import java.util.List;

import org.amity.shared.LocalizedText;

/** A festival or week made of several events; demo series are sample content, never real. */
public record EventSeries(long id, String slug, LocalizedText title, LocalizedText description,
		List<String> organisers, String partnership, boolean demo) {
}
