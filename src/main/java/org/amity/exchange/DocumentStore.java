package org.amity.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Applicants' documents as files under the data directory, outside anything the web server serves. A file is named
 * by a random id Amity chooses, never by the name it was uploaded with, so no uploaded name can reach the file
 * system. What a file is comes from its first bytes; images whose declared size would take more memory to decode
 * than a document ever needs (decompression bombs) are refused, and archives are not accepted at all.
 */
@Component
class DocumentStore {

	/** The largest document kept. */
	static final int MAX_BYTES = 5 * 1024 * 1024;

	/** The most pixels an image may declare; a scanned A4 page at 600 dpi has about 35 million. */
	static final long MAX_PIXELS = 50_000_000L;

	private static final Pattern STORED_NAME = Pattern.compile("[0-9a-f]{32}\\.(pdf|png|jpg)");

	private final Path directory;

	DocumentStore(@Value("${amity.exchange.documents.directory:./data/documents}") Path directory) {
		this.directory = directory.toAbsolutePath().normalize();
	}

	/** A document accepted for storage: its type, size, digest and the name it is shown with. */
	record Accepted(DocumentType type, long size, String sha256, String displayName, String storedName) {
	}

	/** Checks the bytes and writes them under a new random name; nothing is written when a check fails. */
	Accepted store(String uploadedName, byte[] bytes) {
		var type = check(bytes);
		var storedName = UUID.randomUUID().toString().replace("-", "") + "." + type.extension();
		try {
			Files.createDirectories(directory);
			var temporary = Files.createTempFile(directory, "upload-", ".part");
			Files.write(temporary, bytes);
			Files.move(temporary, resolve(storedName), StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return new Accepted(type, bytes.length, sha256(bytes), displayName(uploadedName, type), storedName);
	}

	byte[] read(String storedName) {
		try {
			return Files.readAllBytes(resolve(storedName));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	void delete(String storedName) {
		try {
			Files.deleteIfExists(resolve(storedName));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static DocumentType check(byte[] bytes) {
		if (bytes.length > MAX_BYTES) {
			throw new ExchangeRefusedException(ExchangeRefusedException.Reason.DOCUMENT_TOO_LARGE, "Too large",
					List.of(String.valueOf(MAX_BYTES / (1024 * 1024))));
		}
		var type = DocumentType.sniff(bytes)
			.orElseThrow(() -> new ExchangeRefusedException(ExchangeRefusedException.Reason.DOCUMENT_TYPE,
					"Not a PDF, PNG or JPEG"));
		long pixels = switch (type) {
			case PNG -> pngPixels(bytes);
			case JPEG -> jpegPixels(bytes);
			case PDF -> 0;
		};
		if (pixels < 0 || pixels > MAX_PIXELS) {
			throw new ExchangeRefusedException(ExchangeRefusedException.Reason.DOCUMENT_BOMB,
					"Image too large to open safely");
		}
		return type;
	}

	/** Width times height from the IHDR chunk that must follow the signature; -1 when it is not there. */
	static long pngPixels(byte[] bytes) {
		if (bytes.length < 24 || bytes[12] != 'I' || bytes[13] != 'H' || bytes[14] != 'D' || bytes[15] != 'R') {
			return -1;
		}
		var buffer = ByteBuffer.wrap(bytes);
		long width = Integer.toUnsignedLong(buffer.getInt(16));
		long height = Integer.toUnsignedLong(buffer.getInt(20));
		return width * height;
	}

	/** Width times height from the first start-of-frame marker; -1 when none is found. */
	static long jpegPixels(byte[] bytes) {
		int i = 2;
		while (i + 9 < bytes.length) {
			if ((bytes[i] & 0xff) != 0xff) {
				return -1;
			}
			int marker = bytes[i + 1] & 0xff;
			int length = ((bytes[i + 2] & 0xff) << 8) | (bytes[i + 3] & 0xff);
			boolean startOfFrame = marker >= 0xc0 && marker <= 0xcf && marker != 0xc4 && marker != 0xc8
					&& marker != 0xcc;
			if (startOfFrame) {
				long height = ((bytes[i + 5] & 0xff) << 8) | (bytes[i + 6] & 0xff);
				long width = ((bytes[i + 7] & 0xff) << 8) | (bytes[i + 8] & 0xff);
				return width * height;
			}
			if (length < 2) {
				return -1;
			}
			i += 2 + length;
		}
		return -1;
	}

	/**
	 * The name shown for a document: the last segment of what was uploaded (no folders, either slash), without
	 * control characters, at most 100 characters, with the extension of what the bytes really are.
	 */
	static String displayName(String uploaded, DocumentType type) {
		var name = uploaded == null ? "" : uploaded;
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = name.replaceAll("[\\p{Cntrl}\"<>|:*?]", "").strip();
		int dot = name.lastIndexOf('.');
		var stem = dot > 0 ? name.substring(0, dot) : name;
		stem = stem.replaceAll("^\\.+", "");
		if (stem.isBlank()) {
			stem = "document";
		}
		if (stem.length() > 90) {
			stem = stem.substring(0, 90);
		}
		return stem + "." + type.extension();
	}

	private Path resolve(String storedName) {
		if (!STORED_NAME.matcher(storedName).matches()) {
			throw new IllegalArgumentException("Not a stored document name");
		}
		var path = directory.resolve(storedName).normalize();
		if (!path.startsWith(directory)) {
			throw new IllegalArgumentException("Outside the document directory");
		}
		return path;
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
