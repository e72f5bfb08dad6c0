package org.amity.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import java.util.Set;

import org.amity.city.Gazetteer;
import org.amity.partnership.Partnership;
import org.amity.partnership.PartnershipStatus;
import org.amity.partnership.PartnershipType;
import org.amity.partnership.Partnerships;
import org.amity.shared.PartialDate;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;

/** The search page and the search API over every module's content, their facets, bad input, and fresh changes. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(SamplePrograms.class)
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SiteSearchTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	SiteSearch search;

	@Autowired
	Gazetteer gazetteer;

	@Autowired
	Partnerships partnerships;

	@Test
	void the_api_finds_tokyo_first_and_counts_every_kind() throws Exception {
		mvc.perform(get("/api/v1/search").param("q", "Tokyo"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.hits[0].kind").value("place"))
			.andExpect(jsonPath("$.hits[0].id").value("tokyo-jp"))
			.andExpect(jsonPath("$.hits[0].path").value("/cities/tokyo-jp"))
			.andExpect(jsonPath("$.kinds[*].value", hasItem("partnership")))
			.andExpect(jsonPath("$.kinds[*].value", hasItem("program")))
			.andExpect(jsonPath("$.countries[*].value", hasItem("JP")));
	}

	@Test
	void a_chosen_kind_narrows_the_hits_but_its_facet_still_counts_the_other_kinds() throws Exception {
		mvc.perform(get("/api/v1/search").param("q", "Tokyo").param("kind", "partnership"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.hits[*].kind", everyItem(is("partnership"))))
			.andExpect(jsonPath("$.kinds[?(@.value == 'partnership')].selected", hasItem(true)))
			.andExpect(jsonPath("$.kinds[?(@.value == 'place')].count", hasItem(org.hamcrest.Matchers.greaterThan(0))));
	}

	@Test
	void country_and_year_together_find_the_seoul_tokyo_partnership_of_1988() throws Exception {
		mvc.perform(get("/api/v1/search").param("q", "Tokyo").param("country", "kr").param("year", "1988"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.hits[0].id").value("seoul-kr-tokyo-jp"))
			.andExpect(jsonPath("$.years[?(@.value == '1988')].selected", hasItem(true)));
	}

	@Test
	void facets_alone_browse_without_a_text() throws Exception {
		// the sample events beside the event module's own (the demo week and its events)
		mvc.perform(get("/api/v1/search").param("kind", "event").param("limit", "50"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(org.hamcrest.Matchers.greaterThanOrEqualTo(SamplePrograms.EVENTS.size())))
			.andExpect(jsonPath("$.hits[*].kind", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is("event"))))
			.andExpect(jsonPath("$.hits[*].id", org.hamcrest.Matchers.hasItems(SamplePrograms.EVENTS.stream()
				.map(document -> document.id()).toArray(String[]::new))));
	}

	@Test
	void titles_and_snippets_come_in_the_language_asked_for_and_mark_the_matching_words() throws Exception {
		mvc.perform(get("/api/v1/search").param("q", "姉妹都市").param("kind", "event").param("lang", "ja"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.hits[0].title").value("東京・ソウル提携35周年写真展"))
			.andExpect(jsonPath("$.hits[0].snippetLanguage").value("ja"))
			.andExpect(jsonPath("$.hits[0].snippet[?(@.marked == true)].text", hasItem("姉妹都市")));
		mvc.perform(get("/api/v1/search").param("q", "photo").param("kind", "event")
			.header(HttpHeaders.ACCEPT_LANGUAGE, "ko"))
			.andExpect(jsonPath("$.hits[0].title").value("도쿄–서울 결연 35주년 사진전"))
			.andExpect(jsonPath("$.hits[0].snippetLanguage").value("en"));
	}

	@Test
	void bad_parameters_are_refused_with_a_problem_in_the_callers_language() throws Exception {
		mvc.perform(get("/api/v1/search").param("q", "x".repeat(201)).header(HttpHeaders.ACCEPT_LANGUAGE, "ja"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		mvc.perform(get("/api/v1/search").param("q", "Tokyo").param("year", "last"))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/search").param("q", "Tokyo").param("kind", "place; drop table"))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/search").param("q", "Tokyo").param("country", "Japan"))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/search").param("q", "Tokyo").param("limit", "0")).andExpect(status().isBadRequest());
	}

	@Test
	void text_of_only_punctuation_finds_nothing_and_fails_nothing() throws Exception {
		mvc.perform(get("/api/v1/search").param("q", "?!.,;:-()"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(0));
		mvc.perform(get("/api/v1/search").param("q", "\u0000\uFFFD\u202E東京"))
			.andExpect(status().isOk());
	}

	@Test
	void the_page_answers_over_all_content_with_kind_snippet_country_and_year() throws Exception {
		mvc.perform(get("/ko/search").param("q", "자매도시를").param("kind", "program"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/ko/programs/seoul-tokyo-youth-exchange\"")))
			.andExpect(content().string(containsString("<mark>자매도시</mark>를")))
			.andExpect(content().string(containsString("<span class=\"kind\">프로그램</span>")))
			.andExpect(content().string(containsString("2019년")))
			.andExpect(content().string(containsString("value=\"program\" checked=\"checked\"")));
	}

	@Test
	void the_page_filters_by_checkbox_without_script() throws Exception {
		mvc.perform(get("/en/search").param("q", "Tokyo").param("kind", "partnership").param("country", "FR"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/en/partnerships/paris-fr-tokyo-jp\"")))
			.andExpect(content().string(not(containsString("href=\"/en/cities/tokyo-jp\""))))
			.andExpect(content().string(containsString("name=\"country\" id=\"country-")))
			.andExpect(content().string(containsString("Clear filters")));
	}

	@Test
	void a_filter_value_the_page_does_not_understand_is_said_and_the_search_runs_unfiltered() throws Exception {
		mvc.perform(get("/id/search").param("q", "Tokyo").param("year", "kemarin"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Ada nilai saringan yang tidak dipahami")))
			.andExpect(content().string(containsString("href=\"/id/cities/tokyo-jp\"")));
	}

	@Test
	void a_partnership_registered_now_is_found_by_the_next_searches_without_waiting_for_a_rebuild()
			throws Exception {
		var adachi = gazetteer.findBySlug("adachi-tokyo-jp").orElseThrow();
		var zurich = gazetteer.findBySlug("zurich-ch").orElseThrow();
		var request = new SearchRequest("Adachi Zurich", Set.of("partnership"), null, null, Locale.ENGLISH, 5);
		assertThat(search.search(request).hits()).isEmpty();
		partnerships.register(adachi.id(), zurich.id(), "adachi-tokyo-jp-zurich-ch", PartnershipType.FRIENDSHIP,
				PartialDate.ofYear(2026), PartnershipStatus.ACTIVE, false, new Partnership.Source("search-test", null));
		long deadline = System.currentTimeMillis() + 60_000;
		while (search.search(request).hits().isEmpty() && System.currentTimeMillis() < deadline) {
			Thread.sleep(100);
		}
		assertThat(search.search(request).hits()).extracting(SearchHit::id).containsExactly("adachi-tokyo-jp-zurich-ch");
	}
}
