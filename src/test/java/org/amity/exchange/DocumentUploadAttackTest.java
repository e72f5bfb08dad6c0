package org.amity.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile uploads: what a file claims to be, how big it is or would become, and what it is called change nothing. */
class DocumentUploadAttackTest {

	@TempDir
	Path directory;

	static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

	static ExchangeRefusedException.Reason refusal(Runnable upload) {
		try {
			upload.run();
		}
		catch (ExchangeRefusedException e) {
			return e.reason();
		}
		throw new AssertionError("accepted");
	}

	@Test
	void a_file_named_pdf_whose_bytes_are_not_a_pdf_is_refused_and_nothing_is_written() throws Exception {
		var store = new DocumentStore(directory);
		var html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
		assertThat(refusal(() -> store.store("transcript.pdf", html)))
			.isEqualTo(ExchangeRefusedException.Reason.DOCUMENT_TYPE);
		try (var files = Files.list(directory)) {
			assertThat(files).isEmpty();
		}
	}

	@Test
	void a_real_pdf_named_like_an_image_is_kept_as_a_pdf() {
		var accepted = new DocumentStore(directory).store("photo.png", PDF);
		assertThat(accepted.type()).isEqualTo(DocumentType.PDF);
		assertThat(accepted.displayName()).isEqualTo("photo.pdf");
	}

	@Test
	void a_file_over_the_size_limit_is_refused() {
		var big = new byte[DocumentStore.MAX_BYTES + 1];
		System.arraycopy(PDF, 0, big, 0, PDF.length);
		assertThat(refusal(() -> new DocumentStore(directory).store("big.pdf", big)))
			.isEqualTo(ExchangeRefusedException.Reason.DOCUMENT_TOO_LARGE);
	}

	@Test
	void a_path_traversal_name_never_reaches_the_file_system() throws Exception {
		var store = new DocumentStore(directory.resolve("documents"));
		for (var name : new String[] { "../../etc/passwd", "..\\..\\windows\\win.ini", "/etc/cron.d/x.pdf",
				"a/../../../b.pdf", "....//....//x.pdf", "nul\u0000.pdf", "" }) {
			var accepted = store.store(name, PDF);
			assertThat(accepted.displayName()).as(name).doesNotContain("/", "\\", "..", "\u0000");
			assertThat(accepted.storedName()).matches("[0-9a-f]{32}\\.pdf");
		}
		try (var outside = Files.list(directory)) {
			assertThat(outside).extracting(p -> p.getFileName().toString()).containsExactly("documents");
		}
	}

	@Test
	void a_zip_bomb_named_pdf_is_refused_without_being_opened() throws Exception {
		var zip = new ByteArrayOutputStream();
		try (var out = new ZipOutputStream(zip)) {
			out.putNextEntry(new ZipEntry("bomb.txt"));
			var zeros = new byte[1024 * 1024];
			for (int i = 0; i < 100; i++) {
				out.write(zeros);
			}
			out.closeEntry();
		}
		var bytes = zip.toByteArray();
		assertThat(bytes.length).isLessThan(DocumentStore.MAX_BYTES);
		assertThat(refusal(() -> new DocumentStore(directory).store("cv.pdf", bytes)))
			.isEqualTo(ExchangeRefusedException.Reason.DOCUMENT_TYPE);
	}

	@Test
	void an_image_declaring_more_pixels_than_any_document_needs_is_refused_as_a_decompression_bomb() {
		var png = ByteBuffer.allocate(33);
		png.put(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' });
		png.putInt(13).put(new byte[] { 'I', 'H', 'D', 'R' }).putInt(100_000).putInt(100_000);
		assertThat(refusal(() -> new DocumentStore(directory).store("scan.png", png.array())))
			.isEqualTo(ExchangeRefusedException.Reason.DOCUMENT_BOMB);
		var jpeg = new byte[] { (byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xc0, 0, 17, 8, (byte) 0xff,
				(byte) 0xff, (byte) 0xff, (byte) 0xff, 3, 0, 0, 0, 0, 0, 0 };
		assertThat(refusal(() -> new DocumentStore(directory).store("scan.jpg", jpeg)))
			.isEqualTo(ExchangeRefusedException.Reason.DOCUMENT_BOMB);
	}

	@Test
	void a_small_png_is_accepted() {
		var png = ByteBuffer.allocate(33);
		png.put(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' });
		png.putInt(13).put(new byte[] { 'I', 'H', 'D', 'R' }).putInt(800).putInt(600);
		assertThat(new DocumentStore(directory).store("id.png", png.array()).type()).isEqualTo(DocumentType.PNG);
	}

	@Test
	void a_stored_document_is_read_back_only_by_its_generated_name() {
		var store = new DocumentStore(directory);
		var accepted = store.store("t.pdf", PDF);
		assertThat(store.read(accepted.storedName())).isEqualTo(PDF);
		assertThatThrownBy(() -> store.read("../" + accepted.storedName())).isInstanceOf(IllegalArgumentException.class);
	}
}
