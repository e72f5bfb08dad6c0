package org.amity.interop;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.amity.city.Gazetteer;
import org.amity.city.Place;
import org.amity.partnership.PartnershipSummary;
import org.amity.partnership.Partnerships;
import org.amity.shared.FileFormat;
import org.amity.shared.Table;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Exports the partnership registry as CSV, XLSX, JSON or GeoJSON, with both places' names, countries and coordinates.
 */
@Service
public class PartnershipExport {

	/** The formats this export writes; each is one of Amity's file formats. */
	public enum Format {

		CSV, JSON, GEOJSON, XLSX;

		public String mediaType() {
			return FileFormat.valueOf(name()).mediaType();
		}

		public String extension() {
			return FileFormat.valueOf(name()).extension();
		}
	}

	private static final List<String> COLUMNS = List.of("id", "slug", "city_a", "country_a", "latitude_a",
			"longitude_a", "city_b", "country_b", "latitude_b", "longitude_b", "type", "since", "status", "curated");

	private final Gazetteer gazetteer;
	private final Partnerships partnerships;
	private final JsonMapper json;

	PartnershipExport(Gazetteer gazetteer, Partnerships partnerships, JsonMapper json) {
		this.gazetteer = gazetteer;
		this.partnerships = partnerships;
		this.json = json;
	}

	/** Writes every partnership; answers how many. The caller owns the stream (it may be standard output). */
	@Transactional(readOnly = true)
	public int write(Format format, OutputStream target, ImportProgress progress) {
		// the CSV printer and Jackson only flush the caller's stream
		var out = new FilterWriter(new OutputStreamWriter(target, StandardCharsets.UTF_8)) {
			@Override
			public void close() throws IOException {
				flush();
			}
		};
		var all = partnerships.all();
		var ids = new HashSet<Long>();
		all.forEach(p -> {
			ids.add(p.placeA());
			ids.add(p.placeB());
		});
		var places = gazetteer.findAll(ids).stream().collect(Collectors.toMap(Place::id, Function.identity()));
		var rows = all.stream().map(p -> row(p, places)).toList();
		try {
			if (format == Format.XLSX) {
				var table = new Table("Amity partnerships", COLUMNS,
						rows.stream().map(row -> (List<Object>) new java.util.ArrayList<>(row.values())).toList());
				table.writeXlsx(target);
			}
			else if (format == Format.CSV) {
				try (var csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new)).get())) {
					int done = 0;
					for (var row : rows) {
						csv.printRecord(SpreadsheetCells.safe(row.values()));
						if (++done % 1000 == 0) {
							progress.advance("export", done, rows.size());
						}
					}
				}
			}
			else if (format == Format.JSON) {
				json.writerWithDefaultPrettyPrinter().writeValue(out, rows);
			}
			else {
				json.writeValue(out, geoJson(rows));
			}
			out.flush();
			progress.advance("export", rows.size(), rows.size());
			return rows.size();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * A GeoJSON FeatureCollection: each partnership a LineString between its two places (longitude first, as RFC 7946
	 * has it), with the row's other fields as properties. Partnerships with a place of unknown position cannot be drawn
	 * and are counted in {@code unlocated}.
	 */
	private static Map<String, Object> geoJson(List<Map<String, Object>> rows) {
		var features = new java.util.ArrayList<Map<String, Object>>(rows.size());
		int unlocated = 0;
		for (var row : rows) {
			if (row.get("latitude_a") == null || row.get("latitude_b") == null) {
				unlocated++;
				continue;
			}
			var properties = new LinkedHashMap<>(row);
			List.of("latitude_a", "longitude_a", "latitude_b", "longitude_b").forEach(properties::remove);
			var feature = new LinkedHashMap<String, Object>();
			feature.put("type", "Feature");
			feature.put("id", row.get("id"));
			feature.put("geometry", Map.of("type", "LineString", "coordinates",
					List.of(List.of(row.get("longitude_a"), row.get("latitude_a")),
							List.of(row.get("longitude_b"), row.get("latitude_b")))));
			feature.put("properties", properties);
			features.add(feature);
		}
		var collection = new LinkedHashMap<String, Object>();
		collection.put("type", "FeatureCollection");
		collection.put("features", features);
		collection.put("unlocated", unlocated);
		collection.put("licence", "Twin-city pairs: Hekman/twincities, MIT licence; Tokyo's list: Tokyo Metropolitan Government");
		return collection;
	}

	private static Map<String, Object> row(PartnershipSummary p, Map<Long, Place> places) {
		var a = places.get(p.placeA());
		var b = places.get(p.placeB());
		var row = new LinkedHashMap<String, Object>();
		row.put("id", p.id());
		row.put("slug", p.slug());
		row.put("city_a", a.name());
		row.put("country_a", a.country());
		row.put("latitude_a", a.latitude());
		row.put("longitude_a", a.longitude());
		row.put("city_b", b.name());
		row.put("country_b", b.country());
		row.put("latitude_b", b.latitude());
		row.put("longitude_b", b.longitude());
		row.put("type", p.type().name());
		row.put("since", p.since() == null ? null : p.since().toString());
		row.put("status", p.status().name());
		row.put("curated", p.curated());
		return row;
	}
}
