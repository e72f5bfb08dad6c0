package org.amity.exchange.web;

import org.amity.identity.AccessRule;

import java.util.Locale;

import org.amity.exchange.Calls;
import org.amity.exchange.ProgramKind;
import org.amity.exchange.Programs;
import org.amity.partnership.Partnerships;
import org.amity.shared.NotFoundException;
import org.amity.shared.web.PortalPaths;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The public catalogue: programs of the partnerships, each with its calls; a call with its rules and an apply form. */
@Controller
class ProgramPages {

	private final Programs programs;
	private final Calls calls;
	private final Partnerships partnerships;
	private final Labels labels;

	ProgramPages(Programs programs, Calls calls, Partnerships partnerships, Labels labels) {
		this.programs = programs;
		this.calls = calls;
		this.partnerships = partnerships;
		this.labels = labels;
	}

	@AccessRule(AccessRule.Audience.PUBLIC)
	@GetMapping(PortalPaths.LANG + "/programs")
	String catalogue(@RequestParam(required = false) String partnership, @RequestParam(required = false) String kind,
			Model model) {
		Long partnershipId = null;
		if (partnership != null && !partnership.isBlank()) {
			partnershipId = partnerships.findBySlug(partnership)
				.orElseThrow(() -> new NotFoundException("partnership", partnership)).id();
		}
		var chosen = java.util.Arrays.stream(ProgramKind.values()).filter(k -> k.name().equals(kind)).findFirst()
			.orElse(null);
		model.addAttribute("programs", programs.catalogue(partnershipId).stream()
			.filter(p -> chosen == null || p.kind() == chosen).toList());
		model.addAttribute("kinds", ProgramKind.values());
		model.addAttribute("kind", chosen);
		model.addAttribute("partnership", partnership);
		return "exchange/programs";
	}

	@AccessRule(AccessRule.Audience.PUBLIC)
	@GetMapping(PortalPaths.LANG + "/programs/{id}")
	String program(@PathVariable long id, Model model) {
		var program = programs.get(id);
		model.addAttribute("program", program);
		model.addAttribute("partnership", partnerships.find(program.partnershipId()).orElse(null));
		model.addAttribute("hosts", labels.organisations(program.hosts()));
		model.addAttribute("senders", labels.organisations(program.senders()));
		model.addAttribute("calls", calls.published(id));
		model.addAttribute("phases", calls.published(id).stream()
			.collect(java.util.stream.Collectors.toMap(c -> c.id(), calls::phase)));
		return "exchange/program";
	}

	@AccessRule(AccessRule.Audience.PUBLIC)
	@GetMapping(PortalPaths.LANG + "/calls/{id}")
	String call(@PathVariable long id, Model model, Locale locale) {
		var call = calls.get(id);
		if (!call.published()) {
			throw new NotFoundException("call", String.valueOf(id));
		}
		model.addAttribute("call", call);
		model.addAttribute("program", programs.get(call.programId()));
		model.addAttribute("directions", labels.directions(call, locale));
		model.addAttribute("phase", calls.phase(call));
		return "exchange/call";
	}
}
