package org.amity.search;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * With the search cluster configured but not there (nothing listens on its port), the application still starts, the
 * search API answers a 503 problem in the caller's language and the search page says so in the reader's.
 */
@SpringBootTest
@AutoConfigureMockMvc
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SearchUnavailableTest {

	@DynamicPropertySource
	static void clusterNotThere(DynamicPropertyRegistry registry) throws IOException {
		int port = OpenSearchConnectionTest.closedPort();
		registry.add("amity.search.backend", () -> "opensearch");
		registry.add("amity.search.opensearch.url", () -> "http://127.0.0.1:" + port);
		registry.add("amity.search.warm-up", () -> "false");
	}

	@Autowired
	MockMvc mvc;

	@Test
	void the_api_answers_a_503_problem_in_the_callers_language() throws Exception {
		mvc.perform(get("/api/v1/search").param("q", "Tokyo").header(HttpHeaders.ACCEPT_LANGUAGE, "ja"))
			.andExpect(status().isServiceUnavailable())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(header().string(HttpHeaders.RETRY_AFTER, "60"))
			.andExpect(jsonPath("$.status").value(503))
			.andExpect(jsonPath("$.title").value("検索を利用できません"))
			.andExpect(jsonPath("$.detail").value(containsString("数分後")));
	}

	@Test
	void the_search_page_keeps_its_form_and_says_the_search_cannot_answer_now() throws Exception {
		mvc.perform(get("/ko/search").param("q", "도쿄"))
			.andExpect(status().isServiceUnavailable())
			.andExpect(content().string(containsString("지금은 검색할 수 없습니다")))
			.andExpect(content().string(containsString("name=\"q\"")))
			.andExpect(content().string(not(containsString("results-heading"))));
	}

	@Test
	void the_search_page_without_a_query_needs_no_cluster() throws Exception {
		mvc.perform(get("/en/search")).andExpect(status().isOk());
	}
}
