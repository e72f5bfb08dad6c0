package org.amity.search.web;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.amity.identity.AccessRule;
import org.amity.search.SearchRequest;
import org.amity.search.SearchResults;
import org.amity.search.SiteSearch;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/search}: every module's public content by text in any language, with facet counts. */
@AccessRule(AccessRule.Audience.PUBLIC)
@RestController
@RequestMapping("/api/v1/search")
class SearchApi {

	private final SiteSearch search;

	SearchApi(SiteSearch search) {
		this.search = search;
	}

	@Operation(summary = "Search places, partnerships, actors, programs and events in English, Korean, Japanese or "
			+ "Indonesian; kind, country and year narrow the hits (repeat one to allow several values), and each facet "
			+ "counts the hits per value")
	@GetMapping
	SearchResults search(
			@Parameter(description = "text in any of the four languages; may be empty when a facet is chosen")
			@RequestParam(defaultValue = "") @Size(max = SearchRequest.MAX_LENGTH) String q,
			@Parameter(description = "place, partnership, actor, program, event")
			@RequestParam(required = false) @Size(max = 10) List<@Pattern(regexp = "[a-z][a-z-]{0,30}") String> kind,
			@Parameter(description = "ISO 3166 alpha-2 code")
			@RequestParam(required = false) @Size(max = 20) List<@Pattern(regexp = "[A-Za-z]{2}") String> country,
			@RequestParam(required = false) @Size(max = 20) List<@Min(1) @Max(9999) Integer> year,
			@Parameter(description = "language of titles and snippets (en, ko, ja, id); else Accept-Language")
			@RequestParam(required = false) @Pattern(regexp = "en|ko|ja|id") String lang,
			@RequestHeader(name = "Accept-Language", required = false) Locale acceptLanguage,
			@RequestParam(defaultValue = "20") @Min(1) @Max(SearchRequest.MAX_LIMIT) int limit) {
		var language = lang != null ? Locale.forLanguageTag(lang) : readerLanguage(acceptLanguage);
		var countries = new HashSet<String>();
		if (country != null) {
			country.forEach(c -> countries.add(c.toUpperCase(Locale.ROOT)));
		}
		return search.search(new SearchRequest(q, kind == null ? null : new HashSet<>(kind), countries,
				year == null ? null : new HashSet<>(year), language, limit));
	}

	private static Locale readerLanguage(Locale accepted) {
		if (accepted != null && List.of("en", "ko", "ja", "id").contains(accepted.getLanguage())) {
			return Locale.forLanguageTag(accepted.getLanguage());
		}
		return Locale.ENGLISH;
	}
}
