package org.amity.city;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.amity.shared.LocalizedText;
import org.amity.shared.search.SearchContribution;
import org.amity.shared.search.SearchDocument;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The gazetteer's share of the site search: every place, titled by its name in each of Amity's languages, found also
 * by its aliases and its names in other languages, with its parent's names as its text (Adachi is a ward of Tokyo).
 */
@Component
class PlaceSearchDocuments implements SearchContribution {

	static final String KIND = "place";

	private final PlaceRepository places;

	PlaceSearchDocuments(PlaceRepository places) {
		this.places = places;
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	@Transactional(readOnly = true)
	public long version() {
		return places.contentVersion();
	}

	@Override
	@Transactional(readOnly = true)
	public List<SearchDocument> documents() {
		var all = places.findAll();
		var curated = places.curatedIds();
		var byId = new HashMap<Long, Place>(all.size() * 2);
		all.forEach(place -> byId.put(place.id(), place));
		var documents = new ArrayList<SearchDocument>(all.size());
		for (var place : all) {
			var parent = place.parentId() == null ? null : byId.get(place.parentId());
			documents.add(new SearchDocument(KIND, place.slug(), "/cities/" + place.slug(), inAmitysLanguages(place),
					parent == null ? null : inAmitysLanguages(parent), otherNames(place), Set.of(place.country()), null,
					curated.contains(place.id()) ? 1 : switch (place.level()) {
						case CITY -> 0.5;
						case STATE -> 0.4;
						case WARD -> 0.3;
					}));
		}
		return documents;
	}

	private static LocalizedText inAmitysLanguages(Place place) {
		var texts = new HashMap<String, String>();
		texts.put("en", place.name());
		for (var language : LocalizedText.LANGUAGES) {
			var name = place.names().get(language);
			if (name != null && !language.equals("en")) {
				texts.put(language, name);
			}
		}
		return new LocalizedText(texts);
	}

	private static List<String> otherNames(Place place) {
		var names = new LinkedHashSet<String>(place.aliases());
		place.names().forEach((language, name) -> {
			if (!LocalizedText.LANGUAGES.contains(language) || language.equals("en")) {
				names.add(name);
			}
		});
		names.remove(place.name());
		return List.copyOf(names);
	}
}
