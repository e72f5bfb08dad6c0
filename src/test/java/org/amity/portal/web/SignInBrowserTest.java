package org.amity.portal.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.amity.city.Gazetteer;
import org.amity.identity.Caller;
import org.amity.identity.CurrentUser;
import org.amity.partnership.Partnership;
import org.amity.partnership.Partnerships;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Tokyo's demo officer signs in through the real sign-in page in Chromium, is marked as a demo account, and is refused
 * the history of Seoul's partnership; the signed-in pages meet WCAG 2.2 AA, and no page breaks the Content Security
 * Policy.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignInBrowserTest {

	@LocalServerPort
	int port;

	@Autowired
	Gazetteer gazetteer;

	@Autowired
	Partnerships partnerships;

	@Autowired
	CurrentUser currentUser;

	Chromium chromium;

	long seoulPartnership;

	@BeforeAll
	void start() throws Exception {
		Files.createDirectories(SeoulTokyoBrowserTest.SCREENSHOTS);
		chromium = Chromium.launch();
		long seoul = gazetteer.findBySlug("seoul-kr").orElseThrow().id();
		long tokyo = gazetteer.findBySlug("tokyo-jp").orElseThrow().id();
		seoulPartnership = partnerships.involving(seoul)
			.stream()
			.filter(p -> p.placeA() != tokyo && p.placeB() != tokyo)
			.findFirst()
			.orElseThrow()
			.id();
		// Seoul's partnership has a recorded history that only Seoul's staff may read
		currentUser.runAs(Caller.system(), () -> partnerships.addSource(seoulPartnership,
				new Partnership.Source("browser-test", "https://example.org/browser")));
	}

	@AfterAll
	void stop() {
		if (chromium != null) {
			chromium.close();
		}
	}

	@Test
	@DisplayName("Tokyo's officer signs in in Japanese, sees the demo mark, and is refused Seoul's staff page")
	void the_tokyo_officer_signs_in_and_is_refused_seouls_staff_page() {
		try (var context = chromium.browser.newContext(new Browser.NewContextOptions().setLocale("ja")
			.setViewportSize(1280, 900)); var page = context.newPage()) {
			var cspViolations = watchForCspViolations(page);
			page.navigate(url("/ja/"));
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("サインイン").setExact(true)).click();
			assertThat(page).hasURL(url("/ja/login"));
			page.getByLabel("ユーザー名").fill("tokyo.officer");
			page.getByLabel("パスワード").fill("amity-demo");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("サインイン")).click();

			assertThat(page).hasURL(url("/ja/me"));
			assertThat(page.locator("main")).containsText("tokyo.officer");
			assertThat(page.locator("main .demo-tag")).hasText("デモ");
			assertThat(page.locator(".account-nav .demo-tag")).isVisible();
			assertThat(page.locator("main")).containsText("都市の国際交流担当職員");
			screenshot(page, "signed-in-ja");

			var response = page.navigate(url("/ja/manage/audit?type=partnership&id=" + seoulPartnership));
			org.assertj.core.api.Assertions.assertThat(response.status()).isEqualTo(403);
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
				.hasText("このページは開けません");
			assertThat(page.locator("main")).not().containsText("browser-test");
			screenshot(page, "refused-ja");

			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("サインアウト")).click();
			assertThat(page).hasURL(url("/ja/login?signed-out"));
			page.navigate(url("/ja/me"));
			assertThat(page).hasURL(url("/ja/login"));
			org.assertj.core.api.Assertions.assertThat(cspViolations).isEmpty();
		}
	}

	@Test
	@DisplayName("Seoul's officer reads the history of Seoul's partnership; the staff pages meet WCAG 2.2 AA")
	void the_seoul_officer_reads_the_history_and_the_signed_in_pages_are_accessible() {
		try (var context = chromium.browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
				var page = context.newPage()) {
			page.navigate(url("/ko/login"));
			page.locator("#username").fill("seoul.officer");
			page.locator("#password").fill("amity-demo");
			page.locator("form.account-form button").click();
			assertThat(page).hasURL(url("/ko/me"));
			assertAccessible(page);
			page.navigate(url("/ko/manage/audit?type=partnership&id=" + seoulPartnership));
			assertThat(page.locator("table")).containsText("browser-test");
			assertAccessible(page);
			screenshot(page, "audit-ko");
		}
	}

	@Test
	@DisplayName("The chart and the live search still run under the Content Security Policy")
	void scripts_run_under_the_content_security_policy() {
		try (var context = chromium.browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
				var page = context.newPage()) {
			var cspViolations = watchForCspViolations(page);
			page.navigate(url("/en/partnerships/seoul-kr-tokyo-jp"));
			assertThat(page.locator("figure.vitality-chart-figure svg")).isVisible();
			page.navigate(url("/ja/search"));
			page.locator("#q").pressSequentially("東京");
			assertThat(page.locator("#search-results a[href='/ja/cities/tokyo-jp']")).isVisible();
			page.navigate(url("/en/login"));
			org.assertj.core.api.Assertions.assertThat(cspViolations).isEmpty();
		}
	}

	private static List<String> watchForCspViolations(Page page) {
		var violations = new ArrayList<String>();
		page.onConsoleMessage(message -> {
			if (message.text().contains("Content Security Policy")) {
				violations.add(message.text());
			}
		});
		return violations;
	}

	private static void assertAccessible(Page page) {
		var results = new AxeBuilder(page).withTags(AccessibilityTest.WCAG_AA).analyze();
		var violations = results.getViolations()
			.stream()
			.map(v -> v.getId() + ": " + v.getHelp() + " at "
					+ v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).limit(3).collect(Collectors.joining(", ")))
			.toList();
		org.assertj.core.api.Assertions.assertThat(violations).as("axe-core violations on " + page.url()).isEmpty();
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	private static void screenshot(Page page, String name) {
		page.screenshot(new Page.ScreenshotOptions().setPath(SeoulTokyoBrowserTest.SCREENSHOTS.resolve(name + ".png"))
			.setFullPage(true));
	}
}
