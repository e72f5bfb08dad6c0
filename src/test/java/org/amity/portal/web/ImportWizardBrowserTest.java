package org.amity.portal.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.BrowserContext;
import org.amity.SignedIn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An international-relations officer pastes a partner table copied from a city's web page into the import wizard,
 * in a real browser without JavaScript: preview, column mapping, dry run, commit, and undo. Each step passes
 * axe-core's WCAG 2.2 AA rules; screenshots land in target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportWizardBrowserTest {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	Chromium chromium;

	/** A browser context signed in as staff through the sign-in form, with or without script. */
	BrowserContext signedIn(boolean script) {
		SignedIn.asPlatformAdmin(context);
		var browser = chromium.browser.newContext(new Browser.NewContextOptions().setJavaScriptEnabled(script)
			.setLocale("en")
			.setViewportSize(1280, 900));
		var page = browser.newPage();
		page.navigate("http://localhost:" + port + "/en/login");
		page.fill("#username", "test-platform-admin");
		page.fill("#password", SignedIn.PASSWORD);
		page.locator("form.account-form button[type=submit], form.account-form input[type=submit]").first().click();
		page.waitForLoadState();
		return browser;
	}

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

	@Test
	@DisplayName("An officer pastes a partner table, maps its columns, checks the dry run, commits and undoes it")
	void an_officer_imports_a_pasted_table_through_the_wizard_and_undoes_it() {
		try (var withoutScript = signedIn(false); var withScript = signedIn(true)) {
			checker = withScript;
			var page = withoutScript.newPage();
			page.navigate("http://localhost:" + port + "/en/manage/imports");
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
				.hasText("Import a list of partners");
			page.getByLabel("Table copied from a web page or a spreadsheet")
				.fill("Sister city\tCountry\tDate\nFrobnitz\tGermany\tJun.30.1966\nGlorbhaven\tNorway\t03/05/1982\n");
			page.locator("#paste-source").fill("Browser test page");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Preview the pasted table")).click();

			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
				.hasText("Preview of Browser test page");
			assertThat(page.locator("table").getByText("Frobnitz")).isVisible();
			accessible(page);
			screenshot(page, "import-preview-en");
			page.getByLabel("City whose list this is (identifier)").fill("tokyo-jp");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the columns and run a dry run"))
				.click();

			assertThat(page.locator("#dry-run")).containsText("Create");
			assertThat(page.locator("#dry-run time[datetime='1966-06-30']")).isVisible();
			assertThat(page.locator("#dry-run")).containsText("Day and month could be either way round");
			accessible(page);
			screenshot(page, "import-dry-run-en");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Commit the import")).click();

			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
				.hasText("Import of Browser test page");
			assertThat(page.locator("#created")).hasText("1");
			assertThat(page.locator("main")).containsText("Date not readable");
			accessible(page);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Undo this import")).click();
			assertThat(page.locator("#undone")).isVisible();
			screenshot(page, "import-undone-en");
		}
	}

	BrowserContext checker;

	/** axe-core runs as script: the page the officer sees without it is checked again in a page with script on. */
	private void accessible(Page page) {
		try (var checked = checker.newPage()) {
			checked.navigate(page.url());
			var results = new AxeBuilder(checked).withTags(AccessibilityTest.WCAG_AA).analyze();
			assertThat(results.getViolations().stream().map(v -> v.getId() + ": " + v.getHelp()).toList())
				.as("axe-core violations on " + page.url())
				.isEmpty();
		}
	}

	private static void screenshot(Page page, String name) {
		page.screenshot(new Page.ScreenshotOptions().setPath(SeoulTokyoBrowserTest.SCREENSHOTS.resolve(name + ".png"))
			.setFullPage(true));
	}
}
