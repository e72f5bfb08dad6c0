package org.amity.exchange;

import java.util.Arrays;
import java.util.Optional;

/** The document formats an applicant may upload, each recognised by the bytes it starts with, never by its name. */
public enum DocumentType {

	PDF("application/pdf", "pdf", new byte[] { '%', 'P', 'D', 'F', '-' }),
	PNG("image/png", "png", new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' }),
	JPEG("image/jpeg", "jpg", new byte[] { (byte) 0xff, (byte) 0xd8, (byte) 0xff });

	private final String mediaType;
	private final String extension;
	private final byte[] magic;

	DocumentType(String mediaType, String extension, byte[] magic) {
		this.mediaType = mediaType;
		this.extension = extension;
		this.magic = magic;
	}

	public String mediaType() {
		return mediaType;
	}

	public String extension() {
		return extension;
	}

	/** The format the content starts with, if it is one of these. */
	public static Optional<DocumentType> sniff(byte[] head) {
		return Arrays.stream(values()).filter(type -> startsWith(head, type.magic)).findFirst();
	}

	private static boolean startsWith(byte[] data, byte[] prefix) {
		if (data.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (data[i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}
}
