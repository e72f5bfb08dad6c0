package org.amity.portal.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.amity.city.Gazetteer;
import org.amity.exchange.Acting;
import org.amity.exchange.Application;
import org.amity.exchange.ApplicationStatus;
import org.amity.exchange.Applications;
import org.amity.exchange.CallSettings;
import org.amity.exchange.Calls;
import org.amity.exchange.Direction;
import org.amity.exchange.DocumentType;
import org.amity.exchange.Profile;
import org.amity.exchange.ProgramKind;
import org.amity.exchange.Programs;
import org.amity.exchange.Reviews;
import org.amity.identity.CurrentUser;
import org.amity.partnership.Partnerships;
import org.amity.shared.LocalizedText;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Seoul's officer, signed in with the demo account, coordinates a 2027 Seoul–Tokyo call in a real browser: opens it
 * from the programs they plan (in Japanese), scores an application, reads the ranking, closes applications, runs
 * selection, adds a host and runs placement, and issues the participant's certificate (in Korean). Every page on the
 * way passes axe-core's WCAG 2.2 AA rules.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CoordinatorJourneyBrowserTest {

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

	@AfterEach
	void nobodyActs() {
		Acting.nobody();
	}

	record Setup(long programId, long callId, Direction seoulToTokyo) {
	}

	/** A confirmed program with an open 2027 call, one place Seoul→Tokyo, and two Korean applicants submitted. */
	Setup anOpenCallWithTwoApplicants() {
		Acting.as(currentUser, Acting.ADMIN);
		long seoul = gazetteer.findBySlug("seoul-kr").orElseThrow().id();
		long tokyo = gazetteer.findBySlug("tokyo-jp").orElseThrow().id();
		var seoulToTokyo = new Direction(seoul, tokyo);
		var partnership = partnerships.findBySlug("seoul-kr-tokyo-jp").orElseThrow();
		var program = programs.create(partnership.id(), ProgramKind.CHEF_EXCHANGE, null,
				LocalizedText.of("Chef exchange 2027", "셰프 교류 2027", "シェフ交流 2027", "Pertukaran koki 2027"), null,
				List.of(), List.of(), seoul, false);
		programs.confirm(program.id(), tokyo);
		var settings = new CallSettings(
				List.of(new CallSettings.Quota(seoulToTokyo, 1), new CallSettings.Quota(seoulToTokyo.reverse(), 1)),
				CallSettings.Eligibility.NONE, List.of(),
				List.of(new CallSettings.Document("portfolio", LocalizedText.of("Portfolio", "포트폴리오", "作品集", null),
						Set.of(DocumentType.PDF), true)),
				List.of(new CallSettings.Criterion("craft", LocalizedText.of("Craft", "기량", "技量", "Keahlian"), 10, 1)));
		var today = LocalDate.now();
		var call = calls.publish(calls.prepare(program.id(), 2027,
				LocalizedText.of("2027 chef call", "2027 셰프 모집", "2027年 シェフ募集", null), today.minusDays(3),
				today.plusDays(30), settings, false).id());
		for (var name : List.of("김민준", "이서윤")) {
			var started = applications.start(call.id(), seoulToTokyo, name, name.hashCode() + "@example.org", "ko",
					false);
			var key = started.applicant().accessKey();
			applications.saveDraft(key, new Profile(LocalDate.of(2000, 1, 1), seoul, Map.of()), Map.of());
			applications.upload(key, "portfolio", "portfolio.pdf",
					"%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
			applications.submit(key);
		}
		// another reviewer has scored the second applicant already
		var second = applications.ofCall(call.id()).stream().filter(a -> a.applicant().name().equals("이서윤"))
			.findFirst().orElseThrow();
		Acting.as(currentUser, Acting.reviewer("Reviewer Sato", program.id()));
		reviews.score(second.id(), Map.of("craft", 5), null);
		Acting.nobody();
		return new Setup(program.id(), call.id(), seoulToTokyo);
	}

	@Test
	@DisplayName("Seoul's officer coordinates a 2027 call from review to certificate, in Japanese and Korean")
	void seouls_officer_coordinates_a_call_from_review_to_certificate() throws Exception {
		var setup = anOpenCallWithTwoApplicants();
		try (var page = chromium.browser.newPage(new Browser.NewPageOptions().setViewportSize(1280, 900)
			.setLocale("ja-JP"))) {
			page.navigate(url("/ja/login"));
			page.getByLabel("ユーザー名").fill("seoul.officer");
			page.getByLabel("パスワード").fill("amity-demo");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("サインイン")).click();
			page.waitForLoadState();

			// in Japanese: from the programs the officer plans to the call, and one application scored
			page.navigate(url("/ja/manage/programs"));
			accessible(page);
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("シェフ交流 2027")).click();
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
				.containsText("シェフ交流 2027");
			accessible(page);
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("2027年 シェフ募集")).click();
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
				.containsText("2027年 シェフ募集");
			accessible(page);
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("김민준")).click();
			page.getByLabel("技量（0〜10、重み1）").fill("9");
			page.getByLabel("コメント").fill("包丁さばきが見事です。");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("点数を保存")).click();
			assertThat(page.getByRole(AriaRole.STATUS)).hasText("点数を保存しました。");
			accessible(page);
			ExchangeBrowserTest.screenshot(page, "exchange-review-ja");

			// in Korean: the ranking, closing, selection, a host, placement and the certificate
			page.navigate(url("/ko/manage/calls/" + setup.callId()));
			var ranking = page.locator("table").first();
			assertThat(ranking.locator("tbody tr").first()).containsText("김민준");
			assertThat(ranking.locator("tbody tr").nth(1)).containsText("이서윤");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("지금 접수 마감")).click();
			assertThat(page.getByRole(AriaRole.STATUS)).hasText("접수를 마감했습니다.");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("정원 내 선발")).first().click();
			assertThat(page.getByRole(AriaRole.STATUS)).hasText("선발을 마쳤고 지원자에게 이메일로 알립니다.");
			assertThat(page.locator("ol").first()).containsText("이서윤");
			accessible(page);

			var accepted = acceptedApplication(setup.callId());
			assertThat(accepted.applicant().name()).isEqualTo("김민준");
			applications.confirmPlace(accepted.applicant().accessKey());

			page.navigate(url("/ko/manage/calls/" + setup.callId()));
			page.locator("#host-name-0").fill("Hotel Kitchen Shinjuku");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("수용처 추가")).first().click();
			assertThat(page.getByRole(AriaRole.STATUS)).hasText("저장했습니다.");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("참가자와 수용처 매칭")).first().click();
			assertThat(page.getByRole(AriaRole.STATUS)).hasText("참가자와 수용처를 매칭했습니다.");
			assertThat(ranking.locator("tbody tr").first()).containsText("Hotel Kitchen Shinjuku");
			accessible(page);
			ExchangeBrowserTest.screenshot(page, "exchange-coordinator-ko");

			var download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
					new Page.GetByRoleOptions().setName("김민준 님의 참가 증명서(PDF)")).click());
			assertThat(download.suggestedFilename()).isEqualTo("certificate.pdf");
			try (var pdf = org.apache.pdfbox.Loader.loadPDF(Files.readAllBytes(download.path()))) {
				assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf)).contains("참가 증명서", "김민준");
			}
		}
	}

	Application acceptedApplication(long callId) {
		Acting.as(currentUser, Acting.ADMIN);
		try {
			return applications.ofCall(callId).stream().filter(a -> a.status() == ApplicationStatus.ACCEPTED)
				.findFirst().orElseThrow();
		}
		finally {
			Acting.nobody();
		}
	}

	void accessible(Page page) {
		new ExchangeBrowserTest().accessible(page);
	}

	String url(String path) {
		return "http://localhost:" + port + path;
	}
}
