package org.amity.identity.web;

import org.amity.identity.AccessRule;
import org.amity.identity.Accounts;
import org.amity.identity.CurrentUser;
import org.amity.shared.web.PortalPaths;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** A signed-in person's own account: who they are signed in as, and their roles with the scope of each. */
@AccessRule(AccessRule.Audience.SIGNED_IN)
@Controller
class AccountController {

	private final CurrentUser currentUser;
	private final Accounts accounts;

	AccountController(CurrentUser currentUser, Accounts accounts) {
		this.currentUser = currentUser;
		this.accounts = accounts;
	}

	@GetMapping(PortalPaths.LANG + "/me")
	String me(Model model) {
		var caller = currentUser.get();
		model.addAttribute("account", caller.accountId().flatMap(accounts::find).orElse(null));
		model.addAttribute("caller", caller);
		return "account";
	}
}
