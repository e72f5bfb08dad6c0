package org.amity.interop;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.amity.city.Countries;
import org.amity.city.Gazetteer;
import org.amity.city.NewPlace;
import org.amity.city.PlaceLevel;
import org.springframework.stereotype.Service;

/**
 * Imports curated gazetteer entries ({@code country,level,parent,en,ko,ja,id,aliases,latitude,longitude,wikidata}):
 * places with their names in the platform's languages. A place that already exists gains the names and aliases; a new
 * one is registered, states and cities before the wards that name them as parent.
 */
@Service
public class GazetteerSeedImport {

	static final List<String> COLUMNS = List.of("country", "level", "parent", "en", "ko", "ja", "id", "aliases",
			"latitude", "longitude", "wikidata");
	private static final List<String> LANGUAGES = List.of("ko", "ja", "id");

	private final Gazetteer gazetteer;
	private final ImportLog log;

	GazetteerSeedImport(Gazetteer gazetteer, ImportLog log) {
		this.gazetteer = gazetteer;
		this.log = log;
	}

	public ImportReport run(byte[] file, String sourceName, ImportProgress progress) {
		var table = CsvTable.read(file, COLUMNS);
		var report = new ImportReport("gazetteer", sourceName);
		return log.run(report, work -> {
			var index = gazetteer.index();
			var rows = table.rows();
			var topLevel = rows.stream().filter(r -> r.get("parent").isBlank()).toList();
			var wards = rows.stream().filter(r -> !r.get("parent").isBlank()).toList();
			for (var batch : List.of(topLevel, wards)) {
				var created = new ArrayList<NewPlace>();
				for (var row : batch) {
					report.rowRead();
					var place = read(row, index, report);
					if (place == null) {
						continue;
					}
					var existing = index.find(place.country(), place.parentId(), place.name()).stream()
						.filter(p -> p.level() == place.level())
						.findFirst();
					if (existing.isPresent()) {
						gazetteer.addNames(existing.get().id(), place.names(), place.aliases());
						if (place.latitude() != null) {
							gazetteer.setCoordinatesWhereMissing(
									Map.of(existing.get().id(), new double[] { place.latitude(), place.longitude() }));
						}
						report.countMergedIntoExisting();
					}
					else {
						created.add(place);
					}
				}
				report.placesCreated(gazetteer.register(created, index).size());
			}
			progress.advance("gazetteer", 1, 1);
		});
	}

	private static NewPlace read(CsvTable.Row row, org.amity.city.PlaceIndex index, ImportReport report) {
		var country = Countries.resolve(row.get("country"));
		if (country.isEmpty()) {
			report.unresolved(row.line(), ImportReport.Problem.Reason.UNKNOWN_COUNTRY, row.get("country"));
			return null;
		}
		PlaceLevel level;
		try {
			level = PlaceLevel.valueOf(row.get("level").toUpperCase(java.util.Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			report.unresolved(row.line(), ImportReport.Problem.Reason.UNKNOWN_KIND, row.get("level"));
			return null;
		}
		Long parentId = null;
		if (!row.get("parent").isBlank()) {
			var parent = index.find(country.get(), null, row.get("parent")).stream().findFirst();
			if (parent.isEmpty()) {
				report.unresolved(row.line(), ImportReport.Problem.Reason.UNKNOWN_PLACE, row.get("parent"));
				return null;
			}
			parentId = parent.get().id();
		}
		if (row.get("en").isBlank()) {
			report.unresolved(row.line(), ImportReport.Problem.Reason.MISSING_NAME, "en is empty");
			return null;
		}
		var names = new LinkedHashMap<String, String>();
		for (var language : LANGUAGES) {
			if (!row.get(language).isBlank()) {
				names.put(language, row.get(language));
			}
		}
		var aliases = Arrays.stream(row.get("aliases").split("\\|")).map(String::strip).filter(a -> !a.isEmpty()).toList();
		Double latitude = null;
		Double longitude = null;
		try {
			if (!row.get("latitude").isBlank()) {
				latitude = Double.parseDouble(row.get("latitude"));
				longitude = Double.parseDouble(row.get("longitude"));
			}
		}
		catch (NumberFormatException e) {
			report.unresolved(row.line(), ImportReport.Problem.Reason.MALFORMED_ROW, "coordinates: " + e.getMessage());
			return null;
		}
		var wikidata = row.get("wikidata").isBlank() ? null : row.get("wikidata");
		if (wikidata != null && !wikidata.matches("Q[0-9]+")) {
			report.unresolved(row.line(), ImportReport.Problem.Reason.MALFORMED_ROW, "wikidata: " + wikidata);
			return null;
		}
		if (latitude != null && (Math.abs(latitude) > 90 || Math.abs(longitude) > 180)) {
			report.unresolved(row.line(), ImportReport.Problem.Reason.MALFORMED_ROW, "coordinates out of range");
			return null;
		}
		if (row.get("en").length() > 300) {
			report.unresolved(row.line(), ImportReport.Problem.Reason.MALFORMED_ROW, "en is longer than 300 characters");
			return null;
		}
		return new NewPlace(country.get(), level, parentId, row.get("en"), names, aliases, latitude, longitude, null,
				wikidata, "gazetteer");
	}
}
