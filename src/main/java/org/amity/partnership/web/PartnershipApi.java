package org.amity.partnership.web;

import java.util.HashSet;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.amity.city.Gazetteer;
import org.amity.city.Place;
import org.amity.city.PlaceNotFoundException;
import org.amity.identity.AccessRule;
import org.amity.partnership.PartnershipNotFoundException;
import org.amity.partnership.PartnershipSummary;
import org.amity.partnership.Partnerships;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/partnerships}: the registry of partnerships, with agreements and history for one. */
@AccessRule(AccessRule.Audience.PUBLIC)
@RestController
@RequestMapping("/api/v1/partnerships")
class PartnershipApi {

	private final Gazetteer gazetteer;
	private final Partnerships partnerships;

	PartnershipApi(Gazetteer gazetteer, Partnerships partnerships) {
		this.gazetteer = gazetteer;
		this.partnerships = partnerships;
	}

	@Operation(summary = "Partnerships of a city, or a page of all partnerships")
	@GetMapping
	List<RegistryJson.PartnershipItem> list(@RequestParam(required = false) Long city,
			@RequestParam(defaultValue = "0") @Min(0) int offset,
			@RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
		List<PartnershipSummary> found;
		if (city != null) {
			gazetteer.find(city).orElseThrow(() -> new PlaceNotFoundException(String.valueOf(city)));
			found = partnerships.involving(city);
		}
		else {
			found = partnerships.all().stream().skip(offset).limit(limit).toList();
		}
		var ids = new HashSet<Long>();
		found.forEach(p -> {
			ids.add(p.placeA());
			ids.add(p.placeB());
		});
		var places = gazetteer.findAll(ids).stream().collect(Collectors.toMap(Place::id, Function.identity()));
		return found.stream()
			.map(p -> RegistryJson.PartnershipItem.of(p, places.get(p.placeA()), places.get(p.placeB())))
			.toList();
	}

	@Operation(summary = "A partnership with its agreements, status history and sources")
	@GetMapping("/{id}")
	RegistryJson.PartnershipDetail partnership(@PathVariable long id) {
		var p = partnerships.find(id).orElseThrow(() -> new PartnershipNotFoundException(String.valueOf(id)));
		var places = gazetteer.findAll(List.of(p.placeA(), p.placeB())).stream()
			.collect(Collectors.toMap(Place::id, Function.identity()));
		return new RegistryJson.PartnershipDetail(p.id(), p.slug(),
				List.of(RegistryJson.Partner.of(places.get(p.placeA())), RegistryJson.Partner.of(places.get(p.placeB()))),
				p.type().name(), RegistryJson.text(p.since()), p.status().name(), p.curated(),
				p.agreements().stream().map(RegistryJson.AgreementItem::of).toList(),
				p.history().stream().map(RegistryJson.HistoryItem::of).toList(),
				p.sources().stream().map(s -> new RegistryJson.SourceItem(s.name(), s.reference())).toList(),
				p.version());
	}
}
