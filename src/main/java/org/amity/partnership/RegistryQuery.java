package org.amity.partnership;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;

/**
 * What a reader of the open-data feed asks for: partnerships involving some places (null: any), of a type, begun
 * within years, changed since a moment (then removed ones are listed too), a page after a cursor.
 */
public record RegistryQuery(Set<Long> places, PartnershipType type, Integer fromYear, Integer toYear,
		Instant updatedSince, Cursor after, int limit) {

	public static final int MAX_LIMIT = 1000;

	public RegistryQuery {
		if (limit < 1 || limit > MAX_LIMIT) {
			throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
		}
		places = places == null ? null : Set.copyOf(places);
	}

	/**
	 * Where the next page starts: after the change at this moment of this partnership. Pages follow the order of
	 * change, so a record changed while a reader pages through appears again on a later page, never not at all.
	 */
	public record Cursor(Instant changedAt, long id) {

		public String encode() {
			var text = changedAt.getEpochSecond() + "." + changedAt.getNano() + "." + id;
			return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.US_ASCII));
		}

		/** @throws IllegalArgumentException when the text is not a cursor this feed gave out */
		public static Cursor decode(String text) {
			try {
				var parts = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.US_ASCII).split("\\.");
				if (parts.length != 3) {
					throw new IllegalArgumentException("not a cursor: " + text);
				}
				return new Cursor(Instant.ofEpochSecond(Long.parseLong(parts[0]), Long.parseLong(parts[1])),
						Long.parseLong(parts[2]));
			}
			catch (IllegalArgumentException | java.time.DateTimeException e) {
				throw new IllegalArgumentException("not a cursor: " + text, e);
			}
		}
	}
}
