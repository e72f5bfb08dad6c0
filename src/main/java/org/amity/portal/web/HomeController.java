package org.amity.portal.web;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.amity.city.Gazetteer;
import org.amity.city.Place;
import org.amity.identity.AccessRule;
import org.amity.partnership.Partnership;
import org.amity.partnership.Partnerships;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page, with the Seoul–Tokyo case up front, and the search for places it leads to. */
@AccessRule(AccessRule.Audience.PUBLIC)
@Controller
class HomeController {

	/** The case study Amity starts from, shown on the home page. */
	static final String FEATURED_PARTNERSHIP = "seoul-kr-tokyo-jp";

	static final int MAX_RESULTS = 50;

	private final Gazetteer gazetteer;
	private final Partnerships partnerships;

	HomeController(Gazetteer gazetteer, Partnerships partnerships) {
		this.gazetteer = gazetteer;
		this.partnerships = partnerships;
	}

	@GetMapping(Language.PREFIX + "/")
	String home(Model model) {
		model.addAttribute("placeCount", gazetteer.count());
		model.addAttribute("partnershipCount", partnerships.count());
		model.addAttribute("featured", featured().orElse(null));
		model.addAttribute("searchForm", new SearchForm(null));
		return "home";
	}

	/**
	 * Without a query the page shows the empty form; a blank or overlong one is a form error in the reader's language,
	 * answered as a bad request.
	 */
	@GetMapping(Language.PREFIX + "/search")
	String search(@Valid SearchForm searchForm, BindingResult result, Model model, HttpServletResponse response) {
		List<SearchResult> results = List.of();
		if (searchForm.q() != null) {
			if (result.hasErrors()) {
				response.setStatus(HttpStatus.BAD_REQUEST.value());
			}
			else {
				// the counts come straight from the registry: the world map (and its network analysis) need not be
				// built for a search
				var counts = partnerships.countsByPlace();
				results = gazetteer.search(searchForm.q().strip(), MAX_RESULTS)
					.stream()
					.map(place -> new SearchResult(place, counts.getOrDefault(place.id(), 0)))
					.toList();
			}
		}
		model.addAttribute("results", results);
		model.addAttribute("maxResults", MAX_RESULTS);
		return "search";
	}

	private Optional<Featured> featured() {
		return partnerships.findBySlug(FEATURED_PARTNERSHIP).map(partnership -> {
			var places = PlacePair.of(partnership, gazetteer);
			return new Featured(partnership, places.first(), places.second());
		});
	}

	/**
	 * The search form. No query at all is the empty form; a query must hold more than spaces (a pattern, because
	 * {@code @NotBlank} would also refuse the empty form), and the limit keeps an overlong one from the database.
	 */
	record SearchForm(@Pattern(regexp = "(?s).*\\S.*") @Size(max = 200) String q) {
	}

	record SearchResult(Place place, int partnerships) {
	}

	record Featured(Partnership partnership, Place first, Place second) {
	}
}
