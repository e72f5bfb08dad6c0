package org.amity.exchange.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.amity.actor.Actors;
import org.amity.actor.Organisation;
import org.amity.exchange.Call;
import org.amity.exchange.CallSettings;
import org.amity.exchange.Calls;
import org.amity.exchange.Direction;
import org.amity.exchange.DocumentType;
import org.amity.exchange.ExchangeRefusedException;
import org.amity.exchange.Program;
import org.amity.exchange.ProgramKind;
import org.amity.exchange.Programs;
import org.amity.identity.AccessRule;
import org.amity.identity.CurrentUser;
import org.amity.partnership.Partnership;
import org.amity.partnership.PartnershipSummary;
import org.amity.partnership.Partnerships;
import org.amity.shared.LocalizedText;
import org.amity.shared.NotFoundException;
import org.amity.shared.web.PortalPaths;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The staff's pages for setting up exchanges: proposing and editing a program of their city's partnership (kind,
 * titles and descriptions in four languages, host and sending organisations of the actor directory), confirming the
 * partner's proposal, and preparing or editing a call (dates, places per direction, eligibility rules, the form's
 * questions and documents, review criteria). A refused form comes back with what was typed and the reason.
 */
@Controller
class ProgramManagementPages {

	private final Programs programs;
	private final Calls calls;
	private final Partnerships partnerships;
	private final Actors actors;
	private final Labels labels;
	private final CurrentUser currentUser;

	ProgramManagementPages(Programs programs, Calls calls, Partnerships partnerships, Actors actors, Labels labels,
			CurrentUser currentUser) {
		this.programs = programs;
		this.calls = calls;
		this.partnerships = partnerships;
		this.actors = actors;
		this.labels = labels;
		this.currentUser = currentUser;
	}

	@AccessRule(AccessRule.Audience.STAFF)
	@GetMapping(PortalPaths.LANG + "/manage/programs")
	String programs(Model model) {
		model.addAttribute("programs", programs.planned());
		return "exchange/manage-programs";
	}

	@AccessRule(AccessRule.Audience.STAFF)
	@GetMapping(PortalPaths.LANG + "/manage/programs/new")
	String newProgram(@RequestParam(required = false) String partnership, Model model, Locale locale) {
		programs.planned();
		return programForm(model, FormValues.empty().set("partnership", partnership), null, locale);
	}

	@AccessRule(AccessRule.Audience.STAFF)
	@PostMapping(PortalPaths.LANG + "/manage/programs")
	String create(@PathVariable String lang, @RequestParam MultiValueMap<String, String> values, Model model,
			Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		var form = FormValues.of(values);
		try {
			var partnership = partnership(form);
			var program = programs.create(partnership.id(), StaffForms.kind(form), StaffForms.term(form),
					StaffForms.text(form, "title"), StaffForms.text(form, "description"),
					StaffForms.ids(form, "hosts"), StaffForms.ids(form, "senders"), proposer(form, partnership),
					false);
			redirect.addFlashAttribute("done", program.confirmed() ? "saved" : "proposed");
			return "redirect:/" + lang + "/manage/programs/" + program.id();
		}
		catch (ExchangeRefusedException e) {
			return refused(model, response, e, () -> programForm(model, form, null, locale));
		}
	}

	@AccessRule(AccessRule.Audience.STAFF)
	@GetMapping(PortalPaths.LANG + "/manage/programs/{id}")
	String program(@PathVariable long id, Model model, Locale locale) {
		var program = planned(id);
		var slug = partnerships.find(program.partnershipId()).map(Partnership::slug).orElse("");
		return programForm(model, StaffForms.programValues(program, slug), program, locale);
	}

