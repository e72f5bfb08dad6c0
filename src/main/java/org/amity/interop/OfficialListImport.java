package org.amity.interop;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.amity.city.Countries;
import org.amity.city.Gazetteer;
import org.amity.city.NewPlace;
import org.amity.city.Place;
import org.amity.city.PlaceIndex;
import org.amity.city.PlaceLevel;
import org.amity.city.PlaceNotFoundException;
import org.amity.partnership.Partnership;
import org.amity.partnership.PartnershipType;
import org.amity.partnership.Partnerships;
import org.amity.shared.InvalidPartialDateException;
import org.amity.shared.PartialDate;
import org.springframework.stereotype.Service;

/**
 * Imports a city government's official list of its partners
 * ({@code partner,partner_country,partner_kind,relationship,date_of_affiliation}). These are curated records: their
 * type and date win over scraped ones, which only keep their source beside them.
 */
@Service
public class OfficialListImport {

	static final List<String> COLUMNS = List.of("partner", "partner_country", "partner_kind", "relationship",
			"date_of_affiliation");

	private final Gazetteer gazetteer;
	private final Partnerships partnerships;
	private final ImportLog log;

	OfficialListImport(Gazetteer gazetteer, Partnerships partnerships, ImportLog log) {
		this.gazetteer = gazetteer;
		this.partnerships = partnerships;
		this.log = log;
	}

	public ImportReport run(byte[] file, String ownerSlug, String sourceName, ImportProgress progress) {
		var table = CsvTable.read(file, COLUMNS);
		var owner = gazetteer.findBySlug(ownerSlug).orElseThrow(() -> new PlaceNotFoundException(ownerSlug));
		var report = new ImportReport("partners", sourceName);
		return log.run(report, work -> {
			var index = gazetteer.index();
			var pairs = partnerships.pairIndex(sourceName);
			int done = 0;
			for (var row : table.rows()) {
				report.rowRead();
				importRow(row, owner, index, pairs, sourceName, report);
				progress.advance("partners", ++done, table.rows().size());
			}
		});
	}

	private void importRow(CsvTable.Row row, Place owner, PlaceIndex index, Partnerships.PairIndex pairs,
			String sourceName, ImportReport report) {
		var name = row.get("partner");
		if (name.isBlank()) {
			report.unresolved(row.line(), ImportReport.Problem.Reason.MISSING_NAME, "partner is empty");
			return;
		}
		if (name.length() > 300) {
			report.unresolved(row.line(), ImportReport.Problem.Reason.MALFORMED_ROW, "partner is longer than 300 characters");
			return;
		}
		var country = Countries.resolve(row.get("partner_country"));
		if (country.isEmpty()) {
			report.unresolved(row.line(), ImportReport.Problem.Reason.UNKNOWN_COUNTRY, row.get("partner_country"));
			return;
		}
		var level = level(row.get("partner_kind"));
		var type = type(row.get("relationship"));
		if (type.isEmpty()) {
			report.unresolved(row.line(), ImportReport.Problem.Reason.UNKNOWN_TYPE, row.get("relationship"));
			return;
		}
		PartialDate since;
		try {
			since = PartialDate.parse(row.get("date_of_affiliation"));
		}
		catch (InvalidPartialDateException e) {
			report.unresolved(row.line(), ImportReport.Problem.Reason.INVALID_DATE, row.get("date_of_affiliation"));
			return;
		}
		var partner = find(index, country.get(), name, level).orElseGet(() -> {
			report.placesCreated(1);
			return gazetteer.register(List.of(new NewPlace(country.get(), level, null, name, Map.of(), List.of(), null,
					null, null, null, sourceName)), index).get(0);
		});
		if (partner.id() == owner.id()) {
			report.unresolved(row.line(), ImportReport.Problem.Reason.SAME_PLACE_TWICE, name);
			return;
		}
		if (pairs.find(owner.id(), partner.id()).isPresent()) {
			report.countMergedIntoExisting();
		}
		else {
			report.partnershipsCreated(1);
		}
		var recorded = partnerships.recordOfficial(owner.id(), partner.id(), pairs.newSlug(owner.slug(), partner.slug()), type.get(),
				since, new Partnership.Source(sourceName, "line " + row.line()));
		// a partner listed twice in one file is one partnership: the second row merges into the first
		pairs.remember(owner.id(), partner.id(), recorded.id());
	}

	/** A state is also found under "X State" and "State of X", as lists of twin towns write it. */
	private static Optional<Place> find(PlaceIndex index, String country, String name, PlaceLevel level) {
		var names = level == PlaceLevel.STATE ? List.of(name, name + " State", "State of " + name) : List.of(name);
		for (var candidate : names) {
			var found = index.find(country, null, candidate).stream().filter(p -> p.level() == level).findFirst();
			if (found.isPresent()) {
				return found;
			}
		}
		return Optional.empty();
	}

	private static PlaceLevel level(String kind) {
		return switch (kind.strip().toLowerCase(Locale.ROOT)) {
			case "state", "prefecture", "province", "region" -> PlaceLevel.STATE;
			case "ward", "district", "borough" -> PlaceLevel.WARD;
			default -> PlaceLevel.CITY;
		};
	}

	private static Optional<PartnershipType> type(String relationship) {
		return switch (relationship.strip().toLowerCase(Locale.ROOT)) {
			case "sister", "sister city", "sister state", "twin", "twinning" -> Optional.of(PartnershipType.SISTER);
			case "friendship", "friendship city" -> Optional.of(PartnershipType.FRIENDSHIP);
			case "partnership", "cooperation", "partnership/cooperation" -> Optional.of(PartnershipType.PARTNERSHIP);
			default -> Optional.empty();
		};
	}
}
