package org.amity.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every kind of page, in each language, passes Deque's axe-core rules for WCAG 2.0, 2.1 and 2.2 at levels A and AA in
 * a real browser (contrast, names of controls and links, landmarks, language of the page and of its parts, ...).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessibilityTest {

	static final List<String> WCAG_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

	@LocalServerPort
	int port;

	Chromium chromium;

	@BeforeAll
	void startTheBrowser() {
		chromium = Chromium.launch();
	}

	@AfterAll
	void stopTheBrowser() {
		if (chromium != null) {
			chromium.close();
		}
	}

	@ParameterizedTest(name = "{0} meets WCAG 2.2 AA")
	@ValueSource(strings = { "/en/", "/ko/", "/ja/", "/id/", "/en/partnerships/seoul-kr-tokyo-jp",
			"/ko/partnerships/seoul-kr-tokyo-jp", "/ja/cities/tokyo-jp", "/id/cities/adachi-tokyo-jp", "/en/map",
			"/ko/countries/kr", "/ja/search?q=東京", "/ko/search?q=", "/en/cities/atlantis-xx", "/id/no/such/page",
			"/en/network", "/id/network?region=ASIA&year=abc", "/ja/manage/outbox", "/ko/cities/seoul-kr/network?to=Winnipeg",
			"/ja/cities/tokyo-jp/network", "/id/cities/tokyo-jp/portfolio", "/en/login", "/ko/login?error=locked",
			"/ja/login?signed-out", "/id/password-reset", "/en/password-reset/no-such-link", "/ja/access-denied" })
	void the_page_meets_wcag_2_2_aa(String path) {
		try (var page = chromium.browser.newPage(new Browser.NewPageOptions().setViewportSize(1280, 900))) {
			page.navigate("http://localhost:" + port + path);
			var results = new AxeBuilder(page).withTags(WCAG_AA).analyze();
			var violations = results.getViolations().stream()
				.map(v -> v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " at "
						+ v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).limit(3).collect(Collectors.joining(", ")))
				.toList();
			assertThat(violations).as("axe-core violations on " + path).isEmpty();
			assertThat(results.getPasses()).as("rules that ran and passed").isNotEmpty();
		}
	}

	@org.junit.jupiter.api.Test
	void the_check_finds_violations_on_a_page_that_has_them() {
		try (var page = chromium.browser.newPage()) {
			page.setContent("<html><body><img src='x.png'><p style='color:#ccc;background:#fff'>faint</p>"
					+ "<input type='text'></body></html>");
			var results = new AxeBuilder(page).withTags(WCAG_AA).analyze();
			assertThat(results.getViolations()).extracting(v -> v.getId())
				.contains("image-alt", "color-contrast", "html-has-lang", "label");
		}
	}
}
