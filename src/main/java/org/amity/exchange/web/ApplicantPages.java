package org.amity.exchange.web;

import org.amity.identity.AccessRule;

import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.amity.exchange.Applications;
import org.amity.exchange.CallSettings;
import org.amity.exchange.Certificates;
import org.amity.exchange.Direction;
import org.amity.exchange.ExchangeRefusedException;
import org.amity.exchange.Placements;
import org.amity.exchange.Profile;
import org.amity.exchange.Programs;
import org.amity.shared.web.PortalPaths;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An applicant's own pages: their application with its status, to-do list and eligibility explained; the draft
 * form, uploads, submission, confirming or declining a place, withdrawal, and the certificate. The page's address holds
 * the application's secret key, so it is never cached nor sent on as a referrer.
 */
@Controller
class ApplicantPages {

	private final Applications applications;
	private final Programs programs;
	private final Placements placements;
	private final Certificates certificates;
	private final Labels labels;
	private final org.springframework.context.MessageSource messages;

	ApplicantPages(Applications applications, Programs programs, Placements placements, Certificates certificates,
			Labels labels, org.springframework.context.MessageSource messages) {
		this.messages = messages;
		this.applications = applications;
		this.programs = programs;
		this.placements = placements;
		this.certificates = certificates;
		this.labels = labels;
	}

	@AccessRule(AccessRule.Audience.PUBLIC)
	@PostMapping(PortalPaths.LANG + "/applications")
	String start(@PathVariable String lang, @RequestParam long call, @RequestParam(required = false) String direction,
			@RequestParam(required = false) String name, @RequestParam(required = false) String email,
			RedirectAttributes redirect) {
		try {
			var application = applications.start(call, Direction.parse(direction == null ? "" : direction), name,
					email, lang, false);
			return "redirect:/" + lang + "/applications/" + application.applicant().accessKey();
		}
		catch (ExchangeRefusedException e) {
			redirect.addFlashAttribute("refusal", new Refusals.Refusal(e.reason().name(), e.details()));
			redirect.addFlashAttribute("typedName", name);
			redirect.addFlashAttribute("typedEmail", email);
			return "redirect:/" + lang + "/calls/" + call + "#apply";
		}
	}

	@AccessRule(AccessRule.Audience.PUBLIC)
	@GetMapping(PortalPaths.LANG + "/applications/{key}")
	String application(@PathVariable String key, Model model, Locale locale, HttpServletResponse response) {
		privatePage(response);
		var view = applications.view(key);
		var call = view.call();
		model.addAttribute("view", view);
		model.addAttribute("submission", view.application());
		model.addAttribute("call", call);
		model.addAttribute("program", programs.get(call.programId()));
		model.addAttribute("direction", labels.direction(view.application().direction(), locale));
		var places = labels.places(List.of(view.application().direction().from(), view.application().direction().to()));
		model.addAttribute("residences", places.values());
		model.addAttribute("levels", CallSettings.LanguageLevel.values());
		var hosts = placements.hosts(call.id()).stream()
			.filter(h -> h.direction().equals(view.application().direction())).toList();
		model.addAttribute("hosts", hosts);
		model.addAttribute("host", hosts.stream().filter(h -> h.id() == (view.hostId() == null ? -1 : view.hostId()))
			.findFirst().orElse(null));
		model.addAttribute("wishes", placements.wishes(call.id()).getOrDefault(view.application().id(), List.of()));
		model.addAttribute("explanations", view.eligibility().stream().map(v -> explain(v, locale)).toList());
		model.addAttribute("base", "/" + locale.getLanguage() + "/applications/" + key);
		return "exchange/application";
	}

	@AccessRule(AccessRule.Audience.PUBLIC)
	@PostMapping(PortalPaths.LANG + "/applications/{key}/draft")
	String saveDraft(@PathVariable String lang, @PathVariable String key, @RequestParam Map<String, String> form,
			RedirectAttributes redirect) {
		return Refusals.attempt(redirect, page(lang, key), "saved", () -> {
			var answers = new LinkedHashMap<String, String>();
			form.forEach((name, value) -> {
				if (name.startsWith("answer.")) {
					answers.put(name.substring("answer.".length()), value);
				}
			});
			return applications.saveDraft(key, profile(form), answers);
		});
	}

	@AccessRule(AccessRule.Audience.PUBLIC)
	@PostMapping(PortalPaths.LANG + "/applications/{key}/documents")
	String upload(@PathVariable String lang, @PathVariable String key, @RequestParam String slot,
			@RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) {
		return Refusals.attempt(redirect, page(lang, key), "uploaded", () -> {
			if (file == null || file.isEmpty()) {
				throw new ExchangeRefusedException(ExchangeRefusedException.Reason.DOCUMENT_TYPE, "No file",
						List.of(slot));
			}
			try {
				return applications.upload(key, slot, file.getOriginalFilename(), file.getBytes());
			}
			catch (IOException e) {
				throw new java.io.UncheckedIOException(e);
			}
		});
	}

	@AccessRule(AccessRule.Audience.PUBLIC)
	@GetMapping(PortalPaths.LANG + "/applications/{key}/documents/{slot}")
	ResponseEntity<byte[]> document(@PathVariable String key, @PathVariable String slot) {
		var download = applications.document(key, slot);
		return file(download.bytes(), download.type().mediaType(), download.displayName());
	}

