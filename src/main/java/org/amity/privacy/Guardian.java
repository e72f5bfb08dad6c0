package org.amity.privacy;

/** A parent or guardian consenting for a minor: who they are, how to reach them, and their confirmation. */
public record Guardian(String name, String contact, boolean confirmed) {

	boolean complete() {
		return name != null && !name.isBlank() && contact != null && !contact.isBlank() && confirmed;
	}
}
