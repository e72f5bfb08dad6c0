package org.amity.interop;

import java.util.List;
import java.util.Set;

import org.amity.city.Gazetteer;
import org.amity.identity.Accounts;
import org.amity.identity.Caller;
import org.amity.identity.CurrentUser;
import org.amity.identity.Grant;
import org.amity.identity.NewAccount;
import org.amity.identity.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demonstration accounts, one for each kind of user, so that a newcomer can try every role (the README lists them).
 * Created at start when {@code amity.demo.enabled} is true, after the bundled gazetteer that names their cities;
 * never in the production profile. Each is marked as a demo account in the pages.
 */
@Component
@ConditionalOnProperty(name = "amity.demo.enabled", havingValue = "true")
@Order(1)
@Profile("!cli")
class DemoAccounts implements ApplicationRunner {

	/** The one password of every demo account; published in the README, so never use these accounts for real work. */
	static final String PASSWORD = "amity-demo";

	/** The program the demo coordinator coordinates: the first one registered. */
	static final long DEMO_PROGRAM = 1;

	private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

	private final Accounts accounts;
	private final Gazetteer gazetteer;
	private final CurrentUser currentUser;

	DemoAccounts(Accounts accounts, Gazetteer gazetteer, CurrentUser currentUser) {
		this.accounts = accounts;
		this.gazetteer = gazetteer;
		this.currentUser = currentUser;
	}

	@Override
	public void run(ApplicationArguments args) {
		currentUser.runAs(Caller.system(), this::create);
	}

	void create() {
		var seoul = gazetteer.findBySlug("seoul-kr");
		var tokyo = gazetteer.findBySlug("tokyo-jp");
		if (seoul.isEmpty() || tokyo.isEmpty()) {
			log.warn("Demo accounts skipped: the gazetteer has no Seoul or Tokyo yet");
			return;
		}
		var demo = List.of(
				account("seoul.officer", "Seoul officer (demo)", "ko", Grant.of(Role.CITY_OFFICER, seoul.get().id())),
				account("tokyo.officer", "Tokyo officer (demo)", "ja", Grant.of(Role.CITY_OFFICER, tokyo.get().id())),
				account("platform.admin", "Platform admin (demo)", "en", Grant.platform(Role.PLATFORM_ADMIN)),
				account("program.coordinator", "Program coordinator (demo)", "en",
						Grant.of(Role.PROGRAM_COORDINATOR, DEMO_PROGRAM)),
				account("participant", "Participant (demo)", "id", Grant.platform(Role.PARTICIPANT)),
				account("researcher", "Researcher (demo)", "en", Grant.platform(Role.RESEARCHER)));
		int created = 0;
		for (var account : demo) {
			if (accounts.find(account.username()).isEmpty()) {
				accounts.register(account);
				created++;
			}
		}
		if (created > 0) {
			log.info("Created {} demo accounts (password '{}'); set amity.demo.enabled=false for real use", created,
					PASSWORD);
		}
	}

	private static NewAccount account(String username, String name, String language, Grant grant) {
		return new NewAccount(username, name, null, language, PASSWORD, true, Set.of(grant));
	}
}
