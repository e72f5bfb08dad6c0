package org.amity.interop;

import java.util.List;

/**
 * An undo that would lose later work: records the import created or merged into were changed since (by a person or
 * a later import), or an import that cannot be undone. {@code blockers} names what stands in the way.
 */
public class UndoRefusedException extends RuntimeException {

	private final Reason reason;
	private final List<String> blockers;

	public UndoRefusedException(Reason reason, List<String> blockers) {
		super("Undo refused: " + reason + (blockers.isEmpty() ? "" : " " + blockers));
		this.reason = reason;
		this.blockers = List.copyOf(blockers);
	}

	public Reason reason() {
		return reason;
	}

	public List<String> blockers() {
		return blockers;
	}

	public enum Reason {
		CHANGED_SINCE, ALREADY_UNDONE, NOT_UNDOABLE
	}
}
