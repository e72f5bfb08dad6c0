package org.amity.shared.personal;

/** What an erasure did in one section: records deleted and records kept with their personal fields replaced. */
public record Erasure(String section, int deleted, int anonymised) {

	public static Erasure none(String section) {
		return new Erasure(section, 0, 0);
	}
}
