package org.amity.evaluation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.amity.partnership.Partnerships;
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
class VitalityApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Partnerships partnerships;

	@Test
	void the_seoul_tokyo_vitality_answers_as_json_and_as_csv_and_an_unknown_partnership_is_404() throws Exception {
		long id = partnerships.findBySlug("seoul-kr-tokyo-jp").orElseThrow().id();
		mvc.perform(get("/api/v1/partnerships/{id}/vitality", id))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.dormantAfterYears").value(3))
			.andExpect(jsonPath("$.years[0].year").value(1988))
			.andExpect(jsonPath("$.periods[?(@.from == 1999)].to").value(org.hamcrest.Matchers.contains(2013)));
		var csv = mvc.perform(get("/api/v1/partnerships/{id}/vitality.csv", id))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/csv"))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).startsWith("year,index,state,last_activity_year,activities").contains("2014,50,REVIVAL,2014,MOU");
		mvc.perform(get("/api/v1/partnerships/999999999/vitality").header("Accept-Language", "ja"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.title").value("見つかりません"));
	}
}
