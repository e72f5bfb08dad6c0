package org.amity.identity.web;

import org.amity.identity.AccessRule;
import org.amity.identity.PasswordResets;
import org.amity.shared.web.PortalPaths;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * Forgotten passwords: asking for a link by username (the answer never tells whether the account exists), then
 * choosing a new password through the link. Public, since whoever uses it cannot sign in.
 */
@AccessRule(AccessRule.Audience.PUBLIC)
@Controller
class PasswordResetController {

	private final PasswordResets resets;

	PasswordResetController(PasswordResets resets) {
		this.resets = resets;
	}

	@GetMapping(PortalPaths.LANG + "/password-reset")
	String ask() {
		return "password-reset";
	}

	@PostMapping(PortalPaths.LANG + "/password-reset")
	String send(@RequestParam(defaultValue = "") String username, Model model) {
		resets.request(username);
		model.addAttribute("sent", true);
		return "password-reset";
	}

	@GetMapping(PortalPaths.LANG + "/password-reset/{token}")
	ModelAndView choose(@PathVariable String token) {
		var page = new ModelAndView("password-new");
		page.addObject("token", token);
		if (!resets.isValid(token)) {
			page.addObject("invalid", true);
			page.setStatus(HttpStatus.GONE);
		}
		return page;
	}

	@PostMapping(PortalPaths.LANG + "/password-reset/{token}")
	ModelAndView set(@PathVariable String lang, @PathVariable String token,
			@RequestParam(defaultValue = "") String password, @RequestParam(defaultValue = "") String confirmation) {
		var page = new ModelAndView("password-new");
		page.addObject("token", token);
		String error = null;
		if (password.length() < PasswordResets.MIN_PASSWORD || password.length() > PasswordResets.MAX_PASSWORD) {
			error = "reset.error.length";
		}
		else if (!password.equals(confirmation)) {
			error = "reset.error.confirmation";
		}
		if (error != null) {
			page.addObject("error", error);
			page.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
			return page;
		}
		if (!resets.reset(token, password)) {
			page.addObject("invalid", true);
			page.setStatus(HttpStatus.GONE);
			return page;
		}
		return new ModelAndView("redirect:/" + lang + "/login?reset");
	}
}