	@AccessRule(AccessRule.Audience.STAFF)
	@PostMapping(PortalPaths.LANG + "/manage/programs/{id}")
	String edit(@PathVariable String lang, @PathVariable long id, @RequestParam MultiValueMap<String, String> values,
			Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		var program = planned(id);
		var form = FormValues.of(values);
		try {
			var version = StaffForms.integer(form, "version");
			var edit = programs.edit(id, version == null ? -1 : version, StaffForms.kind(form), StaffForms.term(form),
					StaffForms.text(form, "title"), StaffForms.text(form, "description"),
					StaffForms.ids(form, "hosts"), StaffForms.ids(form, "senders"));
			redirect.addFlashAttribute("done", edit.awaitsPartner() ? "proposed" : "saved");
			return "redirect:/" + lang + "/manage/programs/" + id;
		}
		catch (ExchangeRefusedException e) {
			form.set("partnership", partnerships.find(program.partnershipId()).map(Partnership::slug).orElse(""));
			return refused(model, response, e, () -> programForm(model, form, program, locale));
		}
	}

	@AccessRule(AccessRule.Audience.STAFF)
	@PostMapping(PortalPaths.LANG + "/manage/programs/{id}/confirm")
	String confirm(@PathVariable String lang, @PathVariable long id, RedirectAttributes redirect) {
		var program = planned(id);
		var partnership = partnerships.find(program.partnershipId())
			.orElseThrow(() -> new NotFoundException("partnership", String.valueOf(program.partnershipId())));
		return Refusals.attempt(redirect, "/" + lang + "/manage/programs/" + id, "program-confirmed",
				() -> programs.confirm(id, partnership.partnerOf(program.proposedBy())));
	}

	@AccessRule(AccessRule.Audience.STAFF)
	@GetMapping(PortalPaths.LANG + "/manage/programs/{id}/calls/new")
	String newCall(@PathVariable long id, Model model, Locale locale) {
		var program = planned(id);
		var form = FormValues.empty().set("year", java.time.LocalDate.now().getYear() + 1);
		return callForm(model, form, program, null, locale);
	}

	@AccessRule(AccessRule.Audience.STAFF)
	@PostMapping(PortalPaths.LANG + "/manage/programs/{id}/calls")
	String prepare(@PathVariable String lang, @PathVariable long id,
			@RequestParam MultiValueMap<String, String> values, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		var program = planned(id);
		var form = FormValues.of(values);
		try {
			var call = calls.prepare(id, StaffForms.year(form), StaffForms.text(form, "title"),
					StaffForms.date(form, "opens"), StaffForms.date(form, "closes"),
					StaffForms.settings(form, directions(program)), false);
			redirect.addFlashAttribute("done", "saved");
			return "redirect:/" + lang + "/manage/calls/" + call.id();
		}
		catch (ExchangeRefusedException e) {
			return refused(model, response, e, () -> callForm(model, form, program, null, locale));
		}
	}

	@AccessRule(AccessRule.Audience.STAFF)
	@GetMapping(PortalPaths.LANG + "/manage/calls/{id}/edit")
	String editCall(@PathVariable long id, Model model, Locale locale) {
		var call = calls.get(id);
		var program = planned(call.programId());
		return callForm(model, StaffForms.callValues(call), program, call, locale);
	}

	@AccessRule(AccessRule.Audience.STAFF)
	@PostMapping(PortalPaths.LANG + "/manage/calls/{id}/edit")
	String saveCall(@PathVariable String lang, @PathVariable long id,
			@RequestParam MultiValueMap<String, String> values, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		var call = calls.get(id);
		var program = planned(call.programId());
		var form = FormValues.of(values);
		try {
			calls.edit(id, StaffForms.year(form), StaffForms.text(form, "title"), StaffForms.date(form, "opens"),
					StaffForms.date(form, "closes"), StaffForms.settings(form, directions(program)));
			redirect.addFlashAttribute("done", "saved");
			return "redirect:/" + lang + "/manage/calls/" + id;
		}
		catch (ExchangeRefusedException e) {
			return refused(model, response, e, () -> callForm(model, form, program, call, locale));
		}
	}

	/** A program the caller plans; another city's program is not found, as if it did not exist. */
	private Program planned(long id) {
		return programs.planned().stream().filter(p -> p.id() == id).findFirst()
			.orElseThrow(() -> new NotFoundException("program", String.valueOf(id)));
	}

