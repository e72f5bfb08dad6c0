package org.amity.exchange;

/** Which way participants travel: from the sending place to the host place (Seoul→Tokyo), places by gazetteer id. */
public record Direction(long from, long to) {

	public Direction {
		if (from == to) {
			throw new ExchangeRefusedException(ExchangeRefusedException.Reason.DIRECTION_UNKNOWN,
					"A direction joins two places");
		}
	}

	public Direction reverse() {
		return new Direction(to, from);
	}

	/** As kept in URLs and columns: {@code 12-34}. */
	public String key() {
		return from + "-" + to;
	}

	public static Direction parse(String key) {
		try {
			var parts = key.split("-");
			return new Direction(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
		}
		catch (RuntimeException e) {
			throw new ExchangeRefusedException(ExchangeRefusedException.Reason.DIRECTION_UNKNOWN, "Not a direction");
		}
	}
}
