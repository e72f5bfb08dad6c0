package org.amity.partnership;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

import org.amity.approval.ChangeApplier;
import org.amity.approval.Proposal;
import org.amity.shared.PartialDate;

/**
 * A partnership's shared records as bilateral approval sees them: its agreements and its status, each written as
 * fields of text for the side-by-side view, and applied back when the partner city approves. Both kinds are checked
 * against the partnership's one version, so an agreement approved in between makes a status proposal stale too.
 */
abstract class SharedChanges implements ChangeApplier {

	static final String AGREEMENT = "partnership.agreement";
	static final String STATUS = "partnership.status";

	final Partnerships partnerships;

	SharedChanges(Partnerships partnerships) {
		this.partnerships = partnerships;
	}

	Partnership partnership(long id) {
		return partnerships.find(id).orElseThrow(() -> new PartnershipNotFoundException(String.valueOf(id)));
	}

	@Override
	public long version(long recordId) {
		return partnership(recordId).version();
	}

	/**
	 * Applies the change on the proposal's version. A change that lands in between is refused as a concurrent change,
	 * which rolls the whole approval back: the proposal stays pending rather than approved without its change.
	 */
	void applyAt(Proposal proposal, java.util.function.Consumer<Partnership> change, String cause) {
		partnerships.changeAt(proposal.recordId(), proposal.baseVersion(), change, cause);
	}

	/** The fields of a proposed agreement. */
	static Map<String, String> fields(Agreement agreement) {
		var fields = new LinkedHashMap<String, String>();
		fields.put("kind", agreement.kind().name());
		fields.put("title", agreement.title());
		fields.put("signedOn", agreement.signedOn() == null ? "" : agreement.signedOn().toString());
		fields.put("signedAt", agreement.signedAt() == null ? "" : agreement.signedAt());
		fields.put("term", agreement.term().toString());
		fields.put("fields", String.join(", ", new TreeSet<>(agreement.fields().stream().map(Enum::name).toList())));
		fields.put("note", agreement.note() == null ? "" : agreement.note());
		return fields;
	}

	/** The agreement a proposal's fields describe, sourced to the proposal. */
	static Agreement agreement(Map<String, String> fields, String source) {
		var term = switch (fields.getOrDefault("term", "")) {
			case "INDEFINITE" -> Term.INDEFINITE;
			case "", "UNSPECIFIED" -> Term.UNSPECIFIED;
			default -> Term.years(Integer.parseInt(fields.get("term").replaceAll("[^0-9]", "")));
		};
		var cooperation = new ArrayList<CooperationField>();
		for (var name : fields.getOrDefault("fields", "").split(",\\s*")) {
			if (!name.isBlank()) {
				cooperation.add(CooperationField.valueOf(name));
			}
		}
		return new Agreement(null, AgreementKind.valueOf(fields.get("kind")), fields.get("title"),
				blank(fields.get("signedOn")) ? null : PartialDate.parse(fields.get("signedOn")),
				blank(fields.get("signedAt")) ? null : fields.get("signedAt"), java.util.List.of(), term,
				java.util.Set.copyOf(cooperation), 1, null, blank(fields.get("note")) ? null : fields.get("note"),
				source);
	}

	static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	/** New agreements: the list of titles now, and the proposed agreement's fields. */
	@org.springframework.stereotype.Component
	static class Agreements extends SharedChanges {

		Agreements(Partnerships partnerships) {
			super(partnerships);
		}

		@Override
		public String kind() {
			return AGREEMENT;
		}

		@Override
		public Map<String, String> current(long recordId) {
			var titles = partnership(recordId).agreements().stream()
				.map(a -> (a.signedOn() == null ? "" : a.signedOn() + " ") + a.title()).toList();
			return Map.of("agreements", String.join("\n", titles));
		}

		@Override
		public void apply(Proposal proposal) {
			var agreement = agreement(proposal.proposed(), "proposal " + proposal.id());
			applyAt(proposal, p -> p.recordAgreement(agreement), "agreement approved");
		}
	}

	/** Status changes: the status now with its last effective date and reason, and the proposed ones. */
	@org.springframework.stereotype.Component
	static class Status extends SharedChanges {

		Status(Partnerships partnerships) {
			super(partnerships);
		}

		@Override
		public String kind() {
			return STATUS;
		}

		@Override
		public Map<String, String> current(long recordId) {
			var partnership = partnership(recordId);
			var last = partnership.history().isEmpty() ? null
					: partnership.history().get(partnership.history().size() - 1);
			var fields = new LinkedHashMap<String, String>();
			fields.put("status", partnership.status().name());
			fields.put("effective", last == null || last.effective() == null ? "" : last.effective().toString());
			fields.put("reason", last == null || last.reason() == null ? "" : last.reason());
			return fields;
		}

		@Override
		public void apply(Proposal proposal) {
			var fields = proposal.proposed();
			var status = PartnershipStatus.valueOf(fields.get("status"));
			var effective = blank(fields.get("effective")) ? null : PartialDate.parse(fields.get("effective"));
			applyAt(proposal, p -> p.changeStatus(status, effective, fields.get("reason"), "proposal " + proposal.id()),
					"status approved");
		}
	}
}
