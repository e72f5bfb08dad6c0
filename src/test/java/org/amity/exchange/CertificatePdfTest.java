package org.amity.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.amity.city.Gazetteer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Certificates in Korean and Japanese are set in the fonts Amity ships, embedded in the PDF, so they read the same on
 * any machine: the text extracted from the PDF is the participant's language and name.
 */
@SpringBootTest
class CertificatePdfTest {

	@Autowired
	Certificates certificates;

	@Autowired
	Calls calls;

	@Autowired
	Gazetteer gazetteer;


	Application confirmed(Call call, String name, String language) {
		var direction = call.settings().quotas().get(0).direction();
		var at = Instant.parse("2027-03-02T10:00:00Z");
		return new Application(42, call.id(), direction,
				new Application.Applicant(name, "certificate@example.org", language, "k".repeat(32)),
				ApplicationStatus.CONFIRMED, Profile.EMPTY, Map.of(), List.of(),
				new ArrayList<>(List.of(new Application.StatusChange(ApplicationStatus.ACCEPTED,
						ApplicationStatus.CONFIRMED, "confirmed", at))), at, 3);
	}

	Call demoCall() {
		return calls.published(null).stream().filter(Call::demo).findFirst().orElseThrow();
	}

	static String text(byte[] pdf) throws Exception {
		try (var document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

	static List<String> embeddedFonts(byte[] pdf) throws Exception {
		var names = new ArrayList<String>();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			var resources = document.getPage(0).getResources();
			for (var name : resources.getFontNames()) {
				var font = resources.getFont(name);
				var descendant = ((PDType0Font) font).getDescendantFont();
				var descriptor = descendant.getFontDescriptor();
				if (descriptor.getFontFile2() != null || descriptor.getFontFile3() != null) {
					names.add(font.getName());
				}
			}
		}
		return names;
	}

	@Test
	void a_korean_certificate_holds_its_korean_text_in_the_embedded_nanum_gothic() throws Exception {
		var pdf = certificates.certificate(confirmed(demoCall(), "김서연", "ko"),
				demoCall());
		assertThat(text(pdf)).contains("참가 증명서", "김서연", "서울", "AMITY-");
		assertThat(embeddedFonts(pdf)).singleElement().satisfies(name -> assertThat(name).contains("NanumGothic"));
	}

	@Test
	void a_japanese_certificate_holds_its_japanese_text_in_the_embedded_ipa_gothic() throws Exception {
		var pdf = certificates.certificate(confirmed(demoCall(), "佐藤結衣", "ja"),
				demoCall());
		assertThat(text(pdf)).contains("参加証明書", "佐藤結衣", "東京");
		assertThat(embeddedFonts(pdf)).singleElement().satisfies(name -> assertThat(name).contains("IPAGothic"));
	}

	@Test
	void a_japanese_name_on_an_english_certificate_is_written_in_a_font_that_has_its_letters() throws Exception {
		var pdf = certificates.certificate(confirmed(demoCall(), "込山 さくら", "en"), demoCall());
		assertThat(text(pdf)).contains("Certificate", "込山 さくら");
		assertThat(embeddedFonts(pdf)).hasSize(1);
	}

	@Test
	void a_letter_no_shipped_font_has_does_not_break_the_certificate() throws Exception {
		var pdf = certificates.certificate(confirmed(demoCall(), "Ana \uD83D\uDE00 Lima", "id"), demoCall());
		assertThat(text(pdf)).contains("Ana", "Lima");
	}
}
