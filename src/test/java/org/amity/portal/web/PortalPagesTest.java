package org.amity.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.amity.city.Gazetteer;
import org.amity.partnership.Partnership;
import org.amity.partnership.Partnerships;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The portal's pages through the whole application on the embedded database with the real data loaded at start:
 * Tokyo's official partners, the Seoul–Tokyo agreements and the Japan–Korea context timeline.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PortalPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Gazetteer gazetteer;

	@Autowired
	Partnerships partnerships;

	@Autowired
	WorldMap worldMap;

	@ParameterizedTest(name = "the home page answers in {0}")
	@CsvSource({ "en, Partnerships between cities", "ko, 도시와 도시의 결연", "ja, 都市と都市の提携",
			"id, Kemitraan antarkota" })
	void the_home_page_answers_in_each_language_with_its_lang_attribute(String lang, String heading) throws Exception {
		mvc.perform(get("/" + lang + "/"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
			.andExpect(content().string(containsString("<html lang=\"" + lang + "\"")))
			.andExpect(content().string(containsString(heading)))
			.andExpect(content().string(containsString("href=\"/" + lang + "/partnerships/seoul-kr-tokyo-jp\"")));
	}

	@Test
	void the_root_redirects_to_the_readers_best_language() throws Exception {
		mvc.perform(get("/").header(HttpHeaders.ACCEPT_LANGUAGE, "fr-FR, ja;q=0.8, en;q=0.5"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/ja/"))
			.andExpect(header().string(HttpHeaders.VARY, containsString("Accept-Language")));
		mvc.perform(get("/")).andExpect(redirectedUrl("/en/"));
		mvc.perform(get("/ko")).andExpect(redirectedUrl("/ko/"));
	}

	@Test
	void every_page_links_to_itself_in_the_other_languages_labelled_in_their_own() throws Exception {
		mvc.perform(get("/en/cities/tokyo-jp"))
			.andExpect(content().string(containsString(
					"<a href=\"/ko/cities/tokyo-jp\" hreflang=\"ko\" lang=\"ko\">한국어</a>")))
			.andExpect(content().string(containsString(
					"<a href=\"/ja/cities/tokyo-jp\" hreflang=\"ja\" lang=\"ja\">日本語</a>")))
			.andExpect(content().string(containsString(
					"<a href=\"/id/cities/tokyo-jp\" hreflang=\"id\" lang=\"id\">Bahasa Indonesia</a>")));
	}

	@Test
	void unknown_city_answers_404_in_korean() throws Exception {
		mvc.perform(get("/ko/cities/atlantis-xx"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
			.andExpect(content().string(containsString("<html lang=\"ko\"")))
			.andExpect(content().string(containsString("이 주소에 해당하는 장소가 없습니다.")));
	}

	@Test
	void unknown_partnership_answers_404_in_japanese() throws Exception {
		mvc.perform(get("/ja/partnerships/atlantis-xx-tokyo-jp"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("このアドレスに該当する提携はありません。")));
	}

	@Test
	void an_unknown_path_under_a_language_answers_404_in_that_language() throws Exception {
		mvc.perform(get("/id/no/such/page"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("<html lang=\"id\"")))
			.andExpect(content().string(containsString("Tidak ada halaman di alamat ini.")));
	}

	@Test
	void an_unknown_language_answers_404() throws Exception {
		mvc.perform(get("/fr/cities/tokyo-jp")).andExpect(status().isNotFound());
		mvc.perform(get("/fr/")).andExpect(status().isNotFound());
		mvc.perform(get("/xx")).andExpect(status().isNotFound());
	}

	@Test
	void the_api_and_the_actuator_are_not_taken_over_by_portal_pages() throws Exception {
		mvc.perform(get("/actuator/health")).andExpect(status().isOk());
		mvc.perform(get("/api/v1/no-such-resource").accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isNotFound())
			.andExpect(content().string(not(containsString("<html"))));
		mvc.perform(get("/v3/api-docs")).andExpect(content().string(not(containsString("<html"))));
	}

	@Test
	void a_city_page_shows_its_partners_oldest_first_with_localized_dates() throws Exception {
		var page = mvc.perform(get("/ja/cities/tokyo-jp"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h1>東京")))
			.andExpect(content().string(containsString("1988年9月3日")))
			.andExpect(content().string(containsString("姉妹都市")))
			.andExpect(content().string(containsString("<svg")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page.indexOf("ニューヨーク")).isLessThan(page.indexOf("パリ"));
		assertThat(page.indexOf("パリ")).isLessThan(page.indexOf("ソウル"));
	}

	@Test
	void a_ward_links_to_its_city_and_the_city_lists_its_wards() throws Exception {
		mvc.perform(get("/en/cities/adachi-tokyo-jp"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/en/cities/tokyo-jp\"")));
		mvc.perform(get("/ko/cities/tokyo-jp"))
			.andExpect(content().string(containsString("href=\"/ko/cities/adachi-tokyo-jp\"")))
			.andExpect(content().string(containsString("아다치구")));
	}

	@Test
	void the_partnership_timeline_puts_agreements_and_national_context_in_date_order() throws Exception {
		var page = mvc.perform(get("/en/partnerships/seoul-kr-tokyo-jp"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Seoul and Tokyo")))
			.andExpect(content().string(containsString("<a href=\"/en/cities/seoul-kr\">Seoul</a>")))
			.andExpect(content().string(containsString("<time datetime=\"1988-09-03\">3 September 1988</time>")))
			.andExpect(content().string(containsString("Founding agreement")))
			.andExpect(content().string(containsString("National context")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		// what the reader sees, after the page's schema.org description (which names the agreements too)
		page = page.substring(page.indexOf("<h1"));
		var founding = page.indexOf("Sister city agreement between the Seoul Metropolitan Government");
		var mou = page.indexOf("Memorandum of Understanding on Exchange and Cooperation");
		var earthquake = page.indexOf("Great East Japan Earthquake");
		assertThat(founding).isPositive();
		assertThat(earthquake).isGreaterThan(founding);
		assertThat(mou).isGreaterThan(earthquake);
	}

	@Test
	void the_partnership_page_speaks_korean() throws Exception {
		mvc.perform(get("/ko/partnerships/seoul-kr-tokyo-jp"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("서울–도쿄 결연")))
			.andExpect(content().string(containsString("1988년 9월 3일")))
			.andExpect(content().string(containsString("결연 협정")))
			.andExpect(content().string(containsString("국가 간 정세")));
	}

	@Test
	void the_map_page_shows_the_drawing_and_a_table_of_countries() throws Exception {
		mvc.perform(get("/en/map"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("src=\"/en/map.svg?v=")))
			.andExpect(content().string(containsString("href=\"/en/countries/jp\"")))
			.andExpect(content().string(containsString("<th scope=\"col\">Country</th>")));
		mvc.perform(get("/en/map.svg").accept(MediaType.TEXT_HTML)).andExpect(status().isOk());
		mvc.perform(get("/ko/map.svg"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("image/svg+xml"))
			.andExpect(content().string(startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"")))
			.andExpect(content().string(containsString("<title id=\"map-title\">결연 세계 지도")))
			.andExpect(content().string(containsString("<path")));
	}

	@Test
	void a_country_page_lists_its_places_and_an_unknown_country_is_404() throws Exception {
		mvc.perform(get("/en/countries/jp"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/en/cities/tokyo-jp\"")));
		mvc.perform(get("/en/countries/qq")).andExpect(status().isNotFound());
	}

	@Test
	void long_lists_page_forward_and_back() throws Exception {
		mvc.perform(get("/en/countries/de").param("page", "2"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("rel=\"prev\" href=\"/en/countries/de?page=1\"")))
			.andExpect(content().string(containsString("rel=\"next\" href=\"/en/countries/de?page=3\"")));
		mvc.perform(get("/en/network").param("page", "2").param("sort", "DEGREE"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("sort=DEGREE&amp;page=3")));
	}

	@Test
	void a_page_number_that_is_not_one_shows_the_first_page() throws Exception {
		mvc.perform(get("/en/countries/jp").param("page", "first; drop table"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/en/cities/tokyo-jp\"")));
	}

	@Test
	void the_map_is_redrawn_when_partnerships_change() {
		var before = worldMap.current();
		var seoul = gazetteer.findBySlug("seoul-kr").orElseThrow();
		var beijing = gazetteer.findBySlug("beijing-cn").orElseThrow();
		var pair = partnerships.between(seoul.id(), beijing.id()).orElseThrow();
		partnerships.addSource(pair.id(), new Partnership.Source("portal-test-" + System.nanoTime(), null));
		var after = worldMap.current();
		assertThat(after.version()).isGreaterThan(before.version());
	}

	@Test
	void an_overly_long_search_gives_a_form_error_in_korean() throws Exception {
		mvc.perform(get("/ko/search").param("q", "서".repeat(201)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("<html lang=\"ko\"")))
			.andExpect(content().string(containsString("검색어는 200자 이하로 입력하세요.")))
			.andExpect(content().string(containsString("aria-invalid=\"true\"")));
	}

	@Test
	void a_blank_search_gives_a_form_error_in_indonesian() throws Exception {
		mvc.perform(get("/id/search").param("q", "   "))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Masukkan kata yang ingin dicari.")));
	}

	@Test
	void the_search_page_without_a_query_shows_the_form_alone() throws Exception {
		mvc.perform(get("/en/search"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<label for=\"q\">")))
			.andExpect(content().string(not(containsString("form-error"))));
	}

	@Test
	void a_search_finds_a_place_by_its_name_in_another_script() throws Exception {
		mvc.perform(get("/en/search").param("q", "東京"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/en/cities/tokyo-jp\"")));
	}

	@Test
	void the_search_page_updates_its_results_while_typing_when_script_runs_and_the_home_form_stays_plain()
			throws Exception {
		mvc.perform(get("/en/search").param("q", "Seoul"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("hx-get=\"/en/search\"")))
			.andExpect(content().string(containsString("id=\"search-results\"")))
			.andExpect(content().string(containsString("htmx.min.js")));
		mvc.perform(get("/webjars/htmx.org/dist/htmx.min.js")).andExpect(status().isOk());
		mvc.perform(get("/en/"))
			.andExpect(content().string(not(containsString("hx-get"))))
			.andExpect(content().string(not(containsString("htmx.min.js"))));
	}

	@Test
	void the_seoul_network_page_shows_its_partners_and_what_it_shares_with_tokyo() throws Exception {
		var page = mvc.perform(get("/en/cities/seoul-kr/network"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The network of Seoul")))
			.andReturn().getResponse().getContentAsString();
		var tokyoRow = page.substring(page.indexOf("href=\"/en/cities/tokyo-jp/network\""));
		tokyoRow = tokyoRow.substring(0, tokyoRow.indexOf("</tr>"));
		assertThat(tokyoRow).contains(">Beijing<", ">Cairo<", ">Jakarta<", ">Moscow<", ">New South Wales<")
			.doesNotContain("São Paulo");
		mvc.perform(get("/ko/cities/seoul-kr")).andExpect(content().string(containsString(
				"href=\"/ko/cities/seoul-kr/network\"")));
	}

	@Test
	void the_shortest_chains_to_a_place_named_in_another_script_are_listed() throws Exception {
		mvc.perform(get("/ja/cities/adachi-tokyo-jp/network").param("to", "ソウル"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("足立区 → ")))
			.andExpect(content().string(containsString(" → ソウル")));
		mvc.perform(get("/en/cities/seoul-kr/network").param("to", "Atlantisville"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("No place of that name is known.")));
	}

	@Test
	void the_ranking_sorts_filters_and_ignores_values_that_are_not_ours() throws Exception {
		mvc.perform(get("/ko/network").param("sort", "DEGREE"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("aria-sort=\"descending\"")))
			.andExpect(content().string(containsString("/api/v1/network/export?format=GRAPHML")));
		mvc.perform(get("/en/network").param("country", "QQ").param("year", "abc").param("region", "Atlantis"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Some choices were not valid")))
			.andExpect(content().string(containsString("There is no country with this code")))
			.andExpect(content().string(containsString("value=\"QQ\"")))
			.andExpect(content().string(containsString("value=\"abc\"")));
		mvc.perform(get("/en/network").param("wards", "on").param("sort", "DEGREE"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("checked=\"checked\"")))
			.andExpect(content().string(containsString("wards=on")));
		mvc.perform(get("/en/network").param("year", "1990"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("left out of the network of 1990")));
	}

	@Test
	void the_map_legend_names_the_largest_communities_in_text() throws Exception {
		mvc.perform(get("/id/map"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Komunitas 1:")))
			.andExpect(content().string(containsString("class=\"swatch community-0\"")));
	}

	@Test
	void the_seoul_tokyo_page_names_their_shared_partners_and_suggests_third_cities_with_reasons() throws Exception {
		mvc.perform(get("/en/partnerships/seoul-kr-tokyo-jp"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Partners of both (5):")))
			.andExpect(content().string(containsString(">New South Wales<")))
			.andExpect(content().string(containsString("a partner of both")));
	}

	@Test
	void the_seoul_tokyo_page_reads_the_dormant_decade_and_the_revival() throws Exception {
		mvc.perform(get("/en/partnerships/seoul-kr-tokyo-jp"))
			.andExpect(content().string(containsString("1999–2013")))
			.andExpect(content().string(containsString("No agreement, program, event or visit since 1996.")))
			.andExpect(content().string(containsString("revival")));
		mvc.perform(get("/ja/partnerships/seoul-kr-tokyo-jp"))
			.andExpect(content().string(containsString("1999–2013年")))
			.andExpect(content().string(containsString("再活性化")));
	}

	@Test
	void tokyos_portfolio_lists_its_twelve_partnerships_by_vitality_with_their_trend() throws Exception {
		var page = mvc.perform(get("/en/cities/tokyo-jp/portfolio"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The partnerships of Tokyo, by vitality")))
			.andReturn().getResponse().getContentAsString();
		assertThat(page.split("href=\"/en/partnerships/")).hasSize(13);
		// London's 2015 partnership and Seoul's 2015 joint statement are the most recent activity
		assertThat(page.indexOf("/en/partnerships/london-gb-tokyo-jp")).isLessThan(page.indexOf("/en/partnerships/new-york-city-us-tokyo-jp"));
		mvc.perform(get("/ko/cities/tokyo-jp/portfolio")).andExpect(status().isOk())
			.andExpect(content().string(containsString("활력 지수")));
		mvc.perform(get("/ko/cities/atlantis-xx/portfolio")).andExpect(status().isNotFound());
		// most of Seoul's partnerships come from the undated twin-city list: they are listed as not on record
		mvc.perform(get("/en/cities/seoul-kr/portfolio"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("not on record")));
	}

	@Test
	void a_city_page_carries_its_schema_org_description() throws Exception {
		mvc.perform(get("/ko/cities/tokyo-jp"))
			.andExpect(content().string(containsString("<script type=\"application/ld+json\">")))
			.andExpect(content().string(containsString("\"@type\":\"City\"")))
			.andExpect(content().string(containsString("\"name\":\"도쿄\"")))
			.andExpect(content().string(containsString("https://www.wikidata.org/wiki/Q1490")));
	}

	@Test
	void a_partnership_page_describes_the_two_places_and_its_dated_agreements_for_linked_data_tools() throws Exception {
		var html = mvc.perform(get("/ja/partnerships/seoul-kr-tokyo-jp")).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		var start = html.indexOf("<script type=\"application/ld+json\">");
		assertThat(start).isNotNegative();
		var json = html.substring(html.indexOf('>', start) + 1, html.indexOf("</script>", start));
		assertThat(com.jayway.jsonpath.JsonPath.<List<String>>read(json, "$.about[*].name")).containsExactlyInAnyOrder("ソウル", "東京");
		assertThat(com.jayway.jsonpath.JsonPath.<List<String>>read(json, "$.hasPart[*].datePublished"))
			.containsExactly("1988-09-03", "1996", "2014-07-23", "2015-02-03");
		assertThat(json).doesNotContain("<");
	}
}
