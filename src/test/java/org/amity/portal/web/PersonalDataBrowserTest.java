package org.amity.portal.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.amity.identity.Accounts;
import org.amity.identity.Caller;
import org.amity.identity.CurrentUser;
import org.amity.identity.Grant;
import org.amity.identity.NewAccount;
import org.amity.identity.Role;
import org.amity.privacy.PersonalData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A participant signs in, downloads their data as JSON and CSV, asks for it to be erased, and staff complete the
 * erasure; afterwards the participant can no longer sign in.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PersonalDataBrowserTest {

	static final Caller ADMIN = Caller.of(1, "admin", List.of(Grant.platform(Role.PLATFORM_ADMIN)), false);

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	PersonalData personalData;

	@Autowired
	CurrentUser currentUser;

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

	String url(String path) {
		return "http://localhost:" + port + path;
	}

	void signIn(Page page, String username, String password) {
		page.navigate(url("/en/login"));
		page.locator("#username").fill(username);
		page.locator("#password").fill(password);
		page.locator("form.account-form button[type=submit]").click();
	}

	@Test
	void a_participant_signs_in_exports_their_data_and_has_it_erased() throws Exception {
		var username = "yuki-" + UUID.randomUUID().toString().substring(0, 8);
		var password = "correct horse battery staple";
		var account = new long[1];
		currentUser.runAs(ADMIN, () -> account[0] = accounts.register(new NewAccount(username, "佐藤由紀",
				username + "@example.jp", "ja", password, false, Set.of(Grant.platform(Role.PARTICIPANT)))).id());

		try (var context = chromium.browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
				.setAcceptDownloads(true)); var page = context.newPage()) {
			signIn(page, username, password);
			page.navigate(url("/ja/me/data"));
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("あなたのデータ");
			assertThat(page.getByText("佐藤由紀").first()).isVisible();

			var json = page.waitForDownload(() -> page.locator("#export-json").click());
			var jsonText = Files.readString(json.path(), StandardCharsets.UTF_8);
			assertThat(jsonText).contains("\"displayName\" : \"佐藤由紀\"", username + "@example.jp");
			var csv = page.waitForDownload(() -> page.locator("#export-csv").click());
			assertThat(Files.readString(csv.path(), StandardCharsets.UTF_8))
				.startsWith("section,record,field,value").contains("account,1,displayName,佐藤由紀");

			page.locator("#deletion-law").selectOption("JP");
			page.locator("#deletion-confirm").check();
			page.locator("#request-deletion").click();
			assertThat(page.locator("p.notice")).isVisible();
			assertThat(page.getByText("消去の請求").first()).isVisible();
		}

		// the staff side completes the request within its deadline
		var request = new long[1];
		currentUser.runAs(ADMIN, () -> request[0] = personalData.requests().stream()
			.filter(r -> r.accountId() == account[0]).findFirst().orElseThrow().id());
		currentUser.runAs(ADMIN, () -> personalData.complete(request[0]));

		var erased = accounts.find(account[0]).orElseThrow();
		assertThat(erased.username()).startsWith("person-");
		assertThat(erased.email()).isNull();
		try (var page = chromium.browser.newPage()) {
			signIn(page, username, password);
			assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login.*"));
		}
	}
}
