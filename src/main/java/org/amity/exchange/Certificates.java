package org.amity.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
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
import org.springframework.core.io.ClassPathResource;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Participant records (who went where, when, in which program) and certificates of participation as PDF in the
 * participant's language. Korean and Japanese need a font with their glyphs, so the certificate is set in the fonts
 * Amity ships (Nanum Gothic, IPAGothic), embedded as subsets: the language's own font first, and the other when a
 * name holds letters the first lacks (a Japanese name on a Korean certificate). No font of the machine is needed.
 */
@Service
public class Certificates {

	private final ExchangeRepository repository;
	private final Applications applications;
	private final Programs programs;
	private final Calls calls;
	private final Gazetteer gazetteer;
	private final MessageSource messages;
	private final ExchangeAccess access;
	/** The shipped fonts to try, in order, per certificate language; Latin text is in both. */
	private static final Map<String, List<String>> FONTS = Map.of("ko", List.of("NanumGothic.ttf", "ipag.ttf"),
			"ja", List.of("ipag.ttf", "NanumGothic.ttf"), "en", List.of("NanumGothic.ttf", "ipag.ttf"),
			"id", List.of("NanumGothic.ttf", "ipag.ttf"));

	Certificates(ExchangeRepository repository, Applications applications, Programs programs, Calls calls,
			Gazetteer gazetteer, MessageSource messages, ExchangeAccess access) {
		this.access = access;
		this.repository = repository;
		this.applications = applications;
		this.programs = programs;
		this.calls = calls;
		this.gazetteer = gazetteer;
		this.messages = messages;
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

	/** The certificate of a confirmed participant, issued by the call's coordinators, in the participant's language. */
	@Transactional(readOnly = true)
	public byte[] forStaff(long applicationId) {
		var application = repository.application(applicationId)
			.orElseThrow(() -> new org.amity.shared.NotFoundException("application", String.valueOf(applicationId)));
		access.coordinatorOfCall(application.callId());
		if (application.status() != ApplicationStatus.CONFIRMED) {
			throw new org.amity.shared.NotFoundException("certificate", String.valueOf(applicationId));
		}
		return certificate(application, calls.get(application.callId()));
	}

	byte[] certificate(Application application, Call call) {
		var language = FONTS.containsKey(application.applicant().language()) ? application.applicant().language()
				: "en";
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
			var font = font(document, FONTS.get(language), lines);
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

	/** The first of the fonts that has a glyph for every letter of the lines; the first when none has all. */
	private static PDFont font(PDDocument document, List<String> names, List<String> lines) throws IOException {
		var chosen = names.get(0);
		for (var name : names) {
			if (covers(name, lines)) {
				chosen = name;
				break;
			}
		}
		try (var in = new ClassPathResource("fonts/" + chosen).getInputStream()) {
			return PDType0Font.load(document, in, true);
		}
	}

	private static boolean covers(String fontName, List<String> lines) throws IOException {
		byte[] bytes;
		try (var in = new ClassPathResource("fonts/" + fontName).getInputStream()) {
			bytes = in.readAllBytes();
		}
		try (var font = new org.apache.fontbox.ttf.TTFParser()
			.parse(new org.apache.pdfbox.io.RandomAccessReadBuffer(bytes))) {
			var cmap = font.getUnicodeCmapLookup();
			return lines.stream().flatMapToInt(String::codePoints)
				.allMatch(c -> Character.isWhitespace(c) || cmap.getGlyphId(c) != 0);
		}
	}

	/** The line with each letter the font has no glyph for shown as a question mark, rather than failing. */
	private static String writable(PDFont font, String line) {
		var kept = new StringBuilder();
		line.codePoints().forEach(c -> {
			var letter = new String(Character.toChars(c));
			try {
				font.encode(letter);
				kept.append(letter);
			}
			catch (IllegalArgumentException | IOException e) {
				kept.append('?');
			}
		});
		return kept.toString();
	}

	private static void write(PDPageContentStream content, PDFont font, float size, String line, float y, float width)
			throws IOException {
		line = writable(font, line);
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
