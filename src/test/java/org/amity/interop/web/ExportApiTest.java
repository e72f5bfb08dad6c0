package org.amity.interop.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
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
class ExportApiTest {

	@Autowired
	MockMvc mvc;

	@Test
	void the_registry_exports_as_geojson_lines_with_longitude_first() throws Exception {
		var json = mvc.perform(get("/api/v1/partnerships/export").param("format", "GEOJSON"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/geo+json"))
			.andExpect(jsonPath("$.type").value("FeatureCollection"))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		List<List<List<Double>>> seoulTokyo = JsonPath.read(json,
				"$.features[?(@.properties.slug == 'seoul-kr-tokyo-jp')].geometry.coordinates");
		assertThat(seoulTokyo).hasSize(1);
		// Tokyo (139.7 E, 35.7 N) is place a: its longitude comes first
		assertThat(seoulTokyo.get(0).get(0)).containsExactly(139.6917, 35.6895);
		int features = JsonPath.read(json, "$.features.length()");
		int unlocated = JsonPath.read(json, "$.unlocated");
		assertThat(features + unlocated).isGreaterThan(24_000);
	}

	@Test
	void the_registry_exports_as_csv_and_an_unknown_format_is_a_400() throws Exception {
		var csv = mvc.perform(get("/api/v1/partnerships/export"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/csv"))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).startsWith("id,slug,city_a").contains("seoul-kr-tokyo-jp");
		mvc.perform(get("/api/v1/partnerships/export").param("format", "PDF")).andExpect(status().isBadRequest());
	}
}
