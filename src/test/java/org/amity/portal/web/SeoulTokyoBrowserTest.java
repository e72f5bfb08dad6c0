package org.amity.portal.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import org.amity.city.Gazetteer;
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
 * A reader opens Amity in a real browser (Debian's Chromium, driven by Playwright) in English and in Korean, reads the
 * home page, follows the Seoul–Tokyo case and finds its 1988 agreement. Screenshots land in target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeoulTokyoBrowserTest {

	static final Path SCREENSHOTS = Paths.get("target/screenshots");

	@LocalServerPort
	int port;

	@Autowired
	Gazetteer gazetteer;

	@Autowired
	Partnerships partnerships;

	Chromium chromium;
	Browser browser;

	@BeforeAll
	void startTheBrowser() throws Exception {
		Files.createDirectories(SCREENSHOTS);
		chromium = Chromium.launch();
		browser = chromium.browser;
	}

	@AfterAll
	void stopTheBrowser() {
		if (chromium != null) {
			chromium.close();
		}
	}

	@Test
	@DisplayName("An English reader goes from the home page to the Seoul–Tokyo partnership signed in 1988")
	void an_english_reader_finds_the_seoul_tokyo_partnership_from_the_home_page() {
		try (var page = newPage("en")) {
			page.navigate(url("/en/"));
			assertThat(page).hasTitle("Amity: city diplomacy in the open");
			assertThat(page.locator("html")).hasAttribute("lang", "en");
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
				.hasText("Partnerships between cities, in the open");
			screenshot(page, "home-en");

			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Read the Seoul–Tokyo partnership and its timeline"))
				.click();
			assertThat(page).hasURL(url("/en/partnerships/seoul-kr-tokyo-jp"));
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
				.hasText("Seoul and Tokyo");
			assertThat(page.locator("time[datetime='1988-09-03']").first()).isVisible();
			assertThat(page.locator("time[datetime='1988-09-03']").first()).hasText("3 September 1988");
			assertThat(page.getByText("Founding agreement", new Page.GetByTextOptions().setExact(true))).isVisible();
			assertThat(page.getByRole(AriaRole.ROWHEADER, new Page.GetByRoleOptions().setName("1999–2013"))).isVisible();
			// with script the vitality chart draws beside the table; the 2019 tension is one of its dashed lines
			assertThat(page.locator("figure.vitality-chart-figure")).isVisible();
			assertThat(page.locator("figure.vitality-chart-figure svg")).isVisible();
			screenshot(page, "partnership-en");
		}
	}

	@Test
	@DisplayName("A Korean reader sees the home page and the Seoul–Tokyo timeline in Korean")
	void a_korean_reader_reads_the_seoul_tokyo_timeline_in_korean() {
		try (var page = newPage("ko")) {
			page.navigate(url("/ko/"));
			assertThat(page.locator("html")).hasAttribute("lang", "ko");
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
				.hasText("도시와 도시의 결연을 누구나 볼 수 있게");
			screenshot(page, "home-ko");

			page.navigate(url("/ko/partnerships/seoul-kr-tokyo-jp"));
			assertThat(page).hasTitle("서울–도쿄 · Amity");
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
				.hasText("서울–도쿄 결연");
			assertThat(page.locator("time[datetime='1988-09-03']").first()).hasText("1988년 9월 3일");
			assertThat(page.getByText("국가 간 정세").first()).isVisible();
			screenshot(page, "partnership-ko");
		}
	}

	@Test
	@DisplayName("The language switcher takes a reader to the same page in Japanese, and the world map draws")
	void the_language_switcher_and_the_world_map_work_without_script() {
		try (var page = browser.newPage(new Browser.NewPageOptions().setJavaScriptEnabled(false)
			.setViewportSize(1280, 900))) {
			page.navigate(url("/en/cities/tokyo-jp"));
			page.locator("nav.languages a[hreflang='ja']").click();
			assertThat(page).hasURL(url("/ja/cities/tokyo-jp"));
			assertThat(page.locator("html")).hasAttribute("lang", "ja");
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("東京");
			screenshot(page, "city-ja");

			page.navigate(url("/en/map"));
			var map = page.locator("figure.world-map img");
			assertThat(map).isVisible();
			assertTrue((Boolean) page.evaluate("() => document.querySelector('figure.world-map img').naturalWidth > 0")
					|| map.boundingBox().width > 0, "the map image loads");
			screenshot(page, "map-en");
		}
	}

	@Test
	@DisplayName("A Japanese reader typing in the search box sees Tokyo without submitting the form")
	void search_results_follow_the_typing_when_script_runs() {
		try (var page = newPage("ja")) {
			page.navigate(url("/ja/search"));
			page.locator("#q").pressSequentially("東京");
			var result = page.locator("#search-results a[href='/ja/cities/tokyo-jp']");
			assertThat(result).isVisible();
			assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/ja/search\\?q=.*"));
			screenshot(page, "search-ja");
		}
	}

	@Test
	@DisplayName("A reader opens the Seoul–Tokyo report and sees the dormant decade, the 2014 revival and the attitude change")
	void the_seoul_tokyo_report_shows_the_dormant_decade_and_the_revival() {
		try (var page = newPage("en")) {
			page.navigate(url("/en/partnerships/seoul-kr-tokyo-jp"));
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile("^Read the full report")))
				.click();
			assertThat(page).hasURL(url("/en/partnerships/seoul-kr-tokyo-jp/report"));
			assertThat(page.getByText("It was dormant from 1999 to 2013: 15 years without an agreement, program, event or visit counting."))
				.isVisible();
			assertThat(page.getByText("It revived in 2014.")).isVisible();
			assertThat(page.getByRole(AriaRole.ROW, new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile("^2009 .*dormant"))))
				.containsText("2009: no program, no event, no visit since 1996");
			assertThat(page.getByRole(AriaRole.ROW, new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile("^2014 \\d+ revival"))))
				.containsText("Memorandum of understanding");
			assertThat(page.locator(".demo-notice").first()).isVisible();
			// every chart draws with script, its table stays beside it
			assertThat(page.locator("figure[data-chart='chart-vitality'] svg")).isVisible();
			assertThat(page.locator("figure[data-chart='chart-survey-0'] svg")).isVisible();
			assertThat(page.getByText("Conclusion: the partnership is alive", new Page.GetByTextOptions().setExact(false)))
				.isVisible();
			screenshot(page, "report-en");
		}
	}

	private Page newPage(String locale) {
		return browser.newPage(new Browser.NewPageOptions().setLocale(locale).setViewportSize(1280, 900));
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	private static void screenshot(Page page, String name) {
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
	}
}
