package org.amity.partnership.web;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.amity.city.Gazetteer;
import org.amity.city.Place;
import org.amity.city.PlaceNotFoundException;
import org.amity.identity.AccessRule;
import org.amity.partnership.Partnerships;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/cities}: places of the gazetteer with their partnership counts and partnerships. It sits in the
 * partnership module because a city's partnerships are partnership data, and the gazetteer knows nothing of them.
 */
@AccessRule(AccessRule.Audience.PUBLIC)
@RestController
@RequestMapping("/api/v1/cities")
class CityApi {

	private final Gazetteer gazetteer;
	private final Partnerships partnerships;

	CityApi(Gazetteer gazetteer, Partnerships partnerships) {
		this.gazetteer = gazetteer;
		this.partnerships = partnerships;
	}

	@Operation(summary = "Find places by a name or alias in any language; without q, the places with most partnerships")
	@GetMapping
	List<RegistryJson.CityItem> search(
			@Parameter(description = "text in any language and script") @RequestParam(required = false) @Size(max = 200) String q,
			@RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit) {
		var counts = partnerships.countsByPlace();
		List<Place> places;
		if (q == null || q.isBlank()) {
			var top = counts.entrySet().stream()
				.sorted(Map.Entry.<Long, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
				.limit(limit)
				.map(Map.Entry::getKey)
				.toList();
			var byId = gazetteer.findAll(top).stream().collect(Collectors.toMap(Place::id, Function.identity()));
			places = top.stream().map(byId::get).toList();
		}
		else {
			places = gazetteer.search(q, limit);
		}
		return places.stream().map(p -> RegistryJson.CityItem.of(p, counts.getOrDefault(p.id(), 0))).toList();
	}

	@Operation(summary = "A place with its partnerships, parent and wards")
	@GetMapping("/{id}")
	RegistryJson.CityDetail city(@PathVariable long id) {
		var place = gazetteer.find(id).orElseThrow(() -> new PlaceNotFoundException(String.valueOf(id)));
		var summaries = partnerships.involving(id);
		var ids = new HashSet<Long>();
		summaries.forEach(p -> ids.add(p.partnerOf(id)));
		var wards = gazetteer.children(id);
		if (place.parentId() != null) {
			ids.add(place.parentId());
		}
		var places = gazetteer.findAll(ids).stream().collect(Collectors.toMap(Place::id, Function.identity()));
		var items = summaries.stream()
			.map(p -> RegistryJson.CityPartnership.of(p, places.get(p.partnerOf(id))))
			.toList();
		return new RegistryJson.CityDetail(place.id(), place.slug(), place.name(), place.country(),
				place.level().name(), place.names(), place.aliases(), place.latitude(), place.longitude(),
				place.population(), place.wikidata(), items.size(),
				place.parentId() == null ? null : RegistryJson.PlaceRef.of(places.get(place.parentId())),
				wards.stream().sorted(Comparator.comparing(Place::name)).map(RegistryJson.PlaceRef::of).toList(), items);
	}
}
