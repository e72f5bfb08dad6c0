package org.amity.audit.web;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.amity.audit.AuditEntry;
import org.amity.audit.AuditTrail;
import org.amity.identity.AccessRule;
import org.amity.shared.web.PortalPaths;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit trail as staff browse it: one record's changes (type and id, such as a partnership's number), with who
 * made each, when, in which role, and the record before and after.
 */
@AccessRule(AccessRule.Audience.STAFF)
@Controller
class AuditController {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
		.withZone(ZoneOffset.UTC);

	private final AuditTrail audit;
	private final org.amity.city.Gazetteer gazetteer;

	AuditController(AuditTrail audit, org.amity.city.Gazetteer gazetteer) {
		this.audit = audit;
		this.gazetteer = gazetteer;
	}

	@GetMapping(PortalPaths.LANG + "/manage/audit")
	String history(@RequestParam(required = false) String type, @RequestParam(required = false) String id,
			Model model, java.util.Locale locale) {
		var recordType = type == null || type.isBlank() ? "partnership" : type.strip();
		var recordId = id == null ? "" : id.strip();
		model.addAttribute("type", recordType);
		model.addAttribute("id", recordId);
		var valid = !recordId.isEmpty() && recordId.length() <= 200 && recordType.length() <= 50;
		model.addAttribute("invalid", !recordId.isEmpty() && !valid);
		model.addAttribute("entries",
				valid ? audit.history(recordType, recordId).stream().map(entry -> Row.of(entry, cities(entry, locale))).toList() : java.util.List.of());
		model.addAttribute("asked", valid);
		return "audit";
	}

	/** The names of the cities the actor acted as staff of, in the page's language. */
	private String cities(AuditEntry entry, java.util.Locale locale) {
		return entry.actorCities()
			.stream()
			.map(city -> gazetteer.find(city).map(place -> place.nameIn(locale)).orElse("#" + city))
			.collect(java.util.stream.Collectors.joining(", "));
	}

	/** An entry with its time written out and the cities its actor acted for named. */
	record Row(String at, String actor, String actorRoles, String actorCities, String action, String before,
			String after) {

		static Row of(AuditEntry entry, String actorCities) {
			return new Row(TIME.format(entry.at()), entry.actor(), entry.actorRoles(), actorCities, entry.action(),
					entry.before(), entry.after());
		}
	}
}