	@AccessRule(AccessRule.Audience.PUBLIC)
	@PostMapping(PortalPaths.LANG + "/applications/{key}/submit")
	String submit(@PathVariable String lang, @PathVariable String key, RedirectAttributes redirect) {
		return Refusals.attempt(redirect, page(lang, key), "submitted", () -> applications.submit(key));
	}

	@AccessRule(AccessRule.Audience.PUBLIC)
	@PostMapping(PortalPaths.LANG + "/applications/{key}/confirm")
	String confirm(@PathVariable String lang, @PathVariable String key, RedirectAttributes redirect) {
		return Refusals.attempt(redirect, page(lang, key), "confirmed", () -> applications.confirmPlace(key));
	}

	@AccessRule(AccessRule.Audience.PUBLIC)
	@PostMapping(PortalPaths.LANG + "/applications/{key}/withdraw")
	String withdraw(@PathVariable String lang, @PathVariable String key,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		var trimmed = reason == null ? null : reason.length() > 500 ? reason.substring(0, 500) : reason;
		return Refusals.attempt(redirect, page(lang, key), "withdrawn", () -> applications.withdraw(key, trimmed));
	}

	@AccessRule(AccessRule.Audience.PUBLIC)
	@PostMapping(PortalPaths.LANG + "/applications/{key}/hosts")
	String wish(@PathVariable String lang, @PathVariable String key,
			@RequestParam(name = "host", required = false) List<Long> hosts, RedirectAttributes redirect) {
		return Refusals.attempt(redirect, page(lang, key), "saved", () -> {
			var view = applications.view(key);
			placements.wish(view.application(), hosts == null ? List.of() : hosts);
			return view;
		});
	}

	@AccessRule(AccessRule.Audience.PUBLIC)
	@GetMapping(PortalPaths.LANG + "/applications/{key}/certificate.pdf")
	ResponseEntity<byte[]> certificate(@PathVariable String key) {
		var pdf = certificates.forApplicant(key);
		return file(pdf, MediaType.APPLICATION_PDF_VALUE, "certificate.pdf");
	}

	/** A rule's verdict in words: languages and levels named in the reader's language, not by their codes. */
	record Explanation(String policy, boolean met, String text) {
	}

	private Explanation explain(org.amity.exchange.EligibilityPolicy.Verdict verdict, Locale locale) {
		var args = new java.util.ArrayList<Object>(verdict.arguments());
		if (verdict.policy().equals("language") && args.size() == 3) {
			args.set(0, messages.getMessage("exchange.language." + args.get(0), null, locale));
			args.set(1, messages.getMessage("exchange.level." + args.get(1), null, locale));
			args.set(2, messages.getMessage("exchange.level." + args.get(2), null, locale));
		}
		return new Explanation(verdict.policy(), verdict.met(), messages.getMessage(
				"exchange.policy." + verdict.policy() + "." + verdict.reason(), args.toArray(), locale));
	}

	private static Profile profile(Map<String, String> form) {
		java.time.LocalDate born = null;
		var birth = form.get("birthDate");
		if (birth != null && !birth.isBlank()) {
			try {
				born = java.time.LocalDate.parse(birth.strip());
			}
			catch (java.time.format.DateTimeParseException e) {
				throw new ExchangeRefusedException(ExchangeRefusedException.Reason.FIELD_UNKNOWN, "Not a date",
						List.of("birthDate"));
			}
		}
		Long residence = null;
		var place = form.get("residence");
		if (place != null && !place.isBlank()) {
			try {
				residence = Long.parseLong(place.strip());
			}
			catch (NumberFormatException e) {
				throw new ExchangeRefusedException(ExchangeRefusedException.Reason.FIELD_UNKNOWN, "Not a place",
						List.of("residence"));
			}
		}
		var languages = new HashMap<String, CallSettings.LanguageLevel>();
		form.forEach((name, value) -> {
			if (name.startsWith("level.") && value != null && !value.isBlank()) {
				var language = name.substring("level.".length());
				if (!org.amity.shared.LocalizedText.LANGUAGES.contains(language)) {
					throw new ExchangeRefusedException(ExchangeRefusedException.Reason.FIELD_UNKNOWN, "No language",
							List.of(name));
				}
				try {
					languages.put(language, CallSettings.LanguageLevel.valueOf(value));
				}
				catch (IllegalArgumentException e) {
					throw new ExchangeRefusedException(ExchangeRefusedException.Reason.FIELD_UNKNOWN, "No level",
							List.of(name));
				}
			}
		});
		return new Profile(born, residence, languages);
	}

	static ResponseEntity<byte[]> file(byte[] bytes, String mediaType, String name) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(mediaType))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name, java.nio.charset.StandardCharsets.UTF_8).build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.header("Content-Security-Policy", "default-src 'none'; sandbox")
			.body(bytes);
	}

	private static void privatePage(HttpServletResponse response) {
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		response.setHeader("Referrer-Policy", "no-referrer");
	}

	private static String page(String lang, String key) {
		return "/" + lang + "/applications/" + key;
	}
}
