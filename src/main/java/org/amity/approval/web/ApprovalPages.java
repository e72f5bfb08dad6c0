package org.amity.approval.web;

import org.amity.identity.AccessRule;

import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import jakarta.servlet.http.HttpServletResponse;
import org.amity.approval.ApprovalRefusedException;
import org.amity.approval.Approvals;
import org.amity.approval.Proposal;
import org.amity.city.Gazetteer;
import org.amity.identity.CurrentUser;
import org.amity.shared.NotFoundException;
import org.amity.shared.web.PortalPaths;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The approvals pages: each city's staff see the proposals their city makes and receives, a proposal beside the record
 * as it was proposed on and as it is now, and decide with a form that works without JavaScript.
 */
@Controller
class ApprovalPages {

	private final Approvals approvals;
	private final CurrentUser currentUser;
	private final Gazetteer gazetteer;

	ApprovalPages(Approvals approvals, CurrentUser currentUser, Gazetteer gazetteer) {
		this.approvals = approvals;
		this.currentUser = currentUser;
		this.gazetteer = gazetteer;
	}

	@AccessRule(AccessRule.Audience.STAFF)
	@GetMapping(PortalPaths.LANG + "/manage/approvals")
	String list(Model model, Locale locale) {
		var proposals = approvals.forCaller();
		model.addAttribute("proposals", proposals);
		model.addAttribute("cities", cityNames(proposals, locale));
		return "approval/approvals";
	}

	@AccessRule(AccessRule.Audience.STAFF)
	@GetMapping(PortalPaths.LANG + "/manage/approvals/{id}")
	String one(@PathVariable long id, Model model, Locale locale) {
		var proposal = approvals.find(id);
		var now = approvals.currentState(proposal);
		var keys = new LinkedHashSet<String>(proposal.current().keySet());
		keys.addAll(proposal.proposed().keySet());
		var rows = keys.stream()
			.map(key -> new Row(key, proposal.current().get(key), now.get(key), proposal.proposed().get(key),
					!Objects.equals(proposal.current().get(key), proposal.proposed().get(key)),
					!Objects.equals(proposal.current().get(key), now.get(key))))
			.toList();
		var caller = currentUser.get();
		model.addAttribute("proposal", proposal);
		model.addAttribute("rows", rows);
		model.addAttribute("cities", cityNames(List.of(proposal), locale));
		model.addAttribute("mayDecide", proposal.decidableBy(caller));
		model.addAttribute("mayWithdraw",
				proposal.status() == org.amity.approval.ProposalStatus.PENDING
						&& caller.isStaffOf(proposal.proposingCity()) && !caller.isPlatformAdmin());
		if (!model.containsAttribute("reason")) {
			model.addAttribute("reason", "");
		}
		return "approval/proposal";
	}

	@AccessRule(AccessRule.Audience.STAFF)
	@PostMapping(PortalPaths.LANG + "/manage/approvals/{id}/approve")
	String approve(@PathVariable String lang, @PathVariable long id, RedirectAttributes redirect) {
		return decide(lang, id, redirect, () -> approvals.approve(id), "approved");
	}

	@AccessRule(AccessRule.Audience.STAFF)
	@PostMapping(PortalPaths.LANG + "/manage/approvals/{id}/refuse")
	String refuse(@PathVariable String lang, @PathVariable long id,
			@RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
		var broken = !org.amity.shared.PlainText.isWellFormed(reason);
		if (reason.strip().isEmpty() || reason.length() > 2000 || broken) {
			redirect.addFlashAttribute("reasonError", reason.strip().isEmpty() ? "approval.reason.required"
					: broken ? "approval.reason.broken" : "approval.reason.too-long");
			redirect.addFlashAttribute("reason", broken ? "" : reason.length() > 2000 ? reason.substring(0, 2000) : reason);
			return "redirect:/" + lang + "/manage/approvals/" + id + "#reason";
		}
		return decide(lang, id, redirect, () -> approvals.refuse(id, reason), "refused");
	}

	@AccessRule(AccessRule.Audience.STAFF)
	@PostMapping(PortalPaths.LANG + "/manage/approvals/{id}/withdraw")
	String withdraw(@PathVariable String lang, @PathVariable long id, RedirectAttributes redirect) {
		return decide(lang, id, redirect, () -> approvals.withdraw(id), "withdrawn");
	}

	private String decide(String lang, long id, RedirectAttributes redirect, Runnable decision, String done) {
		try {
			decision.run();
			redirect.addFlashAttribute("notice", "approval.done." + done);
		}
		catch (ApprovalRefusedException e) {
			redirect.addFlashAttribute("refusal", "approval.refused." + e.reason());
		}
		return "redirect:/" + lang + "/manage/approvals/" + id;
	}

	/** A proposal that is not there, or not the caller's to see, is the site's not-found page. */
	@ExceptionHandler(NotFoundException.class)
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(HttpServletResponse.SC_NOT_FOUND);
	}

	private Map<Long, String> cityNames(List<Proposal> proposals, Locale locale) {
		var names = new HashMap<Long, String>();
		for (var p : proposals) {
			for (long city : new long[] { p.proposingCity(), p.approvingCity() }) {
				names.computeIfAbsent(city,
						id -> gazetteer.find(id).map(place -> place.nameIn(locale)).orElse("#" + id));
			}
		}
		return names;
	}

	/** One field: as it was when proposed, as it is now, as proposed; and what differs. */
	record Row(String field, String current, String now, String proposed, boolean changed, boolean movedSince) {
	}
}
