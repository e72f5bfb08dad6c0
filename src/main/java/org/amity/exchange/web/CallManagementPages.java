package org.amity.exchange.web;

import org.amity.identity.AccessRule;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.amity.exchange.Applications;
import org.amity.exchange.Calls;
import org.amity.exchange.Certificates;
import org.amity.exchange.Direction;
import org.amity.exchange.ExchangeRefusedException;
import org.amity.exchange.Host;
import org.amity.exchange.Placements;
import org.amity.exchange.Programs;
import org.amity.exchange.Reviews;
import org.amity.exchange.Selections;
import org.amity.shared.web.PortalPaths;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The coordinators' and reviewers' pages for a call: applications by direction with their ranking, selection,
 * the waiting list and every change of its order, hosts and placement, participants; an application's review page
 * with scores, comments and the conflict-of-interest declaration.
 */
@Controller
class CallManagementPages {

	private final Calls calls;
	private final Programs programs;
	private final Applications applications;
	private final Reviews reviews;
	private final Selections selections;
	private final Placements placements;
	private final Certificates certificates;
	private final Labels labels;
	private final org.amity.actor.Actors actors;

	CallManagementPages(Calls calls, Programs programs, Applications applications, Reviews reviews, Selections selections,
			Placements placements, Certificates certificates, Labels labels, org.amity.actor.Actors actors) {
		this.actors = actors;
		this.calls = calls;
		this.programs = programs;
		this.applications = applications;
		this.reviews = reviews;
		this.selections = selections;
		this.placements = placements;
		this.certificates = certificates;
		this.labels = labels;
	}

	/** One direction of the call as the coordinator's page shows it. */
	record DirectionBoard(Labels.DirectionLabel direction, int quota, List<Row> ranking, List<Long> waitingList,
			List<Host> hosts) {
	}

	record Row(long applicationId, String name, String status, double score, int reviews, Long hostId,
			boolean demo) {
	}

	@AccessRule(AccessRule.Audience.STAFF)
	@GetMapping(PortalPaths.LANG + "/manage/calls")
	String calls(Model model) {
		model.addAttribute("calls", calls.all(null));
		model.addAttribute("programs", programs.catalogue(null).stream()
			.collect(java.util.stream.Collectors.toMap(p -> p.id(), p -> p)));
		return "exchange/manage-calls";
	}

	@AccessRule(AccessRule.Audience.STAFF)
	@GetMapping(PortalPaths.LANG + "/manage/calls/{id}")
	String call(@PathVariable long id, Model model, Locale locale) {
		var call = calls.get(id);
		var all = applications.ofCall(id);
		var byId = new HashMap<Long, org.amity.exchange.Application>();
		all.forEach(a -> byId.put(a.id(), a));
		var placed = placements.placements(id);
		var hosts = placements.hosts(id);
		var boards = new java.util.ArrayList<DirectionBoard>();
		for (var quota : call.settings().quotas()) {
			var direction = quota.direction();
			var rows = reviews.ranking(id, direction).stream().map(e -> {
				var a = byId.get(e.applicationId());
				return new Row(a.id(), a.applicant().name(), a.status().name(), e.score(), e.reviews(),
						placed.get(a.id()), applications.isDemo(a.id()));
			}).toList();
			boards.add(new DirectionBoard(labels.direction(direction, locale), quota.places(), rows,
					selections.waitingList(id, direction),
					hosts.stream().filter(h -> h.direction().equals(direction)).toList()));
		}
		model.addAttribute("call", call);
		model.addAttribute("phase", calls.phase(call));
		model.addAttribute("program", programs.get(call.programId()));
		model.addAttribute("boards", boards);
		model.addAttribute("drafts", all.stream().filter(a -> a.status().name().equals("DRAFT")).count());
		model.addAttribute("names", all.stream().collect(java.util.stream.Collectors.toMap(a -> a.id(),
				a -> a.applicant().name())));
		model.addAttribute("orderChanges", selections.orderChanges(id));
		model.addAttribute("placementChanges", placements.changes(id));
		model.addAttribute("hostNames", hosts.stream().collect(java.util.stream.Collectors.toMap(h -> h.id(),
				Host::name)));
		model.addAttribute("participants", certificates.participants(id));
		model.addAttribute("hostKinds", Host.Kind.values());
		model.addAttribute("organisations", actors.directory(null, null).stream()
			.sorted(java.util.Comparator.comparing((org.amity.actor.Organisation o) -> o.name().in(locale))).toList());
		return "exchange/manage-call";
	}

