package org.amity.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.amity.city.Gazetteer;
import org.amity.identity.Account;
import org.amity.identity.Accounts;
import org.amity.identity.Caller;
import org.amity.identity.CurrentUser;
import org.amity.identity.Grant;
import org.amity.identity.NewAccount;
import org.amity.identity.Role;
import org.amity.partnership.Partnerships;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Hostile values in the forms of identity, personal data, partnership proposals and approval: markup, SQL,
 * right-to-left overrides and zero-width characters are stored as typed and shown as text; a NUL byte, a lone half of
 * a surrogate pair or an overlong value is refused with a message, and nothing is stored half-way.
 */
@SpringBootTest
@AutoConfigureMockMvc
class HostileFormsTest {

	static final String SCRIPT = "<script>alert('x')</script>";
	static final String SQL = "'); drop table partnership.partnership; --";
	static final String RTL = "evil\u202Etxt.exe";
	static final String ZERO_WIDTH = "to\u200Bkyo";
	static final String HOSTILE = SCRIPT + " " + SQL + " " + RTL + " " + ZERO_WIDTH;

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	CurrentUser currentUser;

	@Autowired
	Gazetteer gazetteer;

	@Autowired
	Partnerships partnerships;

	@Autowired
	JdbcClient jdbc;

	Account person;
	long partnership;
	Caller seoulOfficer;
	Caller partnerOfficer;

	@BeforeEach
	void aPersonAndSeoulsPartnership() {
		var name = "hostile-" + UUID.randomUUID().toString().substring(0, 8);
		currentUser.runAs(Caller.system(), () -> accounts.register(new NewAccount(name, "Plain Name", null, "en",
				"pw-1234567890", false, Set.of(Grant.platform(Role.PARTICIPANT)))));
		person = accounts.find(name).orElseThrow();
		long seoul = gazetteer.findBySlug("seoul-kr").orElseThrow().id();
		long tokyo = gazetteer.findBySlug("tokyo-jp").orElseThrow().id();
		var found = partnerships.involving(seoul)
			.stream()
			.filter(p -> p.placeA() != tokyo && p.placeB() != tokyo)
			.reduce((first, second) -> second)
			.orElseThrow();
		partnership = found.id();
		long partner = found.placeA() == seoul ? found.placeB() : found.placeA();
		seoulOfficer = Caller.of(7601, "hostile-seoul", List.of(Grant.of(Role.CITY_OFFICER, seoul)), false);
		partnerOfficer = Caller.of(7602, "hostile-partner", List.of(Grant.of(Role.CITY_OFFICER, partner)), false);
	}

	RequestPostProcessor as(Caller caller) {
		return authentication(CurrentUser.authenticationOf(caller));
	}

	@Test
	void a_hostile_name_is_stored_as_typed_and_shown_as_text_on_the_persons_data_page() throws Exception {
		mvc.perform(post("/en/me/data/corrections").with(csrf()).with(as(person.caller())).param("section", "account")
			.param("field", "displayName").param("value", HOSTILE))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("notice", "privacy.me.corrected"));
		assertThat(displayName()).isEqualTo(HOSTILE);
		var page = mvc.perform(get("/en/me/data").with(as(person.caller()))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;").doesNotContain(SCRIPT)
			.contains(RTL).contains(ZERO_WIDTH);
	}

