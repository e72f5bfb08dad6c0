package org.amity.portal.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

/**
 * Debian's Chromium driven by Playwright, as the browser tests use it: Playwright's own browser download cannot work
 * here, and a closed network needs Chromium's background connections off.
 */
final class Chromium implements AutoCloseable {

	static final Path EXECUTABLE = Paths.get("/usr/bin/chromium");

	final Playwright playwright;
	final Browser browser;

	private Chromium(Playwright playwright, Browser browser) {
		this.playwright = playwright;
		this.browser = browser;
	}

	static Chromium launch() {
		// Fail, never skip: a browser test that silently does not run proves nothing.
		assertTrue(Files.isExecutable(EXECUTABLE), "Chromium is needed at " + EXECUTABLE
				+ " for the browser tests; install it with: apt-get install chromium (.ci/run does this)");
		var playwright = Playwright.create(new Playwright.CreateOptions()
			.setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		var browser = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(EXECUTABLE)
				.setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
						"--disable-background-networking", "--disable-component-update", "--disable-sync")));
		return new Chromium(playwright, browser);
	}

	@Override
	public void close() {
		browser.close();
		playwright.close();
	}
}
