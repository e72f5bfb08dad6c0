package org.amity.interop;

/** Told how far a long import has got, so that a command line or a page can show progress. */
@FunctionalInterface
public interface ImportProgress {

	ImportProgress NONE = (step, done, total) -> {
	};

	void advance(String step, long done, long total);
}
