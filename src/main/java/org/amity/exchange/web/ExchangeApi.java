package org.amity.exchange.web;

import org.amity.identity.AccessRule;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.amity.exchange.Call;
import org.amity.exchange.CallSettings;
import org.amity.exchange.Calls;
import org.amity.exchange.Program;
import org.amity.exchange.Programs;
import org.amity.partnership.PartnershipNotFoundException;
import org.amity.partnership.Partnerships;
import org.amity.shared.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The program catalogue and published calls as JSON, with titles in the caller's language and in every language. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Exchange programs")
class ExchangeApi {

	private final Programs programs;
	private final Calls calls;
	private final Partnerships partnerships;
	private final Labels labels;

	ExchangeApi(Programs programs, Calls calls, Partnerships partnerships, Labels labels) {
		this.programs = programs;
		this.calls = calls;
		this.partnerships = partnerships;
		this.labels = labels;
	}

	record ProgramJson(long id, long partnershipId, String kind, String term, String title,
			Map<String, String> titles, Map<String, String> descriptions, List<Long> hosts, List<Long> senders,
			boolean confirmed, boolean demo) {
	}

	record QuotaJson(String direction, long from, long to, String label, int places) {
	}

	record CallJson(long id, long programId, int year, String title, Map<String, String> titles, LocalDate opens,
			LocalDate closes, String phase, List<QuotaJson> quotas, CallSettings.Eligibility eligibility,
			List<String> fields, List<String> documents, boolean demo) {
	}

	@AccessRule(AccessRule.Audience.PUBLIC)
	@GetMapping("/programs")
	@Operation(summary = "Programs of every partnership, or of one partnership by its slug")
	List<ProgramJson> programs(@RequestParam(required = false) String partnership, Locale locale) {
		Long id = null;
		if (partnership != null && !partnership.isBlank()) {
			id = partnerships.findBySlug(partnership).orElseThrow(() -> new PartnershipNotFoundException(partnership))
				.id();
		}
		return programs.catalogue(id).stream().map(p -> json(p, locale)).toList();
	}

	@AccessRule(AccessRule.Audience.PUBLIC)
	@GetMapping("/programs/{id}")
	@Operation(summary = "One program")
	ProgramJson program(@PathVariable long id, Locale locale) {
		return json(programs.get(id), locale);
	}

	@AccessRule(AccessRule.Audience.PUBLIC)
	@GetMapping("/programs/{id}/calls")
	@Operation(summary = "A program's published calls")
	List<CallJson> calls(@PathVariable long id, Locale locale) {
		programs.get(id);
		return calls.published(id).stream().map(c -> json(c, locale)).toList();
	}

	@AccessRule(AccessRule.Audience.PUBLIC)
	@GetMapping("/calls/{id}")
	@Operation(summary = "One published call with its quotas, eligibility rules and form")
	CallJson call(@PathVariable long id, Locale locale) {
		var call = calls.get(id);
		if (!call.published()) {
			throw new NotFoundException("call", String.valueOf(id));
		}
		return json(call, locale);
	}

	private ProgramJson json(Program p, Locale locale) {
		return new ProgramJson(p.id(), p.partnershipId(), p.kind().name(), p.term() == null ? null : p.term().name(),
				p.title().in(locale), p.title().texts(), p.description().texts(), p.hosts(), p.senders(),
				p.confirmed(), p.demo());
	}

	private CallJson json(Call c, Locale locale) {
		var labelsByKey = labels.directions(c, locale);
		var quotas = c.settings().quotas().stream().map(q -> {
			var label = labelsByKey.stream().filter(l -> l.key().equals(q.direction().key())).findFirst()
				.map(Labels.DirectionLabel::label).orElse(q.direction().key());
			return new QuotaJson(q.direction().key(), q.direction().from(), q.direction().to(), label, q.places());
		}).toList();
		return new CallJson(c.id(), c.programId(), c.year(), c.title().in(locale), c.title().texts(), c.opens(),
				c.closes(), calls.phase(c).name(), quotas, c.settings().eligibility(),
				c.settings().fields().stream().map(CallSettings.Field::key).toList(),
				c.settings().documents().stream().map(CallSettings.Document::key).toList(), c.demo());
	}
}
