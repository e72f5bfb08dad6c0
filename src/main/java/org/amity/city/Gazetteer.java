package org.amity.city;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.amity.shared.Names;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The gazetteer's API: finding places by id, slug or any of their names, and registering new ones. Slugs are the name
 * with the country code ({@code tokyo-jp}); a ward carries its city's name too ({@code adachi-tokyo-jp}).
 */
@Service
public class Gazetteer {

	private final PlaceRepository places;
	private final PlaceSearch search;

	Gazetteer(PlaceRepository places, PlaceSearch search) {
		this.places = places;
		this.search = search;
	}

	@Transactional(readOnly = true)
	public Optional<Place> find(long id) {
		return places.findById(id);
	}

	@Transactional(readOnly = true)
	public Optional<Place> findBySlug(String slug) {
		return places.findBySlug(slug);
	}

	@Transactional(readOnly = true)
	public List<Place> findAll(Collection<Long> ids) {
		return places.findAllById(ids);
	}

	/** The ids of every place in a country (ISO 3166 code, any case). */
	@Transactional(readOnly = true)
	public Set<Long> idsInCountry(String country) {
		return places.idsInCountry(country.toUpperCase(java.util.Locale.ROOT));
	}

	@Transactional(readOnly = true)
	public List<Place> children(long parentId) {
		return places.findChildren(parentId);
	}

	/**
	 * Places known by the text in any language (a whole name, its start, its words, a word with a typo), best matches
	 * first. Places registered by a committed transaction are found at once.
	 */
	@Transactional(readOnly = true)
	public List<Place> search(String text, int limit) {
		return search.search(text, Math.max(1, Math.min(limit, 500)));
	}

	/**
	 * A number that changes whenever a place or a name is stored, changed or removed, here or by another instance; views
	 * that show place names compare it to know when to refresh.
	 */
	@Transactional(readOnly = true)
	public long namesVersion() {
		return places.contentVersion();
	}

	@Transactional(readOnly = true)
	public int count() {
		return places.count();
	}

	/** Every place, for resolving a large import in memory. */
	@Transactional(readOnly = true)
	public PlaceIndex index() {
		return new PlaceIndex(places.findAll());
	}

	/**
	 * Registers places in one go and adds them to the index. Parents must already be registered (register a batch of
	 * cities before their wards).
	 */
	@Transactional
	public List<Place> register(List<NewPlace> newPlaces, PlaceIndex index) {
		var taken = new HashSet<>(places.allSlugs());
		var slugs = new ArrayList<String>(newPlaces.size());
		for (var place : newPlaces) {
			slugs.add(uniqueSlug(place, index, taken));
		}
		var ids = places.insertAll(newPlaces, slugs);
		var registered = new ArrayList<Place>(newPlaces.size());
		for (int i = 0; i < newPlaces.size(); i++) {
			var n = newPlaces.get(i);
			var names = new java.util.LinkedHashMap<String, String>();
			names.put("en", n.name());
			names.putAll(n.names());
			var place = new Place(ids.get(i), slugs.get(i), n.country(), n.level(), n.parentId(), n.name(), names,
					n.aliases(), n.latitude(), n.longitude(), n.population(), n.wikidata());
			index.add(place);
			registered.add(place);
		}
		return registered;
	}

	/** Adds names and aliases to a known place; existing ones are kept. */
	@Transactional
	public void addNames(long placeId, Map<String, String> names, List<String> aliases) {
		places.addNames(placeId, names, aliases);
	}

	/** Sets coordinates on places that have none yet; coordinates already stored are never overwritten. */
	@Transactional
	public void setCoordinatesWhereMissing(Map<Long, double[]> coordinates) {
		places.setCoordinatesWhereMissing(coordinates);
	}

	/**
	 * Removes places an import registered, when it is undone; the caller has checked that nothing refers to them any
	 * more (no partnership, no ward below them).
	 */
	@Transactional
	public void removeImported(Collection<Long> ids) {
		places.deleteAll(ids);
	}

	private static String uniqueSlug(NewPlace place, PlaceIndex index, Set<String> taken) {
		var base = Names.slug(place.name(), "place");
		if (place.parentId() != null) {
			var parent = index.byId(place.parentId()).orElseThrow();
			base += "-" + Names.slug(parent.name(), "city");
		}
		base += "-" + place.country().toLowerCase();
		var slug = base;
		if (taken.contains(slug) && place.level() == PlaceLevel.STATE) {
			slug = base.substring(0, base.length() - 3) + "-state" + base.substring(base.length() - 3);
		}
		for (int n = 2; taken.contains(slug); n++) {
			slug = base + "-" + n;
		}
		taken.add(slug);
		return slug;
	}
}
