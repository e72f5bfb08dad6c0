package org.amity.portal.web;

import org.amity.identity.AccessRule;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.amity.shared.LocalizedText;
import org.amity.shared.search.SearchContribution;
import org.amity.shared.search.SearchDocument;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The translation overview for staff: every text people wrote (programs, events, organisations, ...) with the
 * languages it still lacks, who wrote or translated each language, and which translations are outdated because their
 * source changed since. The texts come from what each module contributes to the search box, so no module is read
 * directly.
 */
@Controller
class TranslationsController {

	private final ObjectProvider<SearchContribution> contributions;
	private final org.amity.identity.CurrentUser currentUser;
	private final org.amity.city.Gazetteer gazetteer;

	TranslationsController(ObjectProvider<SearchContribution> contributions,
			org.amity.identity.CurrentUser currentUser, org.amity.city.Gazetteer gazetteer) {
		this.contributions = contributions;
		this.currentUser = currentUser;
		this.gazetteer = gazetteer;
	}

	@AccessRule(AccessRule.Audience.STAFF)
	@GetMapping(Language.PREFIX + "/manage/translations")
	String translations(@RequestParam(required = false) String language,
			@RequestParam(required = false, defaultValue = "false") boolean outdatedOnly, Locale locale, Model model) {
		var wanted = language != null && LocalizedText.LANGUAGES.contains(language) ? language : null;
		var caller = currentUser.get();
		// each city's staff translate their own country's texts; a platform admin sees every text
		var countries = caller.staffCities().stream()
			.flatMap(city -> gazetteer.find(city).stream())
			.map(place -> place.country())
			.collect(java.util.stream.Collectors.toSet());
		var rows = contributions.orderedStream()
			.filter(SearchContribution::writtenByPeople)
			.flatMap(contribution -> contribution.documents().stream())
			.filter(document -> caller.isPlatformAdmin()
					|| document.countries().stream().anyMatch(countries::contains))
			.map(Row::of)
			.filter(row -> wanted == null || row.missing().contains(wanted) || row.outdated().contains(wanted))
			.filter(row -> !outdatedOnly || !row.outdated().isEmpty())
			.filter(row -> !row.missing().isEmpty() || !row.outdated().isEmpty())
			.sorted(Comparator.comparing(Row::kind).thenComparing(row -> row.document().title().in(locale)))
			.toList();
		model.addAttribute("rows", rows);
		model.addAttribute("languages", LocalizedText.LANGUAGES);
		model.addAttribute("language", wanted);
		model.addAttribute("outdatedOnly", outdatedOnly);
		return "translations";
	}

	/**
	 * One document's translation state, over its title and body together: a language is missing when either lacks
	 * it, outdated when either holds an outdated translation in it.
	 */
	record Row(String kind, SearchDocument document, List<String> missing, List<String> outdated,
			List<Origin> origins) {

		static Row of(SearchDocument document) {
			var title = document.title();
			var body = document.body();
			var missing = LocalizedText.LANGUAGES.stream()
				.filter(l -> title.missing().contains(l) || (!body.isEmpty() && body.missing().contains(l)))
				.toList();
			var outdated = LocalizedText.LANGUAGES.stream()
				.filter(l -> title.isOutdated(l) || body.isOutdated(l))
				.toList();
			var origins = LocalizedText.LANGUAGES.stream()
				.filter(l -> title.exactly(l).isPresent())
				.map(l -> new Origin(l, title.provenanceOf(l).or(() -> body.provenanceOf(l)).orElse(null)))
				.toList();
			return new Row(document.kind(), document, missing, outdated, origins);
		}
	}

	/** Who wrote or translated one language, when known. */
	record Origin(String language, LocalizedText.Provenance provenance) {
	}
}
