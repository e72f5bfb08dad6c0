package org.amity.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.amity.city.Gazetteer;
import org.amity.identity.Caller;
import org.amity.identity.CurrentUser;
import org.amity.identity.Grant;
import org.amity.identity.Role;
import org.amity.partnership.Partnerships;
import org.amity.shared.LocalizedText;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** Campaigns belong to a partnership: only the staff of its two cities launch them and record their reach. */
@SpringBootTest
@AutoConfigureMockMvc
class CampaignScopeTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Engagement engagement;

	@Autowired
	Gazetteer gazetteer;

	@Autowired
	Partnerships partnerships;

	@Autowired
	JdbcClient jdbc;

	@Test
	void a_tokyo_officer_can_neither_launch_a_campaign_for_seouls_partnership_nor_record_its_reach() throws Exception {
		long seoul = gazetteer.findBySlug("seoul-kr").orElseThrow().id();
		long tokyo = gazetteer.findBySlug("tokyo-jp").orElseThrow().id();
		var seoulOnly = partnerships.involving(seoul).stream()
			.filter(p -> p.placeA() != tokyo && p.placeB() != tokyo).findFirst().orElseThrow().slug();
		long campaign = engagement.launch(seoulOnly, LocalizedText.of("en", "Seoul's own"), List.of("instagram"),
				List.of(), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 1));
		var tokyoOfficer = authentication(CurrentUser.authenticationOf(
				Caller.of(7701, "campaign-tokyo", List.of(Grant.of(Role.CITY_OFFICER, tokyo)), false)));
		long campaigns = count("engagement.campaign");
		mvc.perform(post("/api/v1/campaigns").with(csrf()).with(tokyoOfficer).contentType(MediaType.APPLICATION_JSON)
			.content("{\"partnership\":\"" + seoulOnly + "\",\"title\":{\"en\":\"Tokyo's\"},\"channels\":[\"x\"],"
					+ "\"startsOn\":\"2026-01-01\",\"endsOn\":\"2026-02-01\"}"))
			.andExpect(status().isForbidden());
		var csv = new MockMultipartFile("file", "reach.csv", "text/csv",
				"channel,day,reach\ninstagram,2026-01-05,999\n".getBytes(StandardCharsets.UTF_8));
		mvc.perform(multipart("/api/v1/campaigns/{id}/reach", campaign).file(csv).with(csrf()).with(tokyoOfficer))
			.andExpect(status().isForbidden());
		assertThat(count("engagement.campaign")).isEqualTo(campaigns);
		assertThat(jdbc.sql("select count(*) from engagement.campaign_reach where campaign_id = :c")
			.param("c", campaign).query(Long.class).single()).isZero();
	}

	long count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}
}
