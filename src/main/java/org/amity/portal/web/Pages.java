package org.amity.portal.web;

/** Paged lists: the page number a reader asked for. */
final class Pages {

	private Pages() {
	}

	/** A page number from the query; anything that is not one is the first page rather than an error. */
	static int number(String text) {
		try {
			return text == null ? 1 : Math.max(1, Integer.parseInt(text.strip()));
		}
		catch (NumberFormatException e) {
			return 1;
		}
	}
}
