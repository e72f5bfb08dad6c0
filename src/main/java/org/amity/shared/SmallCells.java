package org.amity.shared;

/**
 * Small-cell suppression for aggregates shown to researchers and the public: a count of fewer than five people is
 * withheld, because a reader who knows the group could tell who they are.
 */
public final class SmallCells {

	/** The smallest count that is shown. */
	public static final int THRESHOLD = 5;

	private SmallCells() {
	}

	/** A count as it may be shown. */
	public static Cell of(long count) {
		return count < THRESHOLD && count > 0 ? new Cell(null, true) : new Cell(count, false);
	}

	/**
	 * A shown or withheld count. A withheld one has no number, so it cannot leak through JSON or a template; pages
	 * say "fewer than 5" (message key {@code cell.suppressed}).
	 */
	public record Cell(Long count, boolean suppressed) {
	}
}
