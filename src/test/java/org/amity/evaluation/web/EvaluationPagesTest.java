package org.amity.evaluation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.amity.evaluation.ContextTimeline;
import org.amity.evaluation.Survey;
import org.amity.evaluation.Surveys;
import org.amity.shared.LocalizedText;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class EvaluationPagesTest {

	/** API writes are staff work (a respondent answers through the survey page). */
	static final org.springframework.test.web.servlet.request.RequestPostProcessor STAFF = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
		.authentication(org.amity.identity.CurrentUser.authenticationOf(org.amity.identity.Caller.system()));

	@Autowired
	org.springframework.web.context.WebApplicationContext webContext;

	MockMvc mvc;

	/** The staff pages need a signed-in staff member: every request is made as one, with the form's CSRF token. */
	@org.junit.jupiter.api.BeforeEach
	void signedInAsStaff() {
		mvc = org.springframework.test.web.servlet.setup.MockMvcBuilders.webAppContextSetup(webContext)
			.apply(org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity())
			.defaultRequest(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/").with(csrf()).with(STAFF))
			.build();
	}

	@Autowired
	Surveys surveys;

	@Autowired
	ContextTimeline context;

	String html(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	Survey survey() {
		var made = new Survey[1];
		currentUser.runAs(org.amity.identity.Caller.system(), () -> made[0] = surveys.createMutualUnderstanding(
				LocalizedText.of("en", "Page test"), null, Survey.Mode.ANONYMOUS,
				LocalizedText.of("Japan", "일본", "日本", "Jepang"), LocalizedText.of("Tokyo", "도쿄", "東京", "Tokyo"),
				false));
		return made[0];
	}

	@Autowired
	org.amity.identity.CurrentUser currentUser;

	@Test
	void a_respondent_answers_on_a_plain_form_and_a_wrong_answer_comes_back_with_the_reason_in_their_language()
			throws Exception {
		var survey = survey();
		var form = html(get("/ko/surveys/{id}", survey.id()));
		assertThat(form).contains("<form").contains("name=\"item.trust\"").contains("일본 사람들은 대체로 믿을 수 있다");
		var refused = html(post("/ko/surveys/{id}", survey.id()).with(csrf()).param("code", "x").param("wave", "PRE")
			.param("group", "PARTICIPANT"));
		assertThat(refused).contains("role=\"alert\"").contains("개인 코드");
		var thanks = html(post("/ko/surveys/{id}", survey.id()).with(csrf()).param("code", "page-1").param("wave", "PRE")
			.param("group", "PARTICIPANT").param("item.trust", "4").param("item.information_sources", "news")
			.param("item.information_sources", "travel").param("item.comment", "좋아요"));
		assertThat(thanks).contains("응답이 기록되었습니다");
		var results = html(get("/en/surveys/{id}/results", survey.id()));
		assertThat(results).contains("fewer than 5").doesNotContain(">1<");
	}

	@Test
	void the_api_takes_an_answer_refuses_it_twice_with_409_and_a_bad_one_with_422() throws Exception {
		var survey = survey();
		var body = """
				{"respondentCode":"api-1","wave":"PRE","group":"COMPARISON","language":"ja",
				 "answers":{"trust":{"number":3}}}""";
		mvc.perform(post("/api/v1/surveys/{id}/responses", survey.id()).with(csrf()).with(STAFF).contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(status().isCreated());
		mvc.perform(post("/api/v1/surveys/{id}/responses", survey.id()).with(csrf()).with(STAFF).contentType(MediaType.APPLICATION_JSON)
			.content(body).header("Accept-Language", "ja"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.reason").value("ALREADY_ANSWERED"));
		mvc.perform(post("/api/v1/surveys/{id}/responses", survey.id()).with(csrf()).with(STAFF).contentType(MediaType.APPLICATION_JSON)
			.content(body.replace("api-1", "api-2").replace("\"number\":3", "\"number\":9")))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors.trust").exists());
		mvc.perform(get("/api/v1/surveys/{id}/results", survey.id()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.respondents.value").doesNotExist());
		mvc.perform(get("/api/v1/surveys/999999")).andExpect(status().isNotFound());
	}

	@Test
	void staff_add_change_and_delete_a_context_event_and_a_bad_one_is_refused_with_a_form_error() throws Exception {
		mvc.perform(post("/en/manage/context").with(csrf()).param("a", "ID").param("b", "KR").param("date", "2023-09")
			.param("kind", "THAW").param("title", "Staff test summit"))
			.andExpect(status().is3xxRedirection());
		var event = context.between("ID", "KR").stream().filter(e -> e.title().equals("Staff test summit"))
			.findFirst().orElseThrow();
		mvc.perform(post("/en/manage/context/{id}", event.id()).with(csrf()).param("a", "ID").param("b", "KR")
			.param("date", "2023-10").param("kind", "THAW").param("title", "Staff test summit, renamed"))
			.andExpect(status().is3xxRedirection());
		assertThat(context.between("ID", "KR")).extracting(e -> e.title()).contains("Staff test summit, renamed");
		var refused = html(post("/en/manage/context").with(csrf()).param("a", "ID").param("b", "KR").param("date", "someday")
			.param("kind", "THAW").param("title", "x"));
		assertThat(refused).contains("role=\"alert\"").contains("a date such as 2019");
		mvc.perform(post("/en/manage/context/{id}", event.id()).with(csrf()).param("a", "ID").param("b", "KR")
			.param("date", "2023-10").param("kind", "THAW").param("title", "x").param("delete", "true"))
			.andExpect(status().is3xxRedirection());
		assertThat(context.between("ID", "KR")).noneMatch(e -> e.id() == event.id());
		assertThat(html(get("/en/manage/context?a=JP&b=KR"))).contains("Japan").contains("<form");
	}

	@Test
	void a_series_file_is_mapped_on_a_second_page_and_imported_with_its_unit_and_source() throws Exception {
		var file = new MockMultipartFile("file", "visits.csv", "text/csv",
				"year,visitors\n2019,120\n2020,15\n".getBytes(StandardCharsets.UTF_8));
		var mapping = html(multipart("/en/manage/series/preview").file(file).with(csrf()));
		assertThat(mapping).contains("Which column is which?").contains("visitors");
		var encoded = java.util.Base64.getEncoder().encodeToString(file.getBytes());
		var done = html(post("/en/manage/series").with(csrf()).param("file", encoded).param("period", "year")
			.param("value", "visitors").param("name", "Page test visitors").param("kind", "TOURISM")
			.param("unit", "persons").param("source", "Test office").param("countries", "ID KR"));
		assertThat(done).contains("Imported “Page test visitors”: 2 values.");
		var latin1 = new MockMultipartFile("file", "bad.csv", "text/csv",
				"year,caf\u00e9\n2019,1\n".getBytes(StandardCharsets.ISO_8859_1));
		assertThat(html(multipart("/en/manage/series/preview").file(latin1).with(csrf()))).contains("not UTF-8");
		mvc.perform(multipart("/api/v1/series").file(latin1).with(csrf()).param("period", "year").param("value", "x")
			.param("name", "n").param("kind", "OTHER").param("unit", "u").param("source", "s")
			.param("countryA", "JP").param("countryB", "KR"))
			.andExpect(status().isUnprocessableEntity());
	}

	@Test
	void tokyos_portfolio_report_lists_its_partnerships_by_vitality_with_a_report_for_each() throws Exception {
		var page = html(get("/en/cities/tokyo-jp/report"));
		assertThat(page).contains("Portfolio report of Tokyo").contains("/en/partnerships/seoul-kr-tokyo-jp/report")
			.contains("data-chart=\"chart-portfolio\"");
	}

	@Test
	void seouls_portfolio_report_is_shown_like_tokyos() throws Exception {
		mvc.perform(get("/en/cities/seoul-kr/report")).andExpect(status().isOk());
	}

	@Test
	void a_series_preview_without_a_file_is_refused_on_the_page_as_a_bad_request() throws Exception {
		mvc.perform(post("/en/manage/series/preview").with(csrf())).andExpect(status().isBadRequest());
	}
}
