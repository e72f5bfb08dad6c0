package org.amity.network.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import javax.xml.parsers.DocumentBuilderFactory;

import org.amity.city.Gazetteer;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class NetworkApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Gazetteer gazetteer;

	long id(String slug) {
		return gazetteer.findBySlug(slug).orElseThrow().id();
	}

	@Test
	void shared_partners_of_seoul_and_tokyo_answer_as_json() throws Exception {
		mvc.perform(get("/api/v1/network/shared-partners").param("a", "" + id("seoul-kr")).param("b", "" + id("tokyo-jp")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].name").value(org.hamcrest.Matchers.contains("Beijing", "Cairo", "Jakarta",
					"Moscow", "New South Wales")));
	}

	@Test
	void the_ranking_is_sorted_and_carries_the_networks_figures() throws Exception {
		var json = mvc.perform(get("/api/v1/network/metrics").param("sort", "DEGREE").param("limit", "5"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items.length()").value(5))
			.andExpect(jsonPath("$.computedAt").exists())
			.andExpect(jsonPath("$.modularity").isNumber())
			.andReturn().getResponse().getContentAsString();
		java.util.List<Integer> degrees = com.jayway.jsonpath.JsonPath.read(json, "$.items[*].degree");
		assertThat(degrees).isSortedAccordingTo(java.util.Comparator.reverseOrder());
	}

	@Test
	void an_unknown_country_or_region_is_a_400_in_the_callers_language() throws Exception {
		mvc.perform(get("/api/v1/network/metrics").param("country", "QQ").header("Accept-Language", "ko"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.country").value("QQ"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("국가 코드")));
		mvc.perform(get("/api/v1/network/metrics").param("region", "ATLANTIS")).andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/network/shared-partners").param("a", "999999999").param("b", "1"))
			.andExpect(status().isNotFound());
	}

	@Test
	void the_network_exports_as_well_formed_graphml_and_gexf_and_as_csv() throws Exception {
		for (var format : new String[] { "GRAPHML", "GEXF" }) {
			var bytes = mvc.perform(get("/api/v1/network/export").param("format", format).param("country", "KR"))
				.andExpect(status().isOk())
				.andReturn().getResponse().getContentAsByteArray();
			var document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
				.parse(new ByteArrayInputStream(bytes));
			assertThat(document.getElementsByTagName("node").getLength()).isGreaterThan(100);
			assertThat(document.getElementsByTagName("edge").getLength()).isGreaterThan(100);
		}
		var csv = mvc.perform(get("/api/v1/network/export").param("format", "CSV").param("country", "KR"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/csv"))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv.lines().findFirst().orElseThrow()).startsWith("id,slug,name,country,level,latitude,longitude,degree,betweenness");
		assertThat(csv).contains("seoul-kr");
	}
}
