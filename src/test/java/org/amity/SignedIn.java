package org.amity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.util.Set;

import org.amity.identity.Accounts;
import org.amity.identity.Caller;
import org.amity.identity.CurrentUser;
import org.amity.identity.Grant;
import org.amity.identity.NewAccount;
import org.amity.identity.Role;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Requests made as a real account of the running application (HTTP Basic against its own password store), for tests
 * of staff pages and API writes. Each account is created once per database with the role it is named for.
 */
public final class SignedIn {

	public static final String PASSWORD = "test-password-amity-1";

	private SignedIn() {
	}

	/** A platform administrator: may open every staff page and make every API call. */
	public static RequestPostProcessor asPlatformAdmin(ApplicationContext context) {
		return as(context, "test-platform-admin", Grant.platform(Role.PLATFORM_ADMIN));
	}

	/** An officer of one city. */
	public static RequestPostProcessor asOfficerOf(ApplicationContext context, long cityId) {
		return as(context, "test-officer-" + cityId, Grant.of(Role.CITY_OFFICER, cityId));
	}

	/** Creates the account, as the system would, unless it exists; answers HTTP Basic credentials for it. */
	public static synchronized RequestPostProcessor as(ApplicationContext context, String username, Grant grant) {
		var accounts = context.getBean(Accounts.class);
		context.getBean(CurrentUser.class).runAs(Caller.system(), () -> {
			if (accounts.find(username).isEmpty()) {
				accounts.register(new NewAccount(username, username, null, "en", PASSWORD, false, Set.of(grant)));
			}
		});
		return httpBasic(username, PASSWORD);
	}
}
