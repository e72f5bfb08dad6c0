package org.amity.partnership.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** The public contract of the registry API, checked on the real data loaded at start. */
@SpringBootTest
@AutoConfigureMockMvc
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RegistryContractTest {

	@Autowired
	MockMvc mvc;

	long idOf(String query, String country) throws Exception {
		var json = mvc.perform(get("/api/v1/cities").param("q", query)).andReturn().getResponse().getContentAsString();
		List<Map<String, Object>> cities = JsonPath.read(json, "$[?(@.country == '" + country + "' && @.level == 'CITY')]");
		assertThat(cities).isNotEmpty();
		return ((Number) cities.get(0).get("id")).longValue();
	}

	@Test
	void tokyo_has_exactly_its_twelve_official_partnerships_with_their_dates_and_london_once() throws Exception {
		long tokyo = idOf("Tokyo", "JP");
		var json = mvc.perform(get("/api/v1/partnerships").param("city", String.valueOf(tokyo)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		List<Object> all = JsonPath.read(json, "$");
		assertThat(all).hasSize(12);
		List<String> since = JsonPath.read(json, "$[*].since");
		assertThat(since).containsExactly("1960-02-29", "1979-03-14", "1982-07-14", "1984-05-09", "1988-09-03",
				"1989-10-23", "1990-06-13", "1990-10-23", "1991-07-16", "1994-05-14", "1996-07-05", "2015-10-14");
		List<String> londons = JsonPath.read(json, "$[*].cities[?(@.name == 'London')].country");
		assertThat(londons).containsExactly("GB");
		List<String> types = JsonPath.read(json, "$[?(@.since == '2015-10-14')].type");
		assertThat(types).containsExactly("PARTNERSHIP");
	}

	@Test
	void seoul_and_tokyo_are_sister_cities_since_3_september_1988_with_four_agreements() throws Exception {
		long tokyo = idOf("東京", "JP");
		var json = mvc.perform(get("/api/v1/cities/{id}", tokyo)).andReturn().getResponse().getContentAsString();
		List<Integer> ids = JsonPath.read(json, "$.partnerships[?(@.partner.name == 'Seoul')].id");
		assertThat(ids).hasSize(1);
		mvc.perform(get("/api/v1/partnerships/{id}", ids.get(0)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.type").value("SISTER"))
			.andExpect(jsonPath("$.since").value("1988-09-03"))
			.andExpect(jsonPath("$.slug").value("seoul-kr-tokyo-jp"))
			.andExpect(jsonPath("$.agreements.length()").value(4))
			.andExpect(jsonPath("$.agreements[*].kind").value(
					org.hamcrest.Matchers.contains("FOUNDING_AGREEMENT", "OFFICIAL_VISIT", "MOU", "JOINT_STATEMENT")))
			.andExpect(jsonPath("$.agreements[1].signedOn").value("1996"))
			.andExpect(jsonPath("$.history[0].status").exists());
	}

	@Test
	void a_city_is_found_by_its_name_in_korean_japanese_and_by_an_alias() throws Exception {
		for (var q : List.of("도쿄", "東京", "Tokio", "tokyo")) {
			mvc.perform(get("/api/v1/cities").param("q", q))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$[0].slug").value("tokyo-jp"))
				.andExpect(jsonPath("$[0].names.ko").value("도쿄"))
				.andExpect(jsonPath("$[0].names.ja").value("東京"))
				.andExpect(jsonPath("$[0].partnershipCount").value(12));
		}
	}

	@Test
	void an_unknown_city_answers_a_404_problem_in_the_callers_language() throws Exception {
		mvc.perform(get("/api/v1/cities/999999999").header("Accept-Language", "ko"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.title").value("찾을 수 없음"));
		mvc.perform(get("/api/v1/partnerships/999999999").header("Accept-Language", "ja"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.title").value("見つかりません"));
		mvc.perform(get("/api/v1/nothing-here")).andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
	}

	@Test
	void a_malformed_id_or_limit_answers_400_with_the_field_named() throws Exception {
		mvc.perform(get("/api/v1/cities/tokyo")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.id").exists());
		mvc.perform(get("/api/v1/cities").param("limit", "100000")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.limit").exists());
	}

	@Test
	void the_health_endpoint_reports_up() throws Exception {
		mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(content().json("{\"status\":\"UP\"}", org.springframework.test.json.JsonCompareMode.STRICT));
	}

	@Test
	void the_twin_city_import_report_is_downloadable_with_its_unresolved_rows() throws Exception {
		var json = mvc.perform(get("/api/v1/imports")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		List<Integer> ids = JsonPath.read(json, "$[?(@.kind == 'twin-cities' && @.source == 'twin-cities')].id");
		assertThat(ids).isNotEmpty();
		var csv = mvc.perform(get("/api/v1/imports/{id}/report", ids.get(ids.size() - 1)))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/csv"))
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(csv).contains("rows_read,26114").contains("line,reason,detail").contains("UNKNOWN_COUNTRY");
	}

	@Test
	void the_openapi_description_lists_the_public_endpoints() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/cities']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/partnerships/{id}']").exists());
	}
}
