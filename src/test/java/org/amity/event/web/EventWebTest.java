package org.amity.event.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Pattern;

import org.amity.event.EventCatalogue;
import org.amity.event.Registrations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The demo Seoul–Tokyo Week through its pages, its API and its calendar feeds. */
@SpringBootTest
@AutoConfigureMockMvc
class EventWebTest {

	static final String CONCERT = "seoul-tokyo-friendship-concert-demo";
	static final String WASHOKU = "washoku-workshop-demo";

	@Autowired
	MockMvc mvc;

	@Autowired
	Registrations registrations;

	@Autowired
	EventCatalogue catalogue;

	@Test
	void the_demo_week_shows_in_four_languages_marked_as_demo() throws Exception {
		for (var expected : new String[][] { { "en", "Seoul–Tokyo Week (demo)", "Demo content" },
				{ "ko", "서울–도쿄 주간 (데모)", "데모 콘텐츠" }, { "ja", "ソウル・東京ウィーク（デモ）", "デモコンテンツ" },
				{ "id", "Pekan Seoul–Tokyo (demo)", "Konten demo" } }) {
			var html = mvc.perform(get("/" + expected[0] + "/events")).andExpect(status().isOk()).andReturn()
				.getResponse().getContentAsString();
			assertThat(html).contains(expected[1], expected[2]);
			var series = mvc.perform(get("/" + expected[0] + "/series/seoul-tokyo-week-demo"))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
			assertThat(series).contains("\"@type\":\"EventSeries\"", "\"subEvent\"");
		}
	}

