package org.amity.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** How names are compared and turned into URL slugs, the same way in every module. */
public final class Names {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");
	private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
	private static final Pattern NON_SLUG = Pattern.compile("[^a-z0-9]+");

	private Names() {
	}

	/**
	 * The matching key of a name: case, accents, punctuation and spacing folded away, scripts kept ("Chūō" and "Chuo"
	 * meet; "東京" stays "東京").
	 */
	public static String key(String name) {
		if (name == null) {
			return "";
		}
		var folded = Normalizer.normalize(name.replace('ı', 'i').replace('ł', 'l').replace('Ł', 'L')
			.replace('ø', 'o').replace('Ø', 'O').replace('đ', 'd').replace('Đ', 'D').replace("ß", "ss"), Normalizer.Form.NFKD);
		folded = MARKS.matcher(folded).replaceAll("");
		folded = NON_WORD.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
		return folded;
	}

	/** A lower-case ASCII slug; names in other scripts fall back to the given alternative. */
	public static String slug(String name, String fallback) {
		var slug = NON_SLUG.matcher(key(name)).replaceAll("-").replaceAll("^-+|-+$", "");
		return slug.isEmpty() ? fallback : slug;
	}
}
