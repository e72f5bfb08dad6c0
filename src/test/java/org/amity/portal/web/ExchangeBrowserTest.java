package org.amity.portal.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.amity.city.Gazetteer;
import org.amity.exchange.Acting;
import org.amity.exchange.Applications;
import org.amity.exchange.CallSettings;
import org.amity.exchange.Reviews;
import org.amity.exchange.Selections;
import org.amity.identity.CurrentUser;
import org.amity.exchange.Calls;
import org.amity.exchange.Direction;
import org.amity.exchange.DocumentType;
import org.amity.exchange.ProgramKind;
import org.amity.exchange.Programs;
import org.amity.partnership.Partnerships;
import org.amity.shared.LocalizedText;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An applicant in Korean runs through a Seoul–Tokyo call in a real browser: apply, save a draft, upload a transcript,
 * submit; once reviewed and selected, confirm the place and download the certificate. Every page on the way passes
 * axe-core's WCAG 2.2 AA rules. Screenshots land in target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExchangeBrowserTest {

	@LocalServerPort
	int port;

	@Autowired
	Programs programs;

	@Autowired
	Calls calls;

	@Autowired
	Partnerships partnerships;

	@Autowired
	Gazetteer gazetteer;

	@Autowired
	Applications applications;

	@Autowired
	Reviews reviews;

	@Autowired
	Selections selections;

	@Autowired
	CurrentUser currentUser;

	Chromium chromium;

	@BeforeAll
	void startTheBrowser() throws Exception {
		Files.createDirectories(SeoulTokyoBrowserTest.SCREENSHOTS);
		chromium = Chromium.launch();
	}

	@AfterAll
	void stopTheBrowser() {
		if (chromium != null) {
			chromium.close();
		}
	}

	long openCall() {
		Acting.as(currentUser, Acting.ADMIN);
		long seoul = gazetteer.findBySlug("seoul-kr").orElseThrow().id();
		long tokyo = gazetteer.findBySlug("tokyo-jp").orElseThrow().id();
		var seoulToTokyo = new Direction(seoul, tokyo);
		var partnership = partnerships.findBySlug("seoul-kr-tokyo-jp").orElseThrow();
		var program = programs.create(partnership.id(), ProgramKind.UNIVERSITY_EXCHANGE, ProgramKind.Term.SEMESTER,
				LocalizedText.of("University exchange", "대학생 교류", "大学生交流", "Pertukaran mahasiswa"), null,
				List.of(), List.of(), seoul, false);
		programs.confirm(program.id(), tokyo);
		var settings = new CallSettings(
				List.of(new CallSettings.Quota(seoulToTokyo, 20), new CallSettings.Quota(seoulToTokyo.reverse(), 20)),
				new CallSettings.Eligibility(18, 30, true, null, null, false),
				List.of(new CallSettings.Field("motivation",
						LocalizedText.of("Motivation", "지원 동기", "志望動機", "Motivasi"), CallSettings.FieldType.LONG_TEXT,
						true)),
				List.of(new CallSettings.Document("transcript",
						LocalizedText.of("Transcript", "성적 증명서", "成績証明書", "Transkrip"), Set.of(DocumentType.PDF),
						true)),
				List.of(new CallSettings.Criterion("fit", LocalizedText.of("Fit", "적합성", "適合性", "Kesesuaian"), 10,
						1)));
		var today = LocalDate.now();
		return calls.publish(calls.prepare(program.id(), 2027,
				LocalizedText.of("2027 call", "2027 모집", "2027年募集", "Pengumuman 2027"), today.minusDays(3),
				today.plusDays(30), settings, false).id()).id();
	}

	@org.junit.jupiter.api.AfterEach
	void nobodyActs() {
		Acting.nobody();
	}

	@Test
	@DisplayName("A Korean applicant takes a call from application to certificate")
	void an_applicant_and_a_coordinator_take_a_call_from_application_to_certificate() {
		long call = openCall();
		Acting.nobody();
		try (var page = chromium.browser.newPage(new Browser.NewPageOptions().setViewportSize(1280, 900)
			.setLocale("ko-KR"))) {
			page.navigate(url("/ko/calls/" + call));
			accessible(page);
			page.getByLabel("이름").fill("한지민");
			page.getByLabel("이메일 주소").fill("jimin@example.org");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("지원서 작성 시작")).click();
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
				.hasText("한지민님의 지원서");
			var applicantPage = page.url();
			accessible(page);
			page.getByLabel("생년월일").fill("2003-05-05");
			page.getByLabel("거주지").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("서울"));
			page.getByLabel("지원 동기").fill("도쿄의 도시 계획을 배우고 싶습니다.");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("임시 저장")).click();
			assertThat(page.getByRole(AriaRole.STATUS)).hasText("저장했습니다.");
			page.getByLabel("성적 증명서").setInputFiles(new FilePayload("transcript.pdf", "application/pdf",
					"%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)));
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("올리기")).click();
			assertThat(page.getByRole(AriaRole.STATUS)).hasText("서류를 받았습니다.");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("지원서 제출")).click();
			assertThat(page.getByRole(AriaRole.STATUS)).hasText("지원서를 제출했습니다.");
			assertThat(page.locator(".lead strong")).hasText("제출됨");
			screenshot(page, "exchange-applicant-ko");

			// the staff pages need a signed-in reviewer and coordinator; until the sign-in page exists they act here
			var programId = calls.get(call).programId();
			Acting.as(currentUser, Acting.ADMIN);
			var applicationId = applications.ofCall(call).get(0).id();
			Acting.as(currentUser, Acting.reviewer("鈴木", programId));
			reviews.score(applicationId, java.util.Map.of("fit", 8), "明確な計画");
			Acting.as(currentUser, Acting.ADMIN);
			calls.closeNow(call);
			selections.select(call, applications.forStaff(applicationId).direction(), 0);
			Acting.nobody();

			page.navigate(applicantPage);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("참가를 확정합니다")).click();
			assertThat(page.getByRole(AriaRole.STATUS)).hasText("참가가 확정되었습니다.");
			var download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
					new Page.GetByRoleOptions().setName("참가 증명서 내려받기(PDF)")).click());
			assertThat(download.suggestedFilename()).isEqualTo("certificate.pdf");
			accessible(page);
		}
	}

	void accessible(Page page) {
		var results = new AxeBuilder(page).withTags(AccessibilityTest.WCAG_AA).analyze();
		var violations = results.getViolations().stream()
			.map(v -> v.getId() + ": " + v.getHelp() + " at "
					+ v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).limit(3)
						.collect(Collectors.joining(", ")))
			.toList();
		assertThat(violations).as("axe-core violations on " + page.url()).isEmpty();
	}

	String url(String path) {
		return "http://localhost:" + port + path;
	}

	static void screenshot(Page page, String name) {
		page.screenshot(new Page.ScreenshotOptions().setPath(SeoulTokyoBrowserTest.SCREENSHOTS.resolve(name + ".png"))
			.setFullPage(true));
	}
}