	@Test
	void an_event_page_describes_the_event_as_schema_org_json_ld_with_its_time_in_the_venues_zone()
			throws Exception {
		var html = mvc.perform(get("/en/events/" + CONCERT)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(html).contains("application/ld+json", "\"@type\":\"MusicEvent\"",
				"\"startDate\":\"2027-09-03T19:00+09:00\"", "\"superEvent\"", "Asia/Seoul", "name=\"token\"");
		mvc.perform(get("/en/events/no-such-event")).andExpect(status().isNotFound());
	}

	@Test
	void the_calendar_feeds_are_rfc_5545_with_folded_lines_and_utc_times() throws Exception {
		var ics = mvc.perform(get("/api/v1/events/" + CONCERT + "/calendar.ics").header("Accept-Language", "ja"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "text/calendar;charset=UTF-8"))
			.andReturn().getResponse().getContentAsString();
		assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n")
			.contains("DTSTART:20270903T100000Z", "DTEND:20270903T123000Z", "SUMMARY:");
		for (var line : ics.split("\r\n")) {
			assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
		}
		var series = mvc.perform(get("/api/v1/series/seoul-tokyo-week-demo/calendar.ics")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(Pattern.compile("BEGIN:VEVENT").matcher(series).results().count()).isEqualTo(4);
	}

	@Test
	void the_same_idempotency_key_answers_the_same_registration_and_with_another_body_is_refused()
			throws Exception {
		var body = "{\"type\":\"seat\",\"email\":\"hana@example.org\",\"name\":\"Hana\",\"quantity\":1}";
		var first = mvc.perform(post("/api/v1/events/" + WASHOKU + "/registrations").header("Idempotency-Key", "k-1")
			.contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated())
			.andExpect(header().string("Idempotent-Replayed", "false"))
			.andReturn().getResponse().getContentAsString();
		var again = mvc.perform(post("/api/v1/events/" + WASHOKU + "/registrations").header("Idempotency-Key", "k-1")
			.contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated())
			.andExpect(header().string("Idempotent-Replayed", "true"))
			.andReturn().getResponse().getContentAsString();
		assertThat(again.replace("\"replayed\":true", "\"replayed\":false")).isEqualTo(first);
		mvc.perform(post("/api/v1/events/" + WASHOKU + "/registrations").header("Idempotency-Key", "k-1")
			.header("Accept-Language", "ko").contentType(MediaType.APPLICATION_JSON)
			.content(body.replace("Hana", "Jun")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.reason").value("KEY_REUSED"))
			.andExpect(jsonPath("$.title").value("등록이 거부되었습니다"));
	}

	@Test
	void bad_registrations_are_refused_in_the_callers_language_and_store_nothing() throws Exception {
		long before = registrations.ofEvent(catalogue.event(WASHOKU).id()).size();
		mvc.perform(post("/api/v1/events/" + WASHOKU + "/registrations").header("Accept-Language", "ja")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"type\":\"seat\",\"email\":\"not-an-address\",\"name\":\"X\",\"quantity\":1}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.reason").value("INVALID_PERSON"));
		mvc.perform(post("/api/v1/events/" + WASHOKU + "/registrations").contentType(MediaType.APPLICATION_JSON)
			.content("{\"type\":\"seat\",\"email\":\"a@example.org\",\"name\":\"X\",\"quantity\":50}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.reason").value("GROUP_TOO_LARGE"));
		mvc.perform(post("/api/v1/events/" + WASHOKU + "/registrations").contentType(MediaType.APPLICATION_JSON)
			.content("{\"type\":\"seat\",\"email\":\"a@example.org\",\"name\":\"X\\u0000\",\"quantity\":1}"))
			.andExpect(status().isUnprocessableContent());
		mvc.perform(post("/api/v1/events/" + WASHOKU + "/registrations").contentType(MediaType.APPLICATION_JSON)
			.content("{\"type\":\"seat\",\"email\":\"a@example.org\",\"name\":\"X\u0000\",\"quantity\":1}"))
			.andExpect(status().isBadRequest());
		mvc.perform(post("/api/v1/events/" + WASHOKU + "/registrations").contentType(MediaType.APPLICATION_JSON)
			.content("{\"type\":"))
			.andExpect(status().isBadRequest());
		mvc.perform(post("/api/v1/events/nothing/registrations").contentType(MediaType.APPLICATION_JSON)
			.content("{\"type\":\"seat\"}"))
			.andExpect(status().isNotFound());
		assertThat(registrations.ofEvent(catalogue.event(WASHOKU).id())).hasSize((int) before);
	}

	@Test
	void a_form_submitted_twice_makes_one_registration_and_leads_to_the_same_page() throws Exception {
		var form = post("/ko/events/" + WASHOKU + "/registrations").with(csrf()).param("token", "form-token-1")
			.param("type", "seat").param("quantity", "2").param("name", "민준").param("email", "minjun@example.org");
		var first = mvc.perform(form).andExpect(status().is3xxRedirection()).andReturn().getResponse()
			.getRedirectedUrl();
		var second = mvc.perform(form).andExpect(status().is3xxRedirection()).andReturn().getResponse()
			.getRedirectedUrl();
		assertThat(second).isEqualTo(first).startsWith("/ko/registrations/");
		var page = mvc.perform(get(first)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(page).contains("자리가 확정되었습니다", "/api/v1/calendars/");
		assertThat(registrations.ofPerson("minjun@example.org")).hasSize(1);
		var refused = mvc.perform(post("/ko/events/" + WASHOKU + "/registrations").with(csrf()).param("token", "t2")
			.param("type", "seat").param("quantity", "1").param("name", "").param("email", "x"))
			.andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
		assertThat(refused).contains("이름과 올바른 이메일 주소를 입력해 주세요");
	}

	@Test
	void staff_work_on_events_asks_someone_not_signed_in_to_sign_in_and_changes_nothing() throws Exception {
		var quota = catalogue.quotas(catalogue.event(WASHOKU).id()).get(0);
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.put("/api/v1/quotas/" + quota.id() + "/capacity").contentType(MediaType.APPLICATION_JSON)
			.content("{\"capacity\":1}"))
			.andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/events/" + WASHOKU + "/check-in-list")).andExpect(status().isUnauthorized());
		org.assertj.core.api.Assertions.assertThat(catalogue.quotas(catalogue.event(WASHOKU).id()).get(0).capacity())
			.isEqualTo(quota.capacity());
	}
}
