package org.amity.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.amity.city.Gazetteer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Participant records (who went where, when, in which program) and certificates of participation as PDF in the
 * participant's language. Korean and Japanese need a font with their glyphs: TrueType fonts are read from the paths
 * configured per language (by default where Debian's fonts-nanum and fonts-ipafont-gothic put them) and embedded as
 * subsets; without one, the certificate is written in English.
 */
@Service
public class Certificates {

	private final ExchangeRepository repository;
	private final Applications applications;
	private final Programs programs;
	private final Calls calls;
	private final Gazetteer gazetteer;
	private final MessageSource messages;
	private final Map<String, String> fonts;

	Certificates(ExchangeRepository repository, Applications applications, Programs programs, Calls calls,
			Gazetteer gazetteer, MessageSource messages,
			@Value("${amity.exchange.certificate.font.ko:/usr/share/fonts/truetype/nanum/NanumGothic.ttf}") String ko,
			@Value("${amity.exchange.certificate.font.ja:/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf}") String ja,
			@Value("${amity.exchange.certificate.font.latin:/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf}") String latin) {
		this.repository = repository;
		this.applications = applications;
		this.programs = programs;
		this.calls = calls;
		this.gazetteer = gazetteer;
		this.messages = messages;
		this.fonts = Map.of("ko", ko, "ja", ja, "en", latin, "id", latin);
	}

	/** One participation: a confirmed participant of a call, and the host they were placed with, if any. */
	public record Participation(long applicationId, String name, String language, Direction direction, long callId,
			long programId, int year, Long hostId, String hostName) {
	}

	/** The call's participants: applicants who confirmed their place, with their placement. */
	@Transactional(readOnly = true)
	public List<Participation> participants(long callId) {
		var call = calls.get(callId);
		var hosts = repository.hosts(callId);
		var placements = repository.placements(callId);
		return repository.applications(callId).stream()
			.filter(a -> a.status() == ApplicationStatus.CONFIRMED)
			.map(a -> {
				var hostId = placements.get(a.id());
				var host = hosts.stream().filter(h -> hostId != null && h.id() == hostId).findFirst();
				return new Participation(a.id(), a.applicant().name(), a.applicant().language(), a.direction(),
						callId, call.programId(), call.year(), hostId, host.map(Host::name).orElse(null));
			})
			.toList();
	}

	/** The certificate of a confirmed participant, for themselves. */
	@Transactional(readOnly = true)
	public byte[] forApplicant(String accessKey) {
		var view = applications.view(accessKey);
		if (view.application().status() != ApplicationStatus.CONFIRMED) {
			throw new org.amity.shared.NotFoundException("certificate", String.valueOf(view.application().id()));
		}
		return certificate(view.application(), view.call());
	}

	byte[] certificate(Application application, Call call) {
		var language = application.applicant().language();
		var fontFile = Path.of(fonts.getOrDefault(language, fonts.get("en")));
		if (!Files.isReadable(fontFile)) {
			language = "en";
			fontFile = Path.of(fonts.get("en"));
		}
		var locale = Locale.forLanguageTag(language);
		var program = programs.get(call.programId());
		var from = gazetteer.find(application.direction().from()).map(p -> p.nameIn(locale)).orElse("");
		var to = gazetteer.find(application.direction().to()).map(p -> p.nameIn(locale)).orElse("");
		var confirmed = application.history().stream()
			.filter(c -> c.to() == ApplicationStatus.CONFIRMED)
			.reduce((a, b) -> b)
			.map(c -> java.time.LocalDate.ofInstant(c.at(), java.time.ZoneOffset.UTC))
			.orElse(call.closes());
		var lines = List.of(
				text("exchange.certificate.title", locale),
				text("exchange.certificate.certifies", locale),
				application.applicant().name(),
				text("exchange.certificate.took-part", locale, program.title().in(locale), String.valueOf(call.year())),
				text("exchange.certificate.direction", locale, from, to),
				text("exchange.certificate.date", locale,
						DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(confirmed)),
				text("exchange.certificate.reference", locale, "AMITY-" + call.year() + "-" + application.id()));
		try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
			var page = new PDPage(PDRectangle.A4);
			document.addPage(page);
			PDFont font = Files.isReadable(fontFile) ? PDType0Font.load(document, fontFile.toFile())
					: new PDType1Font(Standard14Fonts.FontName.HELVETICA);
			document.getDocumentInformation().setTitle(lines.get(0));
			document.getDocumentInformation().setAuthor("Amity");
			try (var content = new PDPageContentStream(document, page)) {
				float y = 700;
				int[] sizes = { 26, 14, 22, 14, 14, 12, 10 };
				for (int i = 0; i < lines.size(); i++) {
					write(content, font, sizes[i], lines.get(i), y, page.getMediaBox().getWidth());
					y -= sizes[i] * 2.6f;
				}
			}
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void write(PDPageContentStream content, PDFont font, float size, String line, float y, float width)
			throws IOException {
		float textWidth = font.getStringWidth(line) / 1000 * size;
		content.beginText();
		content.setFont(font, size);
		content.newLineAtOffset(Math.max(40, (width - textWidth) / 2), y);
		content.showText(line);
		content.endText();
	}

	private String text(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}
}
