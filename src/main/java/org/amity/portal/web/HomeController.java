package org.amity.portal.web;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.amity.city.Gazetteer;
import org.amity.city.Place;
import org.amity.identity.AccessRule;
import org.amity.partnership.Partnership;
import org.amity.partnership.Partnerships;
import org.amity.search.SearchRequest;
import org.amity.search.SearchResults;
import org.amity.search.SearchUnavailableException;
import org.amity.search.SiteSearch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page, with the Seoul–Tokyo case up front, and the search over all public content it leads to. */
@AccessRule(AccessRule.Audience.PUBLIC)
@Controller
class HomeController {

	private static final Logger log = LoggerFactory.getLogger(HomeController.class);

	/** The case study Amity starts from, shown on the home page. */
	static final String FEATURED_PARTNERSHIP = "seoul-kr-tokyo-jp";

	static final int MAX_RESULTS = 50;

	private final Gazetteer gazetteer;
	private final Partnerships partnerships;
	private final SiteSearch search;

	HomeController(Gazetteer gazetteer, Partnerships partnerships, SiteSearch search) {
		this.gazetteer = gazetteer;
		this.partnerships = partnerships;
		this.search = search;
	}

	@GetMapping(Language.PREFIX + "/")
	String home(Model model) {
		model.addAttribute("placeCount", gazetteer.count());
		model.addAttribute("partnershipCount", partnerships.count());
		model.addAttribute("featured", featured().orElse(null));
		model.addAttribute("searchForm", new SearchForm(null, null, null, null));
		return "home";
	}

	/**
	 * Without a query the page shows the empty form; a blank or overlong one is a form error in the reader's language,
	 * answered as a bad request. The results cover every module's public content, narrowed by the kinds, countries and
	 * years ticked in the filter form (plain checkboxes: the page needs no script). A search cluster that cannot answer
	 * leaves the form in place and says so, as a 503.
	 */
	@GetMapping(Language.PREFIX + "/search")
	String search(@Valid SearchForm searchForm, BindingResult result, Model model, HttpServletResponse response,
			Locale locale) {
		var results = SearchResults.NONE;
		boolean badFilter = false;
		boolean unavailable = false;
		if (searchForm.q() != null) {
			if (result.hasFieldErrors("q")) {
				response.setStatus(HttpStatus.BAD_REQUEST.value());
			}
			else {
				badFilter = result.hasErrors();
				var form = badFilter ? new SearchForm(searchForm.q(), null, null, null) : searchForm;
				try {
					results = search.search(new SearchRequest(form.q(), set(form.kind()), set(form.country()),
							form.years(), locale, MAX_RESULTS));
					if (badFilter) {
						response.setStatus(HttpStatus.BAD_REQUEST.value());
					}
				}
				catch (SearchUnavailableException e) {
					log.warn("Search unavailable for the search page: {}", e.getMessage());
					unavailable = true;
					response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
				}
			}
		}
		model.addAttribute("results", results);
		model.addAttribute("badFilter", badFilter);
		model.addAttribute("unavailable", unavailable);
		model.addAttribute("maxResults", MAX_RESULTS);
		return "search";
	}

	private static <T> Set<T> set(List<T> values) {
		return values == null ? Set.of() : new HashSet<>(values);
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
	record SearchForm(@Pattern(regexp = "(?s).*\\S.*") @Size(max = SearchRequest.MAX_LENGTH) String q,
			@Size(max = 10) List<@Pattern(regexp = "[a-z][a-z-]{0,30}") String> kind,
			@Size(max = 20) List<@Pattern(regexp = "[A-Z]{2}") String> country,
			@Size(max = 20) List<@Pattern(regexp = "[1-9][0-9]{0,3}") String> year) {

		/** Years as numbers; the pattern has already refused anything else. */
		Set<Integer> years() {
			var years = new HashSet<Integer>();
			if (year != null) {
				year.forEach(y -> years.add(Integer.parseInt(y)));
			}
			return years;
		}

		public boolean filtered() {
			return !(set(kind).isEmpty() && set(country).isEmpty() && set(year).isEmpty());
		}
	}

	record Featured(Partnership partnership, Place first, Place second) {
	}
}
