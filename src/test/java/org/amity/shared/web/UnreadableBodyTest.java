package org.amity.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.amity.identity.Caller;
import org.amity.identity.CurrentUser;
import org.amity.identity.Grant;
import org.amity.identity.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** A JSON request without a body, or with one that is not JSON of the expected shape, is the caller's mistake: 400. */
@SpringBootTest
@AutoConfigureMockMvc
class UnreadableBodyTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	static final Caller ADMIN = Caller.of(7301, "body-admin", List.of(Grant.platform(Role.PLATFORM_ADMIN)), false);

	@Test
	void a_post_without_a_body_answers_400_in_the_callers_language_and_stores_nothing() throws Exception {
		long ideas = count("engagement.idea");
		mvc.perform(post("/api/v1/ideas").with(csrf()).header(HttpHeaders.ACCEPT_LANGUAGE, "ko"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("읽을 수 없는 요청"))
			.andExpect(jsonPath("$.type").value("urn:amity:problem:unreadable-body"));
		assertThat(count("engagement.idea")).isEqualTo(ideas);
	}

	@Test
	void malformed_or_wrongly_shaped_json_from_staff_answers_400_and_changes_nothing() throws Exception {
		var admin = authentication(CurrentUser.authenticationOf(ADMIN));
		long campaigns = count("engagement.campaign");
		long proposals = count("approval.proposal");
		mvc.perform(post("/api/v1/campaigns").with(csrf()).with(admin).contentType(MediaType.APPLICATION_JSON)
			.content("{\"partnership\": ").header(HttpHeaders.ACCEPT_LANGUAGE, "ja"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.title").value("読み取れないリクエスト"));
		mvc.perform(post("/api/v1/partnerships/1/proposals/status").with(csrf()).with(admin)
			.contentType(MediaType.APPLICATION_JSON).content("[1, 2, 3]").header(HttpHeaders.ACCEPT_LANGUAGE, "id"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.title").value("Permintaan tidak terbaca"));
		mvc.perform(post("/api/v1/surveys").with(csrf()).with(admin).contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("Nothing was changed")));
		assertThat(count("engagement.campaign")).isEqualTo(campaigns);
		assertThat(count("approval.proposal")).isEqualTo(proposals);
	}

	long count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}
}
