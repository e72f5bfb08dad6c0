package org.amity.privacy.web;

import org.amity.identity.AccessRule;

import java.time.Instant;

import org.amity.privacy.PersonalData;
import org.amity.privacy.Retention;
import org.amity.shared.web.PortalPaths;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The staff side of personal data: each request with its legal deadline clock, completing it, and the retention
 * schedule with its purge run on demand.
 */
@Controller
class PrivacyStaffPages {

	private final PersonalData personalData;
	private final Retention retention;

	PrivacyStaffPages(PersonalData personalData, Retention retention) {
		this.personalData = personalData;
		this.retention = retention;
	}

	@AccessRule(AccessRule.Audience.STAFF)
	@GetMapping(PortalPaths.LANG + "/manage/privacy")
	String page(Model model) {
		model.addAttribute("requests", personalData.requests());
		model.addAttribute("schedule", new java.util.TreeMap<>(retention.schedule()));
		model.addAttribute("now", Instant.now());
		return "privacy/requests";
	}

	@AccessRule(AccessRule.Audience.STAFF)
	@PostMapping(PortalPaths.LANG + "/manage/privacy/requests/{id}/complete")
	String complete(@PathVariable String lang, @PathVariable long id, RedirectAttributes redirect) {
		personalData.complete(id);
		redirect.addFlashAttribute("notice", "privacy.staff.completed");
		return "redirect:/" + lang + "/manage/privacy";
	}

	@AccessRule(AccessRule.Audience.STAFF)
	@PostMapping(PortalPaths.LANG + "/manage/privacy/retention")
	String purge(@PathVariable String lang, RedirectAttributes redirect) {
		redirect.addFlashAttribute("purged", retention.runNow().toString());
		return "redirect:/" + lang + "/manage/privacy";
	}
}
