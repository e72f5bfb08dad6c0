package org.amity.interop;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Finds the encoding of a text file as Korean and Japanese offices still save them: UTF-8 with or without a byte order
 * mark, UTF-16 in either byte order with or without a mark, EUC-KR and its Windows superset CP949, Shift_JIS and its
 * Windows superset CP932. Each candidate is decoded strictly (a byte sequence that is invalid in it rules it out);
 * the survivors are scored by how much of the text is in the scripts that encoding is used for, and by whether it has
 * line breaks, so that EUC-KR bytes read as Shift_JIS (half-width katakana) or UTF-16 read in the wrong byte order (no
 * line breaks) lose.
 */
final class TextEncodings {

	/** The encodings the wizard names and a person may choose instead of the detected one. */
	enum Encoding {
		UTF_8("UTF-8", StandardCharsets.UTF_8), UTF_16LE("UTF-16LE", StandardCharsets.UTF_16LE),
		UTF_16BE("UTF-16BE", StandardCharsets.UTF_16BE), EUC_KR("EUC-KR", Charset.forName("EUC-KR")),
		CP949("CP949", Charset.forName("x-windows-949")), SHIFT_JIS("Shift_JIS", Charset.forName("Shift_JIS")),
		CP932("CP932", Charset.forName("windows-31j")), ISO_8859_1("ISO-8859-1", StandardCharsets.ISO_8859_1);

		final String label;
		final Charset charset;

		Encoding(String label, Charset charset) {
			this.label = label;
			this.charset = charset;
		}

		String label() {
			return label;
		}

		static Optional<Encoding> of(String name) {
			if (name == null || name.isBlank()) {
				return Optional.empty();
			}
			for (var encoding : values()) {
				if (encoding.name().equalsIgnoreCase(name) || encoding.label.equalsIgnoreCase(name)) {
					return Optional.of(encoding);
				}
			}
			return Optional.empty();
		}
	}

	/** The detected (or chosen) encoding, whether the file began with a byte order mark, and the text. */
	record Decoded(Encoding encoding, boolean byteOrderMark, String text) {

		/** How the preview names it: "UTF-8 (with BOM)", "EUC-KR". */
		String name() {
			return encoding.label() + (byteOrderMark ? " BOM" : "");
		}
	}

	private TextEncodings() {
	}

	/** The most plausible reading of the bytes; empty when no candidate decodes them. */
	static Optional<Decoded> detect(byte[] bytes) {
		var bom = byteOrderMark(bytes);
		if (bom.isPresent()) {
			return decode(bytes, bom.get());
		}
		var candidates = new ArrayList<Scored>();
		for (var encoding : List.of(Encoding.UTF_8, Encoding.UTF_16LE, Encoding.UTF_16BE, Encoding.EUC_KR,
				Encoding.CP949, Encoding.SHIFT_JIS, Encoding.CP932)) {
			strict(bytes, 0, encoding).ifPresent(text -> candidates.add(new Scored(encoding, text, score(text, encoding))));
		}
		// UTF-8 that decodes strictly is almost never anything else; the legacy encodings come after by score, and a
		// subset (EUC-KR, Shift_JIS) before its superset when both decode the same bytes
		return candidates.stream()
			.max(Comparator.comparingDouble((Scored s) -> s.encoding == Encoding.UTF_8 ? s.score + 0.5 : s.score)
				.thenComparing(s -> -s.encoding.ordinal()))
			.filter(s -> s.score > 0)
			.map(s -> new Decoded(s.encoding, false, s.text));
	}

	/** The bytes read in the given encoding (a mark of that encoding is skipped); empty when they are invalid in it. */
	static Optional<Decoded> decode(byte[] bytes, Encoding encoding) {
		int skip = 0;
		var bom = byteOrderMark(bytes);
		if (bom.isPresent() && bom.get() == encoding) {
			skip = encoding == Encoding.UTF_8 ? 3 : 2;
		}
		boolean marked = skip > 0;
		return strict(bytes, skip, encoding).map(text -> new Decoded(encoding, marked, text));
	}

	private static Optional<Encoding> byteOrderMark(byte[] b) {
		if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
			return Optional.of(Encoding.UTF_8);
		}
		if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
			return Optional.of(Encoding.UTF_16LE);
		}
		if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
			return Optional.of(Encoding.UTF_16BE);
		}
		return Optional.empty();
	}

	private static Optional<String> strict(byte[] bytes, int offset, Encoding encoding) {
		if (encoding.charset.name().startsWith("UTF-16") && (bytes.length - offset) % 2 != 0) {
			return Optional.empty();
		}
		var decoder = encoding.charset.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		try {
			return Optional.of(decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString());
		}
		catch (CharacterCodingException e) {
			return Optional.empty();
		}
	}

	/**
	 * The share of characters that belong where this encoding is used, minus what a wrong decoding produces:
	 * control characters, half-width katakana (EUC-KR bytes read as Shift_JIS), Hangul outside the 2,350 common
	 * syllables (Shift_JIS bytes read as CP949), and a text of several hundred characters without a line break.
	 */
	static double score(String text, Encoding encoding) {
		if (text.isEmpty()) {
			return 0;
		}
		var euckr = Encoding.EUC_KR.charset.newEncoder();
		double good = 0;
		int counted = 0;
		int lineBreaks = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			counted++;
			if (c == '\n') {
				lineBreaks++;
				good++;
			}
			else if (c == '\r' || c == '\t' || c >= 0x20 && c < 0x7F) {
				good++;
			}
			else if (c < 0x20 || c >= 0x7F && c < 0xA0) {
				good -= 3;
			}
			else if (c >= 0xAC00 && c <= 0xD7A3) {
				good += euckr.canEncode(c) ? 1 : -0.5;
			}
			else if (c >= 0x3040 && c <= 0x30FF) {
				good += 1;
			}
			else if (c >= 0xFF61 && c <= 0xFF9F) {
				good -= 1;
			}
			else if (c >= 0x4E00 && c <= 0x9FFF) {
				// common to Chinese, Japanese and Korean text; Korean lists use them rarely
				good += encoding == Encoding.EUC_KR || encoding == Encoding.CP949 ? 0.3 : 0.6;
			}
			else if (c >= 0x3000 && c <= 0x303F || c >= 0xFF01 && c <= 0xFF5E || c >= 0x00A0 && c <= 0x024F
					|| c >= 0x2000 && c <= 0x206F) {
				good += 0.5;
			}
			else if (c >= 0xE000 && c <= 0xF8FF || c >= 0xD800 && c <= 0xDFFF) {
				good -= 2;
			}
		}
		double score = good / counted;
		if (lineBreaks == 0 && text.length() > 200) {
			score -= 1;
		}
		return score;
	}

	private record Scored(Encoding encoding, String text, double score) {
	}
}
