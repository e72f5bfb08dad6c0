package org.amity.interop;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.amity.city.Countries;
import org.amity.city.Gazetteer;
import org.amity.city.NewPlace;
import org.amity.city.Place;
import org.amity.city.PlaceIndex;
import org.amity.city.PlaceLevel;
import org.amity.partnership.NewPartnership;
import org.amity.partnership.Partnership;
import org.amity.partnership.PartnershipStatus;
import org.amity.partnership.PartnershipType;
import org.amity.partnership.Partnerships;
import org.amity.shared.Names;
import org.springframework.stereotype.Service;

/**
 * Imports a list of twin-city pairs ({@code city1,country1,city2,country2}) by entity resolution, not by copying: each
 * name is resolved to a government of the gazetteer (country spellings unified, wards recognised in their two
 * spellings and kept apart from their city, places created where none matches), A–B and B–A fold into one
 * partnership, pairs the registry already has (a curated list wins) only gain this source, and coordinates come from
 * the geocoded companion file. Everything happens in one transaction: a failure leaves the registry as it was, and a
 * second run of the same file changes nothing.
 */
@Service
public class TwinCityImport {

	static final List<String> COLUMNS = List.of("city1", "country1", "city2", "country2");
	private static final List<String> GEOCODED_COLUMNS = List.of("city1", "country1", "lat1", "lng1", "city2",
			"country2", "lat2", "lng2");

	private final Gazetteer gazetteer;
	private final Partnerships partnerships;
	private final ImportLog log;

	TwinCityImport(Gazetteer gazetteer, Partnerships partnerships, ImportLog log) {
		this.gazetteer = gazetteer;
		this.partnerships = partnerships;
		this.log = log;
	}

	/**
	 * Imports the pairs; {@code geocoded} may be null. The file is checked whole before anything is written, so a
	 * badly encoded file is refused with the line of its first bad byte.
	 */
	public ImportReport run(byte[] pairs, byte[] geocoded, String sourceName, ImportProgress progress) {
		var table = CsvTable.read(pairs, COLUMNS);
		var geocodedTable = geocoded == null ? null : CsvTable.read(geocoded, GEOCODED_COLUMNS);
		var report = new ImportReport("twin-cities", sourceName);
		return log.run(report, work -> {
			new Resolution(table, geocodedTable, sourceName, report, progress).run();
		});
	}

	/** One run's working state. */
	private final class Resolution {

		private final CsvTable table;
		private final CsvTable geocoded;
		private final String sourceName;
		private final ImportReport report;
		private final ImportProgress progress;
		private final PlaceIndex index;
		private final Map<String, String> keys = new HashMap<>();
		private final Map<String, java.util.Optional<String>> countries = new HashMap<>();
		private final Map<String, double[]> points;

		Resolution(CsvTable table, CsvTable geocoded, String sourceName, ImportReport report, ImportProgress progress) {
			this.table = table;
			this.geocoded = geocoded;
			this.sourceName = sourceName;
			this.report = report;
			this.progress = progress;
			this.index = gazetteer.index();
			this.points = geocoded == null ? Map.of() : points(geocoded);
		}

		void run() {
			var rows = table.rows();
			long total = rows.size();
			var sides = new ArrayList<Side[]>(rows.size());
			var lines = new ArrayList<Long>(rows.size());
			for (int i = 0; i < rows.size(); i++) {
				var row = rows.get(i);
				report.rowRead();
				var pair = readRow(row);
				if (pair != null) {
					sides.add(pair);
					lines.add(row.line());
				}
				if (i % 2000 == 0) {
					progress.advance("read", i, total);
				}
			}
			progress.advance("read", total, total);

			var knownCities = knownCityKeys(sides);
			var topLevel = new LinkedHashMap<String, Resolved>();
			var wards = new LinkedHashMap<String, Resolved>();
			for (var pair : sides) {
				for (int s = 0; s < 2; s++) {
					var side = pair[s];
					if (side.parsed.isWard() && side.parsed.bracketed()
							&& !knownCities.contains(side.country + "|" + key(side.parsed.parent()))) {
						side.parsed = side.parsed.asWritten();
					}
					var parentKey = side.parsed.isWard() ? topKey(side.country, side.parsed.parent()) : null;
					if (parentKey != null) {
						topLevel.computeIfAbsent(parentKey,
								k -> resolveTop(side.country, side.parsed.parent(), PlaceLevel.CITY));
					}
					else {
						topLevel.computeIfAbsent(topKey(side.country, side.parsed.name()),
								k -> resolveTop(side.country, side.parsed.name(), side.parsed.level()));
					}
				}
			}
			locateNew(sides, side -> side.parsed.isWard() ? null : topLevel.get(topKey(side.country, side.parsed.name())));
			registerNew(topLevel.values());
			progress.advance("places", 1, 2);

			for (var pair : sides) {
				for (var side : pair) {
					if (side.parsed.isWard()) {
						var parent = topLevel.get(topKey(side.country, side.parsed.parent()));
						side.resolved = wards.computeIfAbsent(parent.id() + "|" + key(side.parsed.name()),
								k -> resolveWard(side.country, parent.id(), side.parsed.name()));
					}
					else {
						side.resolved = topLevel.get(topKey(side.country, side.parsed.name()));
					}
				}
			}
			locateNew(sides, side -> side.parsed.isWard() ? side.resolved : null);
			registerNew(wards.values());
			progress.advance("places", 2, 2);

			foldPairs(sides, lines);
			attachCoordinates(sides);
		}