	@AccessRule(AccessRule.Audience.STAFF)
	@PostMapping(PortalPaths.LANG + "/manage/calls/{id}/close")
	String close(@PathVariable String lang, @PathVariable long id, RedirectAttributes redirect) {
		return Refusals.attempt(redirect, board(lang, id), "closed", () -> calls.closeNow(id));
	}

	@AccessRule(AccessRule.Audience.STAFF)
	@PostMapping(PortalPaths.LANG + "/manage/calls/{id}/publish")
	String publish(@PathVariable String lang, @PathVariable long id, RedirectAttributes redirect) {
		return Refusals.attempt(redirect, board(lang, id), "published", () -> calls.publish(id));
	}

	@AccessRule(AccessRule.Audience.STAFF)
	@PostMapping(PortalPaths.LANG + "/manage/calls/{id}/select")
	String select(@PathVariable String lang, @PathVariable long id, @RequestParam String direction,
			@RequestParam(defaultValue = "0") double minimum, RedirectAttributes redirect) {
		return Refusals.attempt(redirect, board(lang, id), "selected",
				() -> selections.select(id, Direction.parse(direction), Math.max(0, Math.min(100, minimum))));
	}

	@AccessRule(AccessRule.Audience.STAFF)
	@PostMapping(PortalPaths.LANG + "/manage/calls/{id}/waiting-list")
	String move(@PathVariable String lang, @PathVariable long id, @RequestParam String direction,
			@RequestParam long application, @RequestParam int position, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		return Refusals.attempt(redirect, board(lang, id), "moved", () -> {
			selections.move(id, Direction.parse(direction), application, position, limit(reason));
			return null;
		});
	}

	@AccessRule(AccessRule.Audience.STAFF)
	@PostMapping(PortalPaths.LANG + "/manage/calls/{id}/hosts")
	String addHost(@PathVariable String lang, @PathVariable long id,
			@RequestParam org.springframework.util.MultiValueMap<String, String> values, RedirectAttributes redirect) {
		var form = FormValues.of(values);
		return Refusals.attempt(redirect, board(lang, id), "saved", () -> {
			var host = host(form);
			return placements.addHost(id, Direction.parse(form.value("direction")), host.kind(), host.name(),
					host.organisationId(), host.capacity(), host.preferences(), false);
		});
	}

	@AccessRule(AccessRule.Audience.STAFF)
	@PostMapping(PortalPaths.LANG + "/manage/calls/{id}/hosts/{host}")
	String editHost(@PathVariable String lang, @PathVariable long id, @PathVariable("host") long hostId,
			@RequestParam org.springframework.util.MultiValueMap<String, String> values, RedirectAttributes redirect) {
		var form = FormValues.of(values);
		return Refusals.attempt(redirect, board(lang, id), "saved", () -> {
			var host = host(form);
			return placements.editHost(id, hostId, host.kind(), host.name(), host.organisationId(), host.capacity(),
					host.preferences());
		});
	}

	/** A host as its form describes it; an organisation must be one of the directory. */
	private Host host(FormValues form) {
		var kind = StaffForms.parse(Host.Kind.class, form.value("kind"), "kind");
		var capacity = StaffForms.integer(form, "capacity");
		if (capacity == null) {
			throw StaffForms.refused(ExchangeRefusedException.Reason.QUOTA_INVALID, "capacity");
		}
		var organisation = StaffForms.ids(form, "organisation").stream().findFirst().orElse(null);
		if (organisation != null && actors.find(organisation).isEmpty()) {
			throw StaffForms.refused(ExchangeRefusedException.Reason.ORGANISATION_UNKNOWN, "organisation");
		}
		return new Host(0, 0, null, kind, form.value("name").strip(), organisation, capacity,
				StaffForms.idList(form, "preferences"), false);
	}

