package org.amity.exchange.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.amity.city.Gazetteer;
import org.amity.exchange.CallSettings;
import org.amity.exchange.Calls;
import org.amity.exchange.Direction;
import org.amity.exchange.DocumentType;
import org.amity.exchange.ProgramKind;
import org.amity.exchange.Programs;
import org.amity.notification.Outbox;
import org.amity.partnership.Partnerships;
import org.amity.shared.LocalizedText;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The applicant's and the coordinator's pages through the whole application, in the languages of both cities. */
@SpringBootTest
@AutoConfigureMockMvc
class ExchangePagesTest {

	static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

	@Autowired
	MockMvc mvc;

	@Autowired
	Programs programs;

	@Autowired
	Calls calls;

	@Autowired
	Partnerships partnerships;

	@Autowired
	Gazetteer gazetteer;

	@Autowired
	Outbox outbox;

	long callId;
	Direction seoulToTokyo;

	@Autowired
	org.springframework.web.context.WebApplicationContext context;

	@Autowired
	org.amity.identity.CurrentUser currentUser;

	org.springframework.security.core.Authentication admin;

	@org.junit.jupiter.api.AfterEach
	void nobodyActs() {
		org.amity.exchange.Acting.nobody();
	}

	@BeforeEach
	void anOpenCall() {
		// every form carries its CSRF token, as the pages' forms do
		mvc = org.springframework.test.web.servlet.setup.MockMvcBuilders.webAppContextSetup(context)
			.apply(org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity())
			.defaultRequest(get("/").with(
					org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
			.build();
		admin = org.amity.exchange.Acting.authentication(currentUser, org.amity.exchange.Acting.ADMIN);
		org.amity.exchange.Acting.as(currentUser, org.amity.exchange.Acting.ADMIN);
		long seoul = gazetteer.findBySlug("seoul-kr").orElseThrow().id();
		long tokyo = gazetteer.findBySlug("tokyo-jp").orElseThrow().id();
		seoulToTokyo = new Direction(seoul, tokyo);
		var partnership = partnerships.findBySlug("seoul-kr-tokyo-jp").orElseThrow();
		var program = programs.create(partnership.id(), ProgramKind.YOUTH_EXCHANGE, null,
				LocalizedText.of("Youth exchange", "청소년 교류", "青少年交流", "Pertukaran pemuda"), null, List.of(),
				List.of(), tokyo, false);
		programs.confirm(program.id(), seoul);
		var settings = new CallSettings(List.of(new CallSettings.Quota(seoulToTokyo, 20)),
				new CallSettings.Eligibility(15, 25, true, "ja", CallSettings.LanguageLevel.A2, false),
				List.of(new CallSettings.Field("motivation", LocalizedText.of("Motivation", "지원 동기", "志望動機", null),
						CallSettings.FieldType.LONG_TEXT, true)),
				List.of(new CallSettings.Document("letter", LocalizedText.of("Letter", "추천서", "推薦状", null),
						Set.of(DocumentType.PDF), true)),
				List.of(new CallSettings.Criterion("fit", LocalizedText.of("en", "Fit"), 10, 1)));
		var today = LocalDate.now();
		callId = calls.publish(calls.prepare(program.id(), 2027,
				LocalizedText.of("Youth call", "청소년 모집", "青少年募集", null), today.minusDays(1), today.plusDays(9),
				settings, false).id()).id();
		org.amity.exchange.Acting.nobody();
	}

	String apply(String email) throws Exception {
		var location = mvc.perform(post("/ko/applications").param("call", String.valueOf(callId))
				.param("direction", seoulToTokyo.key()).param("name", "김하늘").param("email", email))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/ko/applications/");
		return location;
	}

	@Test
	void an_applicant_follows_the_to_do_list_from_draft_to_submission_in_korean() throws Exception {
		mvc.perform(get("/ko/calls/" + callId))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("청소년 모집")))
			.andExpect(content().string(containsString("서울 → 도쿄")));
		var page = apply("haneul@example.org");
		mvc.perform(get(page))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CACHE_CONTROL, "no-store"))
			.andExpect(header().string("Referrer-Policy", "no-referrer"))
			.andExpect(content().string(containsString("작성 중")))
			.andExpect(content().string(containsString("생년월일을 입력하세요")));
		mvc.perform(post(page + "/submit")).andExpect(flash().attributeExists("refusal"));
		mvc.perform(post(page + "/draft").param("birthDate", "2008-04-01")
				.param("residence", String.valueOf(seoulToTokyo.from())).param("level.ja", "B1")
				.param("answer.motivation", "도쿄의 청소년과 만나고 싶습니다."))
			.andExpect(flash().attribute("done", "saved"));
		mvc.perform(get(page)).andExpect(content().string(containsString("일본어 수준 B1 중급")));
		mvc.perform(multipart(page + "/documents").file(new MockMultipartFile("file", "../../letter.pdf",
				"application/pdf", PDF)).param("slot", "letter"))
			.andExpect(flash().attribute("done", "uploaded"));
		mvc.perform(multipart(page + "/documents").file(new MockMultipartFile("file", "evil.pdf", "application/pdf",
				"<script>".getBytes(StandardCharsets.UTF_8))).param("slot", "letter"))
			.andExpect(flash().attributeExists("refusal"));
		mvc.perform(get(page + "/documents/letter"))
			.andExpect(status().isOk())
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, containsString("attachment")))
			.andExpect(content().bytes(PDF));
		mvc.perform(post(page + "/submit")).andExpect(flash().attribute("done", "submitted"));
		mvc.perform(get(page)).andExpect(content().string(containsString("제출됨")));
		assertThat(recentMail(50)).anySatisfy(mail -> {
			assertThat(mail.recipient()).isEqualTo("haneul@example.org");
			assertThat(mail.subject()).contains("지원서 접수");
		});
		// a replayed submission changes nothing and queues no second mail
		mvc.perform(post(page + "/submit")).andExpect(flash().attributeExists("refusal"));
		assertThat(recentMail(100).stream().filter(m -> m.recipient().equals("haneul@example.org"))).hasSize(1);
	}

	@Test
	void a_second_application_with_the_same_address_comes_back_to_the_call_with_the_reason() throws Exception {
		apply("twice@example.org");
		mvc.perform(post("/ja/applications").param("call", String.valueOf(callId))
				.param("direction", seoulToTokyo.key()).param("name", "x").param("email", "twice@example.org"))
			.andExpect(flash().attributeExists("refusal"))
			.andExpect(header().string(HttpHeaders.LOCATION, containsString("/ja/calls/" + callId)));
	}

	@Test
	void an_unknown_key_is_a_404_page_not_an_error() throws Exception {
		mvc.perform(get("/en/applications/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")).andExpect(status().isNotFound());
		mvc.perform(get("/en/applications/short")).andExpect(status().isNotFound());
		mvc.perform(get("/en/applications/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/documents/letter"))
			.andExpect(status().isNotFound());
	}

	@Test
	void the_coordinator_board_and_the_review_page_answer_in_japanese() throws Exception {
		var page = apply("board@example.org");
		mvc.perform(get("/ja/manage/calls/" + callId)).andExpect(status().is3xxRedirection());
		mvc.perform(get("/ja/manage/calls/" + callId).with(
				org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("キャンセル待ち")))
			.andExpect(content().string(containsString("ソウル → 東京")));
		mvc.perform(post("/ja/manage/calls/" + callId + "/select").param("direction", seoulToTokyo.key())
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
					.authentication(admin)))
			.andExpect(flash().attributeExists("refusal"));
		mvc.perform(get("/ja/programs")).andExpect(status().isOk())
			.andExpect(content().string(containsString("青少年交流")));
		mvc.perform(get("/api/v1/calls/" + callId).header(HttpHeaders.ACCEPT_LANGUAGE, "ko"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.title").value("청소년 모집"))
			.andExpect(jsonPath("$.quotas[0].places").value(20))
			.andExpect(jsonPath("$.eligibility.minAge").value(15));
		mvc.perform(get("/api/v1/calls/999999")).andExpect(status().isNotFound());
		mvc.perform(get("/en/programs/999999")).andExpect(status().isNotFound());
		mvc.perform(get(page)).andExpect(content().string(not(containsString("board@example.org"))));
	}

	/** The outbox as a platform admin reads it (it holds other people's mail). */
	java.util.List<org.amity.notification.QueuedMail> recentMail(int limit) {
		var mail = new java.util.ArrayList<org.amity.notification.QueuedMail>();
		currentUserForMail.runAs(org.amity.identity.Caller.system(), () -> mail.addAll(outbox.recent(limit)));
		return mail;
	}

	@org.springframework.beans.factory.annotation.Autowired
	org.amity.identity.CurrentUser currentUserForMail;
}