	private String programForm(Model model, FormValues form, Program program, Locale locale) {
		var caller = currentUser.get();
		model.addAttribute("form", form);
		model.addAttribute("program", program);
		model.addAttribute("kinds", ProgramKind.values());
		model.addAttribute("terms", ProgramKind.Term.values());
		model.addAttribute("languages", LocalizedText.LANGUAGES);
		model.addAttribute("organisations", actors.directory(null, null).stream()
			.sorted(Comparator.comparing((Organisation o) -> o.name().in(locale))).toList());
		var own = new ArrayList<PartnershipSummary>();
		if (!caller.isPlatformAdmin()) {
			caller.staffCities().forEach(city -> own.addAll(partnerships.involving(city)));
		}
		model.addAttribute("partnerships", own.stream().map(PartnershipSummary::slug).distinct().sorted().toList());
		if (program != null) {
			var partnership = partnerships.find(program.partnershipId()).orElse(null);
			model.addAttribute("partnership", partnership);
			model.addAttribute("places", partnership == null ? Map.of()
					: labels.places(List.of(partnership.placeA(), partnership.placeB())));
			model.addAttribute("proposals", programs.proposals(program.id()));
			model.addAttribute("calls", calls.all(program.id()));
			model.addAttribute("mayConfirm", partnership != null && !program.confirmed()
					&& caller.isStaffOf(partnership.partnerOf(program.proposedBy())));
		}
		return program == null ? "exchange/manage-program-new" : "exchange/manage-program";
	}

	private String callForm(Model model, FormValues form, Program program, Call call, Locale locale) {
		model.addAttribute("form", form);
		model.addAttribute("program", program);
		model.addAttribute("call", call);
		model.addAttribute("languages", LocalizedText.LANGUAGES);
		var directions = new ArrayList<Labels.DirectionLabel>();
		for (var direction : directions(program)) {
			directions.add(labels.direction(direction, locale));
		}
		model.addAttribute("directions", directions);
		model.addAttribute("levels", CallSettings.LanguageLevel.values());
		model.addAttribute("fieldTypes", CallSettings.FieldType.values());
		model.addAttribute("documentTypes", DocumentType.values());
		model.addAttribute("fieldRows", range(StaffForms.rows(form, "field")));
		model.addAttribute("documentRows", range(StaffForms.rows(form, "document")));
		model.addAttribute("criterionRows", range(StaffForms.rows(form, "criterion")));
		return "exchange/manage-call-form";
	}

	private List<Direction> directions(Program program) {
		var partnership = partnerships.find(program.partnershipId())
			.orElseThrow(() -> new NotFoundException("partnership", String.valueOf(program.partnershipId())));
		var ab = new Direction(partnership.placeA(), partnership.placeB());
		return List.of(ab, ab.reverse());
	}

	private Partnership partnership(FormValues form) {
		var slug = form.text("partnership");
		if (slug == null || slug.length() > 200) {
			throw StaffForms.refused(ExchangeRefusedException.Reason.FIELD_UNKNOWN, "partnership");
		}
		return partnerships.findBySlug(slug)
			.orElseThrow(() -> StaffForms.refused(ExchangeRefusedException.Reason.FIELD_UNKNOWN, "partnership"));
	}

	/** The caller's own city of the two; a platform admin, or staff of both, names it. */
	private long proposer(FormValues form, Partnership partnership) {
		var caller = currentUser.get();
		boolean a = caller.isStaffOf(partnership.placeA());
		boolean b = caller.isStaffOf(partnership.placeB());
		if (a != b) {
			return a ? partnership.placeA() : partnership.placeB();
		}
		var chosen = form.text("proposer");
		return "B".equals(chosen) ? partnership.placeB()
				: partnership.placeA();
	}

	private static List<Integer> range(int n) {
		return java.util.stream.IntStream.range(0, n).boxed().toList();
	}

	private static String refused(Model model, HttpServletResponse response, ExchangeRefusedException e,
			java.util.function.Supplier<String> page) {
		response.setStatus(422);
		model.addAttribute("refusal", new Refusals.Refusal(e.reason().name(), e.details()));
		return page.get();
	}
}
