package org.amity.interop;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import org.amity.city.Gazetteer;
import org.amity.city.Place;
import org.amity.partnership.Agreement;
import org.amity.partnership.AgreementKind;
import org.amity.partnership.CooperationField;
import org.amity.partnership.Partnership;
import org.amity.partnership.PartnershipStatus;
import org.amity.partnership.PartnershipType;
import org.amity.partnership.Partnerships;
import org.amity.partnership.Term;
import org.amity.shared.InvalidPartialDateException;
import org.amity.shared.PartialDate;
import org.springframework.stereotype.Service;

/**
 * Imports the agreements and milestones of partnerships ({@code date,kind,title,parties,fields,note}, parties and
 * fields separated by semicolons). An agreement already recorded (same kind, date and title) is not recorded twice; a
 * founding agreement between two places without a partnership registers it.
 */
@Service
public class AgreementImport {

	static final List<String> COLUMNS = List.of("date", "kind", "title", "parties", "fields", "note");

	private final Gazetteer gazetteer;
	private final Partnerships partnerships;
	private final ImportLog log;

	AgreementImport(Gazetteer gazetteer, Partnerships partnerships, ImportLog log) {
		this.gazetteer = gazetteer;
		this.partnerships = partnerships;
		this.log = log;
	}

	public ImportReport run(byte[] file, String sourceName, ImportProgress progress) {
		var table = CsvTable.read(file, COLUMNS);
		var report = new ImportReport("agreements", sourceName);
		return log.run(report, work -> {
			var index = gazetteer.index();
			int done = 0;
			for (var row : table.rows()) {
				report.rowRead();
				importRow(row, index, sourceName, report);
				progress.advance("agreements", ++done, table.rows().size());
			}
		});
	}

	private void importRow(CsvTable.Row row, org.amity.city.PlaceIndex index, String sourceName, ImportReport report) {
		AgreementKind kind;
		try {
			kind = AgreementKind.valueOf(row.get("kind").toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			report.unresolved(row.line(), ImportReport.Problem.Reason.UNKNOWN_KIND, row.get("kind"));
			return;
		}
		PartialDate date;
		try {
			date = PartialDate.parse(row.get("date"));
		}
		catch (InvalidPartialDateException e) {
			report.unresolved(row.line(), ImportReport.Problem.Reason.INVALID_DATE, row.get("date"));
			return;
		}
		var parties = new ArrayList<Place>();
		for (var name : row.get("parties").split(";")) {
			var found = index.findAnywhere(name.strip());
			if (found.isEmpty()) {
				report.unresolved(row.line(), ImportReport.Problem.Reason.UNKNOWN_PLACE, name.strip());
				return;
			}
			parties.add(found.get(0));
		}
		if (parties.size() != 2 || parties.get(0).id() == parties.get(1).id()) {
			report.unresolved(row.line(), ImportReport.Problem.Reason.SAME_PLACE_TWICE,
					"an agreement needs two different parties: " + row.get("parties"));
			return;
		}
		var fields = EnumSet.noneOf(CooperationField.class);
		for (var text : row.get("fields").split(";")) {
			CooperationField.parse(text).ifPresent(fields::add);
		}
		long a = parties.get(0).id();
		long b = parties.get(1).id();
		var partnership = partnerships.between(a, b);
		if (partnership.isEmpty()) {
			if (kind != AgreementKind.FOUNDING_AGREEMENT) {
				report.unresolved(row.line(), ImportReport.Problem.Reason.NO_PARTNERSHIP,
						row.get("parties") + " have no partnership to attach a " + kind + " to");
				return;
			}
			var slugs = partnerships.pairIndex(sourceName);
			partnership = java.util.Optional.of(partnerships.register(a, b,
					slugs.newSlug(parties.get(0).slug(), parties.get(1).slug()), PartnershipType.SISTER, date,
					PartnershipStatus.ACTIVE, true, new Partnership.Source(sourceName, "line " + row.line())));
			report.partnershipsCreated(1);
		}
		var title = row.get("title");
		if (title.isBlank() || title.length() > 1000) {
			report.unresolved(row.line(), ImportReport.Problem.Reason.MALFORMED_ROW,
					"the title must have 1 to 1000 characters");
			return;
		}
		boolean known = partnership.get().agreements().stream()
			.anyMatch(x -> x.kind() == kind && java.util.Objects.equals(x.signedOn(), date) && x.title().equals(title));
		if (known) {
			report.countMergedIntoExisting();
			return;
		}
		var signatures = parties.stream().map(p -> new Agreement.Signature(p.id(), date)).toList();
		var note = row.get("note").isBlank() ? null : row.get("note");
		partnerships.recordAgreement(partnership.get().id(), new Agreement(null, kind, title, date, null, signatures,
				Term.UNSPECIFIED, fields, 1, null, note, sourceName));
		report.agreementCreated();
	}
}
