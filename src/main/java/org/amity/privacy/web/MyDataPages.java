package org.amity.privacy.web;

import org.amity.identity.AccessRule;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

import org.amity.privacy.ConsentRefusedException;
import org.amity.privacy.Consents;
import org.amity.privacy.Guardian;
import org.amity.privacy.Jurisdiction;
import org.amity.privacy.PersonalData;
import org.amity.privacy.Purpose;
import org.amity.shared.NotFoundException;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A signed-in person's own data: what Amity holds, downloads as JSON and CSV, corrections, consent per purpose (with a
 * guardian's for minors), the request to be erased, and the log of what was done with it. Works without JavaScript.
 */
@Controller
class MyDataPages {

	static final int MAX_VALUE = 320;

	private final PersonalData personalData;
	private final Consents consents;
	private final PrivacyTimes times;

	MyDataPages(PersonalData personalData, Consents consents, PrivacyTimes times) {
		this.personalData = personalData;
		this.consents = consents;
		this.times = times;
	}

	@AccessRule(AccessRule.Audience.SIGNED_IN)
	@GetMapping(PortalPaths.LANG + "/me/data")
	String page(@PathVariable String lang, Model model) {
		model.addAttribute("sections", personalData.mine());
		model.addAttribute("correctable", personalData.correctable());
		model.addAttribute("purposes", Arrays.asList(Purpose.values()));
		var mine = new java.util.HashMap<String, org.amity.privacy.Consent>();
		consents.mine().forEach((purpose, consent) -> mine.put(purpose.name(), consent));
		model.addAttribute("consents", mine);
		model.addAttribute("jurisdictions", Arrays.asList(Jurisdiction.values()));
		model.addAttribute("suggested", Jurisdiction.suggestedFor(lang));
		model.addAttribute("requests", personalData.myRequests());
		model.addAttribute("log", personalData.myLog());
		model.addAttribute("now", Instant.now());
		return "privacy/my-data";
	}

	@AccessRule(AccessRule.Audience.SIGNED_IN)
	@GetMapping(PortalPaths.LANG + "/me/data/export.json")
	ResponseEntity<byte[]> json() {
		return download(personalData.exportJson(), "my-data.json", MediaType.APPLICATION_JSON);
	}

	@AccessRule(AccessRule.Audience.SIGNED_IN)
	@GetMapping(PortalPaths.LANG + "/me/data/export.csv")
	ResponseEntity<byte[]> csv() {
		return download(personalData.exportCsv(), "my-data.csv", new MediaType("text", "csv", StandardCharsets.UTF_8));
	}

	@AccessRule(AccessRule.Audience.SIGNED_IN)
	@PostMapping(PortalPaths.LANG + "/me/data/corrections")
	String correct(@PathVariable String lang, @RequestParam String section, @RequestParam String field,
			@RequestParam(defaultValue = "") String value, RedirectAttributes redirect) {
		try {
			if (value.length() > MAX_VALUE) {
				throw new IllegalArgumentException("too long");
			}
			personalData.correct(section, field, value);
			redirect.addFlashAttribute("notice", "privacy.me.corrected");
		}
		catch (IllegalArgumentException | NotFoundException e) {
			redirect.addFlashAttribute("error", "privacy.me.correction-refused");
		}
		return "redirect:/" + lang + "/me/data#correct";
	}

	@AccessRule(AccessRule.Audience.SIGNED_IN)
	@PostMapping(PortalPaths.LANG + "/me/data/consents")
	String consent(@PathVariable String lang, @RequestParam String purpose, @RequestParam String decision,
			@RequestParam(defaultValue = "") String jurisdiction, @RequestParam(defaultValue = "") String birthDate,
			@RequestParam(defaultValue = "") String guardianName,
			@RequestParam(defaultValue = "") String guardianContact,
			@RequestParam(defaultValue = "false") boolean guardianConfirmed, RedirectAttributes redirect) {
		try {
			var chosen = Purpose.valueOf(purpose);
			if ("withdraw".equals(decision)) {
				consents.withdraw(chosen, lang);
				redirect.addFlashAttribute("notice", "privacy.me.consent-withdrawn");
			}
			else {
				var law = jurisdiction.isBlank() ? Jurisdiction.suggestedFor(lang) : Jurisdiction.valueOf(jurisdiction);
				var born = birthDate.isBlank() ? null : LocalDate.parse(birthDate);
				var guardian = guardianName.isBlank() && guardianContact.isBlank() && !guardianConfirmed ? null
						: new Guardian(guardianName, guardianContact, guardianConfirmed);
				consents.give(chosen, lang, law, born, guardian);
				redirect.addFlashAttribute("notice", "privacy.me.consent-given");
			}
		}
		catch (ConsentRefusedException e) {
			redirect.addFlashAttribute("error", "privacy.consent.refused." + e.reason());
		}
		catch (IllegalArgumentException | DateTimeParseException e) {
			redirect.addFlashAttribute("error", "privacy.consent.refused.BIRTH_DATE");
		}
		return "redirect:/" + lang + "/me/data#consents";
	}

	@AccessRule(AccessRule.Audience.SIGNED_IN)
	@PostMapping(PortalPaths.LANG + "/me/data/deletion")
	String deletion(@PathVariable String lang, @RequestParam(defaultValue = "") String jurisdiction,
			@RequestParam(defaultValue = "false") boolean confirm, RedirectAttributes redirect) {
		if (!confirm) {
			redirect.addFlashAttribute("error", "privacy.me.deletion.confirm-required");
			return "redirect:/" + lang + "/me/data#deletion";
		}
		Jurisdiction law;
		try {
			law = jurisdiction.isBlank() ? Jurisdiction.suggestedFor(lang) : Jurisdiction.valueOf(jurisdiction);
		}
		catch (IllegalArgumentException e) {
			law = Jurisdiction.suggestedFor(lang);
		}
		var request = personalData.requestDeletion(law);
		redirect.addFlashAttribute("notice", "privacy.me.deletion.requested");
		redirect.addFlashAttribute("due", times.format(request.dueAt()));
		return "redirect:/" + lang + "/me/data#deletion";
	}

	private static ResponseEntity<byte[]> download(String body, String name, MediaType type) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(body.getBytes(StandardCharsets.UTF_8));
	}
}
