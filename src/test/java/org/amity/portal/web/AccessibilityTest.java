package org.amity.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.Browser;
import org.amity.SignedIn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.amity.identity.Accounts;
import org.amity.identity.Caller;
import org.amity.identity.CurrentUser;
import org.amity.identity.Grant;
import org.amity.identity.NewAccount;
import org.amity.identity.Role;
import org.amity.identity.SignedInAs;
import org.amity.partnership.PartnershipProposals;
import org.amity.partnership.Partnerships;
import org.amity.partnership.PartnershipStatus;

/**
 * Every kind of page, in each language, passes Deque's axe-core rules for WCAG 2.0, 2.1 and 2.2 at levels A and AA in
 * a real browser (contrast, names of controls and links, landmarks, language of the page and of its parts, ...).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@AutoConfigureMockMvc
class AccessibilityTest {

	static final List<String> WCAG_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

	@LocalServerPort
	int port;

	@org.springframework.beans.factory.annotation.Autowired
	org.springframework.context.ApplicationContext context;

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
			"/ko/countries/kr", "/ja/search?q=東京", "/ko/search?q=", "/en/search?q=Tokyo&kind=partnership&country=FR",
			"/id/search?q=kerjasama", "/ko/search?q=자매도시를", "/en/cities/atlantis-xx", "/id/no/such/page",
			"/en/network", "/id/network?region=ASIA&year=abc", "/ko/cities/seoul-kr/network?to=Winnipeg",
			"/ja/cities/tokyo-jp/network", "/id/cities/tokyo-jp/portfolio", "/en/events", "/ko/events",
			"/ja/series/seoul-tokyo-week-demo", "/id/events/seoul-tokyo-friendship-concert-demo",
			"/ko/events/kimchi-making-workshop-demo",
			"/en/actors", "/ko/actors/seoul-metropolitan-government", "/ja/actors?kind=LOCAL_GOVERNMENT&city=tokyo-jp",
			"/ja/programs", "/ko/programs?kind=UNIVERSITY_EXCHANGE",
			"/en/partnerships/seoul-kr-tokyo-jp/report", "/ja/partnerships/seoul-kr-tokyo-jp/report", "/ko/surveys/1",
			"/en/surveys/1/results", "/id/cities/tokyo-jp/report",
			"/en/login", "/ko/login?error=locked", "/ja/login?signed-out", "/id/password-reset",
			"/en/password-reset/no-such-link", "/ja/access-denied", "/en/ideas?topic=kimchi-making-workshop-demo",
			"/ko/ideas", "/ja/community-events", "/ja/programs/1", "/en/programs/1/ideas", "/ko/programs/1/ideas" })
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

	@ParameterizedTest(name = "{0} meets WCAG 2.2 AA for signed-in staff")
	@ValueSource(strings = { "/ja/manage/outbox", "/en/manage/surveys", "/ko/manage/context", "/id/manage/series",
			"/ja/manage/imports", "/ko/manage/imports?error=TOO_LARGE", "/en/manage/events",
			"/ko/manage/events/kimchi-making-workshop-demo", "/ja/manage/events/seoul-tokyo-friendship-concert-demo/waiting-list",
			"/id/manage/events/kimchi-making-workshop-demo/attendees", "/en/manage/events/new",
			"/ko/manage/events/series/new", "/ja/manage/events/series/seoul-tokyo-week-demo", "/en/manage/campaigns",
			"/ko/manage/ideas", "/en/manage/community-events", "/id/manage/community-events/{community-event}",
			"/en/manage/programs", "/ko/manage/programs/new",
			"/ja/manage/programs/1", "/id/manage/programs/1/calls/new", "/en/manage/calls/1/edit", "/ja/manage/calls",
			"/ko/manage/calls/1", "/ja/manage/actors/seoul-metropolitan-government",
			"/en/actors/seoul-metropolitan-government?corrected" })
	void the_staff_page_meets_wcag_2_2_aa(String path) {
		SignedIn.asPlatformAdmin(context);
		if (path.contains("{community-event}")) {
			// no community event comes with the demo: one is recorded for its correction form
			var made = new long[1];
			currentUser.runAs(org.amity.identity.Caller.system(), () -> made[0] = context
				.getBean(org.amity.engagement.Engagement.class).communityEvent("seoul-kr-tokyo-jp", "Mapo Youth Centre",
						org.amity.shared.LocalizedText.of("Language café", "언어 카페", "言語カフェ", "Kafe bahasa"),
						java.time.LocalDate.of(2026, 4, 12), "Mapo, Seoul", 42));
			path = path.replace("{community-event}", String.valueOf(made[0]));
		}
		try (var page = chromium.browser.newPage(new Browser.NewPageOptions().setViewportSize(1280, 900))) {
			page.navigate("http://localhost:" + port + "/en/login");
			page.fill("#username", "test-platform-admin");
			page.fill("#password", SignedIn.PASSWORD);
			page.locator("form.account-form button[type=submit], form.account-form input[type=submit]").first().click();
			page.waitForLoadState();
			page.navigate("http://localhost:" + port + path);
			assertThat(page.url()).as("signed in, the staff page itself is shown").contains(path.split("\\?")[0]);
			var results = new AxeBuilder(page).withTags(WCAG_AA).analyze();
			var violations = results.getViolations().stream()
				.map(v -> v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " at "
						+ v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).limit(3).collect(Collectors.joining(", ")))
				.toList();
			assertThat(violations).as("axe-core violations on " + path).isEmpty();
		}
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	CurrentUser currentUser;

	@Autowired
	Partnerships partnerships;

	@Autowired
	PartnershipProposals proposals;

	/**
	 * Pages behind sign-in, rendered for a signed-in caller and checked in the browser at their own address, so that the
	 * site's style sheet applies as it does for the person.
	 */
	@ParameterizedTest(name = "signed-in page {0} meets WCAG 2.2 AA")
	@ValueSource(strings = { "/en/me/data", "/ko/me/data", "/ja/me/data", "/id/me/data", "/en/manage/approvals",
			"/ja/manage/approvals/{proposal}", "/ko/manage/approvals/{proposal}", "/id/manage/privacy",
			"/en/manage/privacy" })
	void the_signed_in_page_meets_wcag_2_2_aa(String template) throws Exception {
		var admin = Caller.of(1, "admin", List.of(Grant.platform(Role.PLATFORM_ADMIN)), false);
		var seoul = Caller.of(2, "seoul", List.of(Grant.of(Role.CITY_OFFICER, 1L)), false);
		var participant = new Caller[1];
		var proposal = new long[1];
		currentUser.runAs(admin, () -> participant[0] = accounts.register(new NewAccount(
				"a11y-" + System.nanoTime(), "Kim Minji", "a11y@example.kr", "ko", "secret-pass", false,
				java.util.Set.of(Grant.platform(Role.PARTICIPANT)))).caller());
		var seoulTokyo = partnerships.findBySlug("seoul-kr-tokyo-jp").orElseThrow();
		var officer = Caller.of(3, "officer", List.of(Grant.of(Role.CITY_OFFICER, seoulTokyo.placeA())), false);
		currentUser.runAs(officer, () -> proposal[0] = proposals.proposeStatus(seoulTokyo.id(),
				PartnershipStatus.DORMANT, null, "a11y", seoulTokyo.version()).id());
		var path = template.replace("{proposal}", String.valueOf(proposal[0]));
		var caller = path.contains("/me/") ? participant[0] : path.contains("/approvals/") ? seoul : admin;
		if (path.contains("/approvals/")) {
			caller = Caller.of(4, "partner", List.of(Grant.of(Role.CITY_OFFICER, seoulTokyo.placeB())), false);
		}
		var html = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path)
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
					.authentication(SignedInAs.caller(caller))))
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(html).contains("<main");
		try (var page = chromium.browser.newPage(new Browser.NewPageOptions().setViewportSize(1280, 900))) {
			page.navigate("http://localhost:" + port + "/en/");
			page.setContent(html);
			var results = new AxeBuilder(page).withTags(WCAG_AA).analyze();
			var violations = results.getViolations().stream()
				.map(v -> v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " at "
						+ v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).limit(3).collect(Collectors.joining(", ")))
				.toList();
			assertThat(violations).as("axe-core violations on " + path).isEmpty();
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
