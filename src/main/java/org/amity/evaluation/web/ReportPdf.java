package org.amity.evaluation.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Renders the report's XHTML to PDF (openhtmltopdf on PDFBox) with fonts that hold Korean and Japanese glyphs, embedded
 * as subsets so the file reads the same on any machine. PDFBox embeds TrueType outlines only, so fonts are taken from
 * {@code classpath:fonts/} (TrueType files shipped with Amity) and then from {@code amity.report.font-directories},
 * where Debian's fonts-nanum (Korean) and fonts-ipafont-gothic (Japanese) are looked for by default.
 */
@Component
class ReportPdf {

	/** The CSS family every font is registered under: the report's style names only this one. */
	static final String FAMILY = "amity-report";

	/** TrueType files that cover Hangul, then kana and kanji, in the order openhtmltopdf falls back along them. */
	static final List<String> FONT_FILES = List.of("NanumGothic.ttf", "ipag.ttf", "ipagp.ttf",
			"fonts-japanese-gothic.ttf", "DejaVuSans.ttf");

	private final List<String> directories;

	ReportPdf(@Value("${amity.report.font-directories:/usr/share/fonts/truetype,/usr/share/fonts/opentype}")
			List<String> directories) {
		this.directories = directories;
	}

	/** Japanese set in a Japanese face and Korean in a Korean one: the report's language picks which comes first. */
	static List<String> fontOrder(String language) {
		if (!"ja".equals(language)) {
			return FONT_FILES;
		}
		var order = new ArrayList<>(FONT_FILES.subList(1, FONT_FILES.size() - 1));
		order.add(FONT_FILES.get(0));
		order.add(FONT_FILES.get(FONT_FILES.size() - 1));
		return order;
	}

	byte[] render(String xhtml, String baseUri, String language) {
		try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
			var builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.usePDDocument(document);
			for (var font : fonts(document, fontOrder(language))) {
				// headings ask for bold: the same faces serve, as the CJK fonts found have one weight each
				for (int weight : new int[] { 400, 700 }) {
					builder.useFont(new PDFontSupplier(font), FAMILY, weight, BaseRendererBuilder.FontStyle.NORMAL, true);
				}
			}
			builder.withHtmlContent(xhtml, baseUri);
			builder.toStream(out);
			builder.run();
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException("The report could not be written as PDF", e);
		}
	}

	/** The fonts found, the ones shipped with Amity first. */
	List<PDFont> fonts(PDDocument document, List<String> order) throws IOException {
		var fonts = new ArrayList<PDFont>();
		var shipped = new ArrayList<>(List.of(new PathMatchingResourcePatternResolver().getResources("classpath*:fonts/*.ttf")));
		// the language's own font first, as for the fonts found in the directories
		shipped.sort(java.util.Comparator.comparingInt(resource -> {
			int rank = order.indexOf(resource.getFilename());
			return rank < 0 ? Integer.MAX_VALUE : rank;
		}));
		for (var resource : shipped) {
			try (var in = resource.getInputStream()) {
				fonts.add(PDType0Font.load(document, in, true));
			}
		}
		var found = new java.util.TreeMap<Integer, Path>();
		for (var directory : directories) {
			var dir = Path.of(directory);
			if (!Files.isDirectory(dir)) {
				continue;
			}
			try (var files = Files.walk(dir, 3)) {
				files.forEach(file -> {
					int rank = order.indexOf(file.getFileName().toString());
					if (rank >= 0) {
						found.putIfAbsent(rank, file);
					}
				});
			}
		}
		for (var file : found.values()) {
			fonts.add(PDType0Font.load(document, file.toRealPath().toFile()));
		}
		return fonts;
	}
}
