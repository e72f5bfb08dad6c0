package org.amity.exchange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.amity.actor.Actors;
import org.amity.actor.Organisation;
import org.amity.approval.ChangeApplier;
import org.amity.approval.Proposal;
import org.amity.partnership.PartnershipNotFoundException;
import org.amity.partnership.Partnerships;
import org.amity.shared.LocalizedText;
import org.amity.shared.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * A joint program as bilateral approval sees it: its contents as fields of text beside a proposal, and applied back
 * when the partner city approves. Approving also confirms the program, since both cities have then agreed on it. A
 * proposal made on an older version is refused rather than applied over what changed since.
 */
@Component
class ProgramChanges implements ChangeApplier {

	static final String KIND = "exchange.program";

	private final ExchangeRepository repository;
	private final Partnerships partnerships;
	private final Actors actors;
	private final ExchangeAudit audit;

	ProgramChanges(ExchangeRepository repository, Partnerships partnerships, Actors actors, ExchangeAudit audit) {
		this.repository = repository;
		this.partnerships = partnerships;
		this.actors = actors;
		this.audit = audit;
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public long version(long recordId) {
		return program(recordId).version();
	}

	@Override
	public Map<String, String> current(long recordId) {
		return fields(program(recordId));
	}

	@Override
	public void apply(Proposal proposal) {
		var program = program(proposal.recordId());
		if (program.version() != proposal.baseVersion()) {
			throw new ExchangeRefusedException(ExchangeRefusedException.Reason.CONCURRENT_CHANGE,
					"The program changed after the proposal was made");
		}
		var partnership = partnerships.find(program.partnershipId())
			.orElseThrow(() -> new PartnershipNotFoundException(String.valueOf(program.partnershipId())));
		var fields = proposal.proposed();
		var changed = program.with(ProgramKind.valueOf(fields.get("programKind")),
				blank(fields.get("programTerm")) ? null : ProgramKind.Term.valueOf(fields.get("programTerm")),
				text(fields, "title"), text(fields, "description"), organisations(fields.get("hosts")),
				organisations(fields.get("senders")));
		var confirmed = new Program(changed.id(), changed.partnershipId(), changed.kind(), changed.term(),
				changed.title(), changed.description(), changed.hosts(), changed.senders(), changed.proposedBy(),
				partnership.partnerOf(program.proposedBy()), changed.demo(), changed.version());
		if (!repository.update(confirmed, program.version())) {
			throw new ExchangeRefusedException(ExchangeRefusedException.Reason.CONCURRENT_CHANGE,
					"The program changed after the proposal was made");
		}
		var after = program(program.id());
		Programs.relate(actors, program, after);
		audit.program(after, program.confirmed() ? "change approved" : "confirmed by the partner city", program,
				after);
	}

	/** A program's contents as the side-by-side view shows them; organisations by their directory names. */
	Map<String, String> fields(Program program) {
		var fields = new LinkedHashMap<String, String>();
		fields.put("programKind", program.kind().name());
		fields.put("programTerm", program.term() == null ? "" : program.term().name());
		for (var language : LocalizedText.LANGUAGES) {
			fields.put("title." + language, program.title().exactly(language).orElse(""));
			fields.put("description." + language, program.description().exactly(language).orElse(""));
		}
		fields.put("hosts", slugs(program.hosts()));
		fields.put("senders", slugs(program.senders()));
		fields.put("confirmed", program.confirmed() ? "yes" : "no");
		return fields;
	}

	/** The fields of a program as a proposal would leave it: confirmed by both cities. */
	Map<String, String> proposed(Program program) {
		var fields = fields(program);
		fields.put("confirmed", "yes");
		return fields;
	}

	private String slugs(List<Long> ids) {
		return String.join(", ", actors.findAll(ids).stream().map(Organisation::slug).toList());
	}

	private List<Long> organisations(String slugs) {
		var ids = new ArrayList<Long>();
		if (slugs == null) {
			return ids;
		}
		for (var slug : slugs.split(",\\s*")) {
			if (!slug.isBlank()) {
				ids.add(actors.find(slug.strip()).orElseThrow(() -> new NotFoundException("organisation", slug)).id());
			}
		}
		return ids;
	}

	private static LocalizedText text(Map<String, String> fields, String name) {
		var texts = new LinkedHashMap<String, String>();
		for (var language : LocalizedText.LANGUAGES) {
			var text = fields.get(name + "." + language);
			if (!blank(text)) {
				texts.put(language, text);
			}
		}
		return new LocalizedText(texts);
	}

	private Program program(long id) {
		return repository.program(id).orElseThrow(() -> new NotFoundException("program", String.valueOf(id)));
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}
}
