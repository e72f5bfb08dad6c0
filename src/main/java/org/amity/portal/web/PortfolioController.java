package org.amity.portal.web;

import java.util.HashSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.amity.city.Gazetteer;
import org.amity.city.Place;
import org.amity.city.PlaceNotFoundException;
import org.amity.evaluation.Vitality;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A city's partnership portfolio: every partnership by its vitality now, with its trend and its reading. */
@Controller
class PortfolioController {

	private final Gazetteer gazetteer;
	private final Vitality vitality;

	PortfolioController(Gazetteer gazetteer, Vitality vitality) {
		this.gazetteer = gazetteer;
		this.vitality = vitality;
	}

	@GetMapping(Language.PREFIX + "/cities/{slug}/portfolio")
	String portfolio(@PathVariable String slug, Model model) {
		var place = gazetteer.findBySlug(slug).orElseThrow(() -> new PlaceNotFoundException(slug));
		var entries = vitality.portfolio(place.id());
		var ids = new HashSet<Long>();
		entries.forEach(e -> ids.add(e.partnership().partnerOf(place.id())));
		var partners = gazetteer.findAll(ids).stream().collect(Collectors.toMap(Place::id, Function.identity()));
		model.addAttribute("place", place);
		model.addAttribute("entries", entries);
		model.addAttribute("partners", partners);
		model.addAttribute("dormantAfterYears", vitality.policy().dormantAfterYears());
		return "portfolio";
	}
}