		private Side[] readRow(CsvTable.Row row) {
			if (!row.isComplete()) {
				report.unresolved(row.line(), ImportReport.Problem.Reason.MALFORMED_ROW,
						"expected 4 fields, found " + row.record().size());
				return null;
			}
			var pair = new Side[2];
			for (int s = 0; s < 2; s++) {
				var name = row.get("city" + (s + 1));
				var countryText = row.get("country" + (s + 1));
				if (name.isBlank()) {
					report.unresolved(row.line(), ImportReport.Problem.Reason.MISSING_NAME,
							"city" + (s + 1) + " is empty");
					return null;
				}
				if (name.length() > 300) {
					report.unresolved(row.line(), ImportReport.Problem.Reason.MALFORMED_ROW,
							"city" + (s + 1) + " is longer than 300 characters");
					return null;
				}
				var country = countries.computeIfAbsent(countryText, Countries::resolve);
				if (country.isEmpty()) {
					report.unresolved(row.line(), ImportReport.Problem.Reason.UNKNOWN_COUNTRY,
							"'" + countryText + "' (for " + name + ") is not a country Amity knows");
					return null;
				}
				pair[s] = new Side(name, countryText, country.get(), PlaceNameParser.parse(name));
			}
			return pair;
		}

		/** Cities that a bracketed name may refer to: every plain name and every dash-form parent in the file. */
		private Set<String> knownCityKeys(List<Side[]> sides) {
			var known = new HashSet<String>();
			for (var pair : sides) {
				for (var side : pair) {
					var top = side.parsed.isWard() && !side.parsed.bracketed() ? side.parsed.parent()
							: side.parsed.isWard() ? null : side.parsed.name();
					if (top != null) {
						known.add(side.country + "|" + key(top));
					}
				}
			}
			for (var pair : sides) {
				for (var side : pair) {
					if (side.parsed.bracketed() && !index.find(side.country, null, side.parsed.parent()).isEmpty()) {
						known.add(side.country + "|" + key(side.parsed.parent()));
					}
				}
			}
			return known;
		}

		private Resolved resolveTop(String country, String name, PlaceLevel level) {
			var found = index.find(country, null, name);
			var sameLevel = found.stream().filter(p -> p.level() == level).findFirst();
			var match = sameLevel.or(() -> found.stream().filter(p -> p.level() != PlaceLevel.WARD).findFirst());
			return match.map(Resolved::existing)
				.orElseGet(() -> Resolved.create(new NewPlace(country, level, null, name, Map.of(), List.of(), null,
						null, null, null, sourceName)));
		}

		private Resolved resolveWard(String country, long parentId, String name) {
			var found = index.find(country, parentId, name);
			return found.stream().findFirst().map(Resolved::existing)
				.orElseGet(() -> Resolved.create(new NewPlace(country, PlaceLevel.WARD, parentId, name, Map.of(),
						List.of(), null, null, null, null, sourceName)));
		}

		/**
		 * New places take their coordinates in the insert itself: updating thousands of rows just written would write
		 * them and their index entries twice. The first spelling in the file that has a point wins.
		 */
		private void locateNew(List<Side[]> sides, java.util.function.Function<Side, Resolved> resolvedOf) {
			for (var pair : sides) {
				for (var side : pair) {
					var resolved = resolvedOf.apply(side);
					if (resolved == null || resolved.place != null || resolved.newPlace.latitude() != null) {
						continue;
					}
					var point = points.get(side.raw + "|" + side.countryText);
					if (point != null) {
						resolved.newPlace = resolved.newPlace.at(point[0], point[1]);
						report.coordinatesAttached(1);
					}
				}
			}
		}

