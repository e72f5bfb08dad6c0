package org.amity.approval.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.amity.identity.Caller;
import org.amity.identity.CurrentUser;
import org.amity.identity.Grant;
import org.amity.identity.Role;
import org.amity.identity.SignedInAs;
import org.amity.partnership.Partnership;
import org.amity.partnership.PartnershipStatus;
import org.amity.partnership.PartnershipType;
import org.amity.partnership.Partnerships;
import org.amity.shared.PartialDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The approvals pages and API as each city's staff use them, with hostile text shown as text. */
@SpringBootTest
@AutoConfigureMockMvc
class ApprovalWebTest {

	static final String HOSTILE = "<script>alert(1)</script>'; drop table approval.proposal; -- \u202Egnp.exe\u200B";

	@Autowired
	MockMvc mvc;

	@Autowired
	Partnerships partnerships;

	@Autowired
	CurrentUser currentUser;

	long seoul;
	long tokyo;
	long partnershipId;
	Caller seoulOfficer;
	Caller tokyoOfficer;
	Caller osakaOfficer;

	@BeforeEach
	void aFreshPartnership() {
		long base = 800_000_000L + ThreadLocalRandom.current().nextLong(1_000_000) * 3;
		seoul = base;
		tokyo = base + 1;
		seoulOfficer = Caller.of(111, "seoul-officer", List.of(Grant.of(Role.CITY_OFFICER, seoul)), false);
		tokyoOfficer = Caller.of(211, "tokyo-officer", List.of(Grant.of(Role.CITY_OFFICER, tokyo)), false);
		osakaOfficer = Caller.of(311, "osaka-officer", List.of(Grant.of(Role.CITY_OFFICER, base + 2)), false);
		var admin = Caller.of(1, "admin", List.of(Grant.platform(Role.PLATFORM_ADMIN)), false);
		var id = new long[1];
		currentUser.runAs(admin, () -> id[0] = partnerships.register(seoul, tokyo, "web-" + base,
				PartnershipType.SISTER, PartialDate.ofYear(1988), PartnershipStatus.ACTIVE, true,
				new Partnership.Source("test", null)).id());
		partnershipId = id[0];
	}

	static RequestPostProcessor as(Caller caller) {
		return authentication(SignedInAs.caller(caller));
	}

	long proposeStatusThroughTheApi(String reason) throws Exception {
		var version = partnerships.find(partnershipId).orElseThrow().version();
		var body = """
				{"status":"DORMANT","effective":"2024","reason":%s,"baseVersion":%d}"""
			.formatted(tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(reason), version);
		var answer = mvc.perform(post("/api/v1/partnerships/{id}/proposals/status", partnershipId).with(as(seoulOfficer))
				.with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isAccepted())
			.andExpect(jsonPath("$.status").value("PENDING"))
			.andReturn().getResponse().getContentAsString();
		return Long.parseLong(answer.replaceAll(".*\"proposalId\":(\\d+).*", "$1"));
	}

	@Test
	void the_partner_city_sees_the_change_beside_the_record_and_approves_it_with_the_form() throws Exception {
		long id = proposeStatusThroughTheApi("Quiet since 2020");

		mvc.perform(get("/ko/manage/approvals/{id}", id).with(as(tokyoOfficer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("DORMANT")))
			.andExpect(content().string(containsString("ACTIVE")))
			.andExpect(content().string(containsString("승인하고 적용")));
		mvc.perform(get("/en/manage/approvals").with(as(tokyoOfficer)))
			.andExpect(status().isOk()).andExpect(content().string(containsString("web-")));

		mvc.perform(post("/en/manage/approvals/{id}/approve", id).with(as(tokyoOfficer)).with(csrf()))
			.andExpect(status().is3xxRedirection());

		assertThat(partnerships.find(partnershipId).orElseThrow().status()).isEqualTo(PartnershipStatus.DORMANT);
		mvc.perform(get("/api/v1/approvals/{id}", id).with(as(seoulOfficer)))
			.andExpect(jsonPath("$.status").value("APPROVED"))
			.andExpect(jsonPath("$.current.status").value("ACTIVE"))
			.andExpect(jsonPath("$.now.status").value("DORMANT"));
	}

	@Test
	void a_third_city_gets_not_found_and_the_proposer_gets_a_refusal_in_their_language() throws Exception {
		long id = proposeStatusThroughTheApi("x");

		mvc.perform(get("/en/manage/approvals/{id}", id).with(as(osakaOfficer))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/approvals/{id}", id).with(as(osakaOfficer))).andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/approvals/{id}/approve", id).with(as(osakaOfficer)).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/approvals/{id}/approve", id).with(as(seoulOfficer)).with(csrf())
				.header("Accept-Language", "ja"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.reason").value("OWN_PROPOSAL"))
			.andExpect(jsonPath("$.detail").value(containsString("相手都市")));
		mvc.perform(post("/api/v1/approvals/{id}/refuse", id).with(as(tokyoOfficer)).with(csrf())
				.contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"\"}"))
			.andExpect(status().isUnprocessableContent());
		assertThat(partnerships.find(partnershipId).orElseThrow().status()).isEqualTo(PartnershipStatus.ACTIVE);
	}

	@Test
	void hostile_reasons_are_stored_as_given_and_shown_as_text() throws Exception {
		long id = proposeStatusThroughTheApi(HOSTILE);

		mvc.perform(post("/en/manage/approvals/{id}/refuse", id).with(as(tokyoOfficer)).with(csrf())
				.param("reason", HOSTILE))
			.andExpect(status().is3xxRedirection());

		mvc.perform(get("/api/v1/approvals/{id}", id).with(as(seoulOfficer)))
			.andExpect(jsonPath("$.reason").value(HOSTILE))
			.andExpect(jsonPath("$.proposed.reason").value(HOSTILE));
		mvc.perform(get("/en/manage/approvals/{id}", id).with(as(seoulOfficer)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("<script>alert(1)"))))
			.andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")));
	}

	@Test
	void an_overlong_refusal_reason_is_a_form_error_and_the_proposal_stays_pending() throws Exception {
		long id = proposeStatusThroughTheApi("x");

		mvc.perform(post("/en/manage/approvals/{id}/refuse", id).with(as(tokyoOfficer)).with(csrf())
				.param("reason", "a".repeat(5000)))
			.andExpect(status().is3xxRedirection());

		mvc.perform(get("/api/v1/approvals/{id}", id).with(as(tokyoOfficer)))
			.andExpect(jsonPath("$.status").value("PENDING"));
	}
}
