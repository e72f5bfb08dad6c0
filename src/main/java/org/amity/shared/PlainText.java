package org.amity.shared;

/**
 * What a line of text people type may hold. PostgreSQL cannot store a NUL character and a lone half of a surrogate pair
 * is not a character at all (it would be stored as "?"), so both are refused whole instead of failing or changing the
 * text on its way in; so are the other control characters, which no form needs. Markup, SQL and right-to-left or
 * zero-width characters are allowed: they are stored as typed and pages show them as text.
 */
public final class PlainText {

	private PlainText() {
	}

	/** Whether the text has no control character (other than tab and line breaks) and no unpaired surrogate. */
	public static boolean isWellFormed(String text) {
		if (text == null) {
			return true;
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isHighSurrogate(c)) {
				if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
					return false;
				}
				i++;
			}
			else if (Character.isLowSurrogate(c)) {
				return false;
			}
			else if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
				return false;
			}
		}
		return true;
	}

	/** The text, after checking it is well-formed; {@link IllegalArgumentException} naming {@code what} otherwise. */
	public static String require(String text, String what) {
		if (!isWellFormed(text)) {
			throw new IllegalArgumentException(what + " holds a control character or a broken character");
		}
		return text;
	}
}