	@ParameterizedTest(name = "a name with {0} is refused with a message and the stored one kept")
	@ValueSource(strings = { "NUL", "lone surrogate", "bell", "overlong" })
	void a_name_that_cannot_be_stored_is_refused_with_a_message_and_the_old_one_kept(String kind) throws Exception {
		var value = switch (kind) {
			case "NUL" -> "Kim\u0000Minji";
			case "lone surrogate" -> "Kim \uD800 Minji";
			case "bell" -> "Kim\u0007";
			default -> "x".repeat(100_000);
		};
		mvc.perform(post("/ko/me/data/corrections").with(csrf()).with(as(person.caller())).param("section", "account")
			.param("field", "displayName").param("value", value))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("error", "privacy.me.correction-refused"));
		assertThat(displayName()).isEqualTo("Plain Name");
	}

	@Test
	void a_guardians_details_with_a_nul_byte_are_refused_and_no_consent_is_recorded() throws Exception {
		long before = jdbc.sql("select count(*) from privacy.consent").query(Long.class).single();
		mvc.perform(post("/en/me/data/consents").with(csrf()).with(as(person.caller()))
			.param("purpose", "APPLICATION_PROCESSING").param("decision", "give").param("jurisdiction", "KR")
			.param("birthDate", "2016-05-01").param("guardianName", "Parent\u0000").param("guardianContact",
					"parent@example.org")
			.param("guardianConfirmed", "true"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("error", "privacy.consent.refused.BROKEN_TEXT"));
		assertThat(jdbc.sql("select count(*) from privacy.consent").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void an_agreement_proposal_with_markup_is_kept_as_text_and_one_that_cannot_be_stored_is_a_400() throws Exception {
		long proposals = proposals();
		for (var title : List.of("\\u0000 title", "broken \\ud800 title", "x".repeat(1001))) {
			mvc.perform(post("/api/v1/partnerships/{id}/proposals/agreement", partnership).with(csrf())
				.with(as(seoulOfficer)).contentType(MediaType.APPLICATION_JSON)
				.header(HttpHeaders.ACCEPT_LANGUAGE, "ja").content(agreement(title)))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.title").value("不正なリクエスト"));
		}
		assertThat(proposals()).isEqualTo(proposals);
		var answer = mvc.perform(post("/api/v1/partnerships/{id}/proposals/agreement", partnership).with(csrf())
			.with(as(seoulOfficer)).contentType(MediaType.APPLICATION_JSON)
			.content(agreement(SCRIPT + " \\u202Eevil \\u200B" + SQL)))
			.andExpect(status().isAccepted())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		long id = Long.parseLong(answer.replaceAll(".*\"proposalId\":(\\d+).*", "$1"));
		var page = mvc.perform(get("/en/manage/approvals/{id}", id).with(as(partnerOfficer)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;").doesNotContain(SCRIPT);

		// a refusal's reason: a NUL byte is refused on the form, markup is kept as text
		mvc.perform(post("/en/manage/approvals/{id}/refuse", id).with(csrf()).with(as(partnerOfficer))
			.param("reason", "no\u0000"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("reasonError", "approval.reason.broken"));
		assertThat(proposalStatus(id)).isEqualTo("PENDING");
		mvc.perform(post("/en/manage/approvals/{id}/refuse", id).with(csrf()).with(as(partnerOfficer))
			.param("reason", HOSTILE))
			.andExpect(status().is3xxRedirection());
		assertThat(proposalStatus(id)).isEqualTo("REFUSED");
		var refused = mvc.perform(get("/en/manage/approvals/{id}", id).with(as(seoulOfficer)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(refused).doesNotContain(SCRIPT).contains("&lt;script&gt;");
	}

	@ParameterizedTest(name = "asking a reset for {0} answers the usual page")
	@ValueSource(strings = { SCRIPT, SQL, RTL, "a\u0000b", "broken \uD800" })
	void asking_a_password_reset_for_a_hostile_name_answers_the_usual_page_and_shows_nothing_raw(String name)
			throws Exception {
		var page = mvc.perform(post("/en/password-reset").with(csrf()).param("username", name))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).doesNotContain(SCRIPT).doesNotContain("\u0000");
	}

	String agreement(String jsonTitle) {
		int version = partnerships.find(partnership).orElseThrow().version();
		return "{\"kind\":\"MOU\",\"title\":\"" + jsonTitle.replace("\"", "\\\"") + "\",\"signedOn\":\"2024\","
				+ "\"baseVersion\":" + version + "}";
	}

	String displayName() {
		return accounts.find(person.username()).orElseThrow().displayName();
	}

	long proposals() {
		return jdbc.sql("select count(*) from approval.proposal").query(Long.class).single();
	}

	String proposalStatus(long id) {
		return jdbc.sql("select status from approval.proposal where id = :id").param("id", id).query(String.class)
			.single();
	}
}
