package org.amity.engagement;

import java.time.LocalDate;
import java.util.List;

import org.amity.shared.LocalizedText;

/** A campaign of a partnership, with its total reach so far. */
public record Campaign(long id, String partnership, LocalizedText title, List<String> channels, List<String> hashtags,
		LocalDate startsOn, LocalDate endsOn, long reach) {
}
