package org.amity.portal.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A newcomer in a real browser finds the demo Seoul–Tokyo Week in four languages, registers for the kimchi workshop
 * when it is already full and is waitlisted, is offered the place when the earlier registrant cancels, accepts it,
 * signs up for a volunteer shift and subscribes to the calendar of their registrations and shifts.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NewcomerEventJourneyBrowserTest {

	static final Path SCREENSHOTS = Path.of("target/screenshots");

	@LocalServerPort
	int port;

	Chromium chromium;

	@BeforeAll
	void startTheBrowser() throws Exception {
		Files.createDirectories(SCREENSHOTS);
		chromium = Chromium.launch();
	}

	@AfterAll
	void stopTheBrowser() {
		if (chromium != null) {
			chromium.close();
		}
	}

	@Test
	@DisplayName("A newcomer registers, is waitlisted, promoted when someone cancels, volunteers and subscribes")
	void a_newcomer_registers_is_waitlisted_promoted_volunteers_and_subscribes() {
		try (var page = newPage()) {
			for (var language : new String[][] { { "en", "Seoul–Tokyo Week (demo)" }, { "ko", "서울–도쿄 주간 (데모)" },
					{ "ja", "ソウル・東京ウィーク（デモ）" }, { "id", "Pekan Seoul–Tokyo (demo)" } }) {
				page.navigate(url("/" + language[0] + "/events"));
				assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(language[1]))).isVisible();
			}
			page.navigate(url("/en/events"));
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Seoul–Tokyo Week (demo)")).click();
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Kimchi-making workshop")).click();
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
				.hasText("Kimchi-making workshop");
			screenshot(page, "event-en");

			// someone else takes both places first
			register(page, "Ji-woo", "jiwoo@example.org", "2");
			assertThat(page.getByRole(AriaRole.STATUS)).hasText("Your place is confirmed.");
			var firstRegistration = page.url();

			page.navigate(url("/en/events/kimchi-making-workshop-demo"));
			register(page, "Newcomer", "newcomer@example.org", "1");
			assertThat(page.getByRole(AriaRole.STATUS)).hasText("All places are taken: you are on the waiting list.");
			assertThat(page.getByText("You are number 1 in line.")).isVisible();
			var mine = page.url();
			screenshot(page, "waitlisted-en");

			page.navigate(firstRegistration);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cancel my registration")).click();
			assertThat(page.getByRole(AriaRole.STATUS)).hasText("This registration is cancelled.");

			page.navigate(mine);
			assertThat(page.getByRole(AriaRole.STATUS)).hasText("A place has freed up and is offered to you.");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accept the place")).click();
			assertThat(page.getByRole(AriaRole.STATUS)).hasText("Your place is confirmed.");
			assertThat(page.locator("figure.qr svg")).isVisible();
			screenshot(page, "confirmed-en");

			page.navigate(url("/en/events/seoul-tokyo-friendship-concert-demo"));
			var shift = page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Sign up for the shift at 17:30"));
			shift.getByLabel("Your name").fill("Newcomer");
			shift.getByLabel("Your e-mail address").fill("newcomer@example.org");
			shift.getByLabel("Your age").fill("24");
			shift.getByLabel("Languages you speak (codes such as ko, ja, en)").fill("ko, en");
			shift.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Sign up")).click();
			assertThat(page.getByText("Thank you: you are signed up for the shift.")).isVisible();

			var feed = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
				.setName("Subscribe to the calendar of your registrations (iCalendar)"));
			var calendar = page.request().get(feed.getAttribute("href")).text();
			assertThat(calendar).startsWith("BEGIN:VCALENDAR").contains("SUMMARY:Kimchi-making workshop",
					"DTSTART:20270904T010000Z", "DTSTART:20270903T083000Z");
			screenshot(page, "volunteered-en");
		}
	}

	private static void register(Page page, String name, String email, String quantity) {
		// the event page also has the form for ideas, with its own name field
		var form = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Register"));
		form.getByLabel("Number of people").fill(quantity);
		form.getByLabel("Your name").fill(name);
		form.getByLabel("Your e-mail address").fill(email);
		form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Register")).click();
	}

	private Page newPage() {
		return chromium.browser.newPage(new Browser.NewPageOptions().setLocale("en").setViewportSize(1280, 900));
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	private static void screenshot(Page page, String name) {
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
	}

}
