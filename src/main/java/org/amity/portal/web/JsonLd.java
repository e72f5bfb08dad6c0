package org.amity.portal.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.amity.city.Place;
import org.amity.city.PlaceLevel;
import tools.jackson.databind.json.JsonMapper;

/**
 * schema.org descriptions of what the public pages show, for search engines and linked-data tools, written into a
 * {@code <script type="application/ld+json">} of the page.
 */
final class JsonLd {

	private JsonLd() {
	}

	/** A place: its names, its position, its country and its Wikidata entry. */
	static Map<String, Object> place(Place place, Locale locale) {
		var data = new LinkedHashMap<String, Object>();
		data.put("@type", place.level() == PlaceLevel.CITY ? "City" : "AdministrativeArea");
		data.put("name", place.nameIn(locale));
		data.put("alternateName", place.names().values().stream().distinct().toList());
		if (place.hasCoordinates()) {
			data.put("geo", Map.of("@type", "GeoCoordinates", "latitude", place.latitude(), "longitude",
					place.longitude()));
		}
		data.put("containedInPlace", Map.of("@type", "Country", "identifier", place.country()));
		if (place.wikidata() != null) {
			data.put("sameAs", "https://www.wikidata.org/wiki/" + place.wikidata());
		}
		return data;
	}

	/** The JSON for the script element, where "<" must not be able to close it. */
	static String script(Object data, JsonMapper json) {
		return json.writeValueAsString(data).replace("<", "\\u003c");
	}
}
