package org.amity.privacy.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.amity.identity.Account;
import org.amity.identity.Accounts;
import org.amity.identity.Caller;
import org.amity.identity.CurrentUser;
import org.amity.identity.Grant;
import org.amity.identity.NewAccount;
import org.amity.identity.Role;
import org.amity.identity.SignedInAs;
import org.amity.privacy.Consents;
import org.amity.privacy.Purpose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The person's data page and the staff's requests page, with hostile input stored and shown as text. */
@SpringBootTest
@AutoConfigureMockMvc
class PersonalDataWebTest {

	static final String HOSTILE = "<script>alert('x')</script>' OR 1=1; --\u202Eevil\u200B";
	static final Caller ADMIN = Caller.of(1, "admin", List.of(Grant.platform(Role.PLATFORM_ADMIN)), false);

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	Consents consents;

	@Autowired
	CurrentUser currentUser;

	Account person;

	@BeforeEach
	void aParticipant() {
		var name = "rina-" + UUID.randomUUID().toString().substring(0, 8);
		var created = new Account[1];
		currentUser.runAs(ADMIN, () -> created[0] = accounts.register(new NewAccount(name, "Rina Wijaya",
				name + "@example.id", "id", "secret-pass", false, Set.of(Grant.platform(Role.PARTICIPANT)))));
		person = created[0];
	}

	RequestPostProcessor me() {
		return authentication(SignedInAs.caller(person.caller()));
	}

	static RequestPostProcessor as(Caller caller) {
		return authentication(SignedInAs.caller(caller));
	}

	@Test
	void a_participant_sees_their_data_in_their_language_and_downloads_it_as_json_and_csv() throws Exception {
		mvc.perform(get("/id/me/data").with(me()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Rina Wijaya")))
			.andExpect(content().string(containsString("Foto dan publikasi")));

		mvc.perform(get("/id/me/data/export.json").with(me()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("my-data.json")))
			.andExpect(jsonPath("$.sections.account[0].displayName").value("Rina Wijaya"))
			.andExpect(jsonPath("$.sections.account[0].email").value(person.email()));
		mvc.perform(get("/id/me/data/export.csv").with(me()))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/csv"))
			.andExpect(content().string(containsString("account,1,displayName,Rina Wijaya")));
		mvc.perform(get("/en/me/data/export.csv")).andExpect(status().is3xxRedirection());
	}

	@Test
	void a_minor_without_a_guardian_is_told_why_and_nothing_is_recorded() throws Exception {
		mvc.perform(post("/ko/me/data/consents").with(me()).with(csrf()).param("purpose", "PUBLICITY")
				.param("decision", "give").param("jurisdiction", "KR")
				.param("birthDate", LocalDate.now().minusYears(12).toString()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("error", "privacy.consent.refused.GUARDIAN_REQUIRED"));
		assertThat(consents.hasConsent(person.id(), Purpose.PUBLICITY)).isFalse();

		mvc.perform(post("/ko/me/data/consents").with(me()).with(csrf()).param("purpose", "PUBLICITY")
				.param("decision", "give").param("jurisdiction", "KR")
				.param("birthDate", LocalDate.now().minusYears(12).toString()).param("guardianName", HOSTILE)
				.param("guardianContact", "010-0000-0000").param("guardianConfirmed", "true"))
			.andExpect(flash().attribute("notice", "privacy.me.consent-given"));
		assertThat(consents.hasConsent(person.id(), Purpose.PUBLICITY)).isTrue();
		mvc.perform(get("/ko/me/data").with(me()))
			.andExpect(content().string(not(containsString("<script>alert"))))
			.andExpect(content().string(containsString("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")));

		mvc.perform(post("/ko/me/data/consents").with(me()).with(csrf()).param("purpose", "NOT_A_PURPOSE")
				.param("decision", "give"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/ko/me/data/consents").with(me()).with(csrf()).param("purpose", "RESEARCH")
				.param("decision", "give").param("birthDate", "not-a-date"))
			.andExpect(flash().attribute("error", "privacy.consent.refused.BIRTH_DATE"));
	}

	@Test
	void a_hostile_correction_is_stored_as_given_and_an_overlong_one_is_refused() throws Exception {
		mvc.perform(post("/en/me/data/corrections").with(me()).with(csrf()).param("section", "account")
				.param("field", "displayName").param("value", HOSTILE))
			.andExpect(flash().attribute("notice", "privacy.me.corrected"));
		assertThat(accounts.find(person.id()).orElseThrow().displayName()).isEqualTo(HOSTILE);

		mvc.perform(post("/en/me/data/corrections").with(me()).with(csrf()).param("section", "account")
				.param("field", "displayName").param("value", "x".repeat(10_000)))
			.andExpect(flash().attribute("error", "privacy.me.correction-refused"));
		mvc.perform(post("/en/me/data/corrections").with(me()).with(csrf()).param("section", "account")
				.param("field", "username").param("value", "admin"))
			.andExpect(flash().attribute("error", "privacy.me.correction-refused"));
		assertThat(accounts.find(person.id()).orElseThrow().displayName()).isEqualTo(HOSTILE);
		assertThat(accounts.find(person.id()).orElseThrow().username()).isEqualTo(person.username());
		mvc.perform(get("/en/me/data").with(me()))
			.andExpect(content().string(not(containsString("<script>alert"))));
	}

	@Test
	void an_erasure_is_asked_with_confirmation_shown_to_staff_with_its_clock_and_completed() throws Exception {
		mvc.perform(post("/en/me/data/deletion").with(me()).with(csrf()).param("jurisdiction", "ID"))
			.andExpect(flash().attribute("error", "privacy.me.deletion.confirm-required"));
		mvc.perform(post("/en/me/data/deletion").with(me()).with(csrf()).param("jurisdiction", "ID")
				.param("confirm", "true"))
			.andExpect(flash().attribute("notice", "privacy.me.deletion.requested"));

		var page = mvc.perform(get("/en/manage/privacy").with(as(ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("hours left")))
			.andReturn().getResponse().getContentAsString();
		// this person's row, among the requests other tests left open
		var id = page.replaceAll("(?s).*?<td>" + person.id() + "</td>.*?/en/manage/privacy/requests/(\\d+)/complete.*",
				"$1");

		mvc.perform(post("/en/manage/privacy/requests/{id}/complete", id).with(as(ADMIN)).with(csrf()))
			.andExpect(status().is3xxRedirection());

		var erased = accounts.find(person.id()).orElseThrow();
		assertThat(erased.displayName()).startsWith("person-");
		assertThat(erased.email()).isNull();
	}

	@Test
	void researchers_read_consent_aggregates_and_participants_do_not() throws Exception {
		var researcher = Caller.of(88, "researcher", List.of(Grant.platform(Role.RESEARCHER)), false);
		mvc.perform(get("/api/v1/privacy/consent-statistics").with(as(researcher)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.RESEARCH").exists());
		mvc.perform(get("/api/v1/privacy/consent-statistics").with(me())).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/privacy/consent-statistics")).andExpect(status().isUnauthorized());
	}
}
