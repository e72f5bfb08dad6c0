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
	private final org.springframework.context.MessageSource messages;

	ProgramPages(Programs programs, Calls calls, Partnerships partnerships, Labels labels,
			org.springframework.context.MessageSource messages) {
		this.messages = messages;
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

	/** The catalogue as a file, filtered as the page is, in the page's language. */
	@AccessRule(AccessRule.Audience.PUBLIC)
	@GetMapping(PortalPaths.LANG + "/programs.{format:csv|xlsx}")
	org.springframework.http.ResponseEntity<byte[]> catalogueFile(@PathVariable String format,
			@RequestParam(required = false) String partnership, @RequestParam(required = false) String kind,
			Locale locale) {
		Long partnershipId = null;
		if (partnership != null && !partnership.isBlank()) {
			partnershipId = partnerships.findBySlug(partnership)
				.orElseThrow(() -> new NotFoundException("partnership", partnership)).id();
		}
		var chosen = java.util.Arrays.stream(ProgramKind.values()).filter(k -> k.name().equals(kind)).findFirst()
			.orElse(null);
		var slugs = new java.util.HashMap<Long, String>();
		var rows = programs.catalogue(partnershipId).stream()
			.filter(p -> chosen == null || p.kind() == chosen)
			.map(p -> java.util.List.<Object>of(p.title().in(locale),
					messages.getMessage("exchange.kind." + p.kind(), null, locale),
					slugs.computeIfAbsent(p.partnershipId(),
							id -> partnerships.find(id).map(x -> x.slug()).orElse("")),
					messages.getMessage(p.confirmed() ? "exchange.program.confirmed" : "exchange.program.unconfirmed",
							null, locale),
					String.join(", ", labels.organisations(p.hosts()).stream().map(o -> o.name().in(locale)).toList()),
					String.join(", ",
							labels.organisations(p.senders()).stream().map(o -> o.name().in(locale)).toList())))
			.toList();
		var columns = java.util.stream.Stream.of("exchange.col.title", "exchange.program.kind", "exchange.col.partnership",
				"exchange.program.status", "exchange.program.hosts", "exchange.program.senders")
			.map(key -> messages.getMessage(key, null, locale)).toList();
		return org.amity.shared.web.Downloads.of(new org.amity.shared.Table(
				messages.getMessage("exchange.programs.heading", null, locale), columns, rows), format,
				"amity-programs");
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
