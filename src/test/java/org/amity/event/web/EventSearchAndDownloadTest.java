package org.amity.event.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** The search box finds the Seoul–Tokyo Week in four languages; the public events list downloads as CSV and XLSX. */
@SpringBootTest
@AutoConfigureMockMvc
class EventSearchAndDownloadTest {

	@Autowired
	MockMvc mvc;

	@ParameterizedTest(name = "{0} finds the week")
	@CsvSource({ "Seoul–Tokyo Week", "서울 도쿄 주간", "ソウル・東京ウィーク", "Pekan Seoul Tokyo", "김장 워크숍" })
	void the_search_box_finds_the_demo_week_in_every_language(String query) throws Exception {
		var json = mvc.perform(get("/api/v1/search").param("q", query).param("kind", "event"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(json).contains("\"kind\":\"event\"").containsAnyOf("/series/seoul-tokyo-week-demo",
				"/events/kimchi-making-workshop-demo");
	}

	@Test
	void the_events_list_downloads_with_headings_in_the_pages_language() throws Exception {
		var csv = mvc.perform(get("/ja/events.csv")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).startsWith("イベント,シリーズ,種類,開始（現地時刻）").contains("友好コンサート", "2027-09-03T19:00",
				"Asia/Seoul", "/ja/events/seoul-tokyo-friendship-concert-demo");
		var xlsx = mvc.perform(get("/en/events.xlsx")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsByteArray();
		assertThat(new String(xlsx, 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
		assertThat(mvc.perform(get("/en/events")).andReturn().getResponse().getContentAsString())
			.contains("/en/events.csv", "/en/events.xlsx");
	}
}