	@AccessRule(AccessRule.Audience.STAFF)
	@PostMapping(PortalPaths.LANG + "/manage/calls/{id}/match")
	String match(@PathVariable String lang, @PathVariable long id, @RequestParam String direction,
			RedirectAttributes redirect) {
		return Refusals.attempt(redirect, board(lang, id), "matched",
				() -> placements.match(id, Direction.parse(direction)));
	}

	@AccessRule(AccessRule.Audience.STAFF)
	@PostMapping(PortalPaths.LANG + "/manage/calls/{id}/adjust")
	String adjust(@PathVariable String lang, @PathVariable long id, @RequestParam long application,
			@RequestParam long host, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
		return Refusals.attempt(redirect, board(lang, id), "adjusted", () -> {
			placements.adjust(application, host, limit(reason));
			return null;
		});
	}

	@AccessRule(AccessRule.Audience.STAFF)
	@GetMapping(PortalPaths.LANG + "/manage/applications/{id}")
	String application(@PathVariable long id, Model model, Locale locale) {
		var application = applications.forStaff(id);
		var call = calls.get(application.callId());
		model.addAttribute("submission", application);
		model.addAttribute("call", call);
		model.addAttribute("direction", labels.direction(application.direction(), locale));
		model.addAttribute("reviews", reviews.reviews(call.id()).stream()
			.filter(r -> r.applicationId() == id).toList());
		model.addAttribute("conflicts", reviews.conflicts(call.id()).stream()
			.filter(c -> c.applicationId() == id).toList());
		model.addAttribute("demo", applications.isDemo(id));
		return "exchange/manage-application";
	}

	@AccessRule(AccessRule.Audience.STAFF)
	@GetMapping(PortalPaths.LANG + "/manage/applications/{id}/documents/{slot}")
	ResponseEntity<byte[]> document(@PathVariable long id, @PathVariable String slot) {
		var download = applications.documentForStaff(id, slot);
		return ApplicantPages.file(download.bytes(), download.type().mediaType(), download.displayName());
	}

	@AccessRule(AccessRule.Audience.STAFF)
	@GetMapping(PortalPaths.LANG + "/manage/applications/{id}/certificate.pdf")
	ResponseEntity<byte[]> certificate(@PathVariable long id) {
		return ApplicantPages.file(certificates.forStaff(id), "application/pdf", "certificate.pdf");
	}

	@AccessRule(AccessRule.Audience.STAFF)
	@PostMapping(PortalPaths.LANG + "/manage/applications/{id}/review")
	String review(@PathVariable String lang, @PathVariable long id, @RequestParam Map<String, String> form,
			RedirectAttributes redirect) {
		return Refusals.attempt(redirect, "/" + lang + "/manage/applications/" + id, "reviewed", () -> {
			var scores = new HashMap<String, Integer>();
			form.forEach((name, value) -> {
				if (name.startsWith("score.")) {
					try {
						scores.put(name.substring("score.".length()), Integer.parseInt(value.strip()));
					}
					catch (NumberFormatException e) {
						throw new ExchangeRefusedException(ExchangeRefusedException.Reason.SCORE_OUT_OF_RANGE,
								"Not a number", List.of(name.substring("score.".length())));
					}
				}
			});
			reviews.score(id, scores, limit(form.get("comment")));
			return null;
		});
	}

	@AccessRule(AccessRule.Audience.STAFF)
	@PostMapping(PortalPaths.LANG + "/manage/applications/{id}/conflict")
	String conflict(@PathVariable String lang, @PathVariable long id,
			@RequestParam(required = false) String statement, RedirectAttributes redirect) {
		return Refusals.attempt(redirect, "/" + lang + "/manage/applications/" + id, "declared", () -> {
			reviews.declareConflict(id, limit(statement));
			return null;
		});
	}

	private static String limit(String text) {
		return text == null ? null : text.length() > 5_000 ? text.substring(0, 5_000) : text;
	}

	private static String board(String lang, long id) {
		return "/" + lang + "/manage/calls/" + id;
	}
}