		private void registerNew(java.util.Collection<Resolved> resolved) {
			var toCreate = resolved.stream().filter(r -> r.place == null).toList();
			var created = gazetteer.register(toCreate.stream().map(r -> r.newPlace).toList(), index);
			for (int i = 0; i < created.size(); i++) {
				toCreate.get(i).place = created.get(i);
			}
			report.placesCreated(created.size());
		}

		private void foldPairs(List<Side[]> sides, List<Long> lines) {
			var registry = partnerships.pairIndex(sourceName);
			var seen = new HashSet<String>();
			var created = new ArrayList<NewPartnership>();
			var sourcesToAdd = new HashMap<Long, Partnership.Source>();
			for (int i = 0; i < sides.size(); i++) {
				var a = sides.get(i)[0];
				var b = sides.get(i)[1];
				long line = lines.get(i);
				for (var side : List.of(a, b)) {
					if (!side.raw.equals(side.resolved.place.name())) {
						report.nameMerged();
					}
				}
				long idA = a.resolved.id();
				long idB = b.resolved.id();
				if (idA == idB) {
					report.unresolved(line, ImportReport.Problem.Reason.SAME_PLACE_TWICE,
							a.raw + " and " + b.raw + " are the same place");
					continue;
				}
				var key = Math.min(idA, idB) + "-" + Math.max(idA, idB);
				if (!seen.add(key)) {
					report.mergedDuplicate();
					continue;
				}
				var existing = registry.find(idA, idB);
				if (existing.isPresent()) {
					report.countMergedIntoExisting();
					if (!registry.hasSource(existing.get())) {
						sourcesToAdd.put(existing.get(), new Partnership.Source(sourceName, "line " + line));
					}
					continue;
				}
				created.add(new NewPartnership(idA, idB,
						registry.newSlug(a.resolved.place.slug(), b.resolved.place.slug()), PartnershipType.SISTER, null,
						PartnershipStatus.SIGNED, new Partnership.Source(sourceName, "line " + line)));
			}
			partnerships.registerAll(created, sourcesToAdd, "import " + sourceName);
			report.partnershipsCreated(created.size());
			progress.advance("partnerships", 1, 1);
		}

		private static Map<String, double[]> points(CsvTable geocoded) {
			var points = new HashMap<String, double[]>();
			for (var row : geocoded.rows()) {
				for (int s = 1; s <= 2; s++) {
					try {
						double lat = Double.parseDouble(row.get("lat" + s));
						double lng = Double.parseDouble(row.get("lng" + s));
						if (Math.abs(lat) <= 90 && Math.abs(lng) <= 180) {
							points.putIfAbsent(row.get("city" + s) + "|" + row.get("country" + s),
									new double[] { lat, lng });
						}
					}
					catch (NumberFormatException e) {
						// a row without coordinates is simply skipped: the pair itself comes from the main file
					}
				}
			}
			return points;
		}

		/** Places that existed before this import and still lack coordinates take them from the geocoded file. */
		private void attachCoordinates(List<Side[]> sides) {
			if (points.isEmpty()) {
				return;
			}
			var coordinates = new HashMap<Long, double[]>();
			for (var pair : sides) {
				for (var side : pair) {
					var place = side.resolved.place;
					if (!place.hasCoordinates() && !coordinates.containsKey(place.id())) {
						var point = points.get(side.raw + "|" + side.countryText);
						if (point != null) {
							coordinates.put(place.id(), point);
						}
					}
				}
			}
			gazetteer.setCoordinatesWhereMissing(coordinates);
			report.coordinatesAttached(coordinates.size());
		}

		private String topKey(String country, String name) {
			return country + "|" + key(name);
		}

		/** Names repeat thousands of times in a file (a capital has hundreds of partners); each is folded once. */
		private String key(String name) {
			return keys.computeIfAbsent(name, Names::key);
		}
	}

	private static final class Side {

		final String raw;
		final String countryText;
		final String country;
		PlaceNameParser.Parsed parsed;
		Resolved resolved;

		Side(String raw, String countryText, String country, PlaceNameParser.Parsed parsed) {
			this.raw = raw;
			this.countryText = countryText;
			this.country = country;
			this.parsed = parsed;
		}
	}

	private static final class Resolved {

		Place place;
		NewPlace newPlace;

		static Resolved existing(Place place) {
			var r = new Resolved();
			r.place = place;
			return r;
		}

		static Resolved create(NewPlace newPlace) {
			var r = new Resolved();
			r.newPlace = newPlace;
			return r;
		}

		long id() {
			return place.id();
		}
	}
}
