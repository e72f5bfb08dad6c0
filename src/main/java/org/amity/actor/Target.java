package org.amity.actor;

import java.util.Objects;

import org.amity.shared.LocalizedText;

/**
 * What a relation points at, by module and id. The label is the target's name as its own module gave it when the
 * relation was recorded, so that the directory can show it without reading another module's tables.
 */
public record Target(Kind kind, long id, LocalizedText label) {

	public Target {
		Objects.requireNonNull(kind, "kind");
		label = label == null ? new LocalizedText(null) : label;
	}

	public static Target partnership(long id, LocalizedText label) {
		return new Target(Kind.PARTNERSHIP, id, label);
	}

	public static Target program(long id, LocalizedText label) {
		return new Target(Kind.PROGRAM, id, label);
	}

	public static Target event(long id, LocalizedText label) {
		return new Target(Kind.EVENT, id, label);
	}

	public static Target organisation(long id, LocalizedText label) {
		return new Target(Kind.ORGANISATION, id, label);
	}

	public enum Kind {
		PARTNERSHIP, PROGRAM, EVENT, ORGANISATION
	}
}
