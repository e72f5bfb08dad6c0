package org.amity.engagement.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.amity.SeoulAndTokyoPagesTest;
import org.amity.engagement.Engagement;
import org.amity.shared.LocalizedText;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;

/** Engagement's pages: campaigns scoped to the partnership's cities, reach imports that explain, moderated ideas. */
class EngagementPagesTest extends SeoulAndTokyoPagesTest {

	@Autowired
	Engagement engagement;

	long campaign(String partnership) {
		return engagement.launch(partnership, LocalizedText.of("en", "Campaign " + System.nanoTime()),
				List.of("instagram", "x"), List.of("#Amity"), LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 31));
	}

	long reach(long campaign) {
		return jdbc.sql("select coalesce(sum(reach), 0) from engagement.campaign_reach where campaign_id = :id")
			.param("id", campaign).query(Long.class).single();
	}

	@Test
	void a_tokyo_officer_neither_sees_nor_changes_a_campaign_of_a_partnership_seoul_has_without_tokyo()
			throws Exception {
		var partnership = seoulOnlyPartnership();
		long id = campaign(partnership);
		var seoulPage = mvc.perform(get("/en/manage/campaigns").with(seoul)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		assertThat(seoulPage).contains("campaign-" + id);
		var tokyoPage = mvc.perform(get("/en/manage/campaigns").with(tokyo)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		assertThat(tokyoPage).doesNotContain("campaign-" + id);
		mvc.perform(post("/en/manage/campaigns/" + id + "/reach").with(tokyo).with(csrf()).param("channel", "x")
			.param("day", "2026-05-02").param("reach", "100")).andExpect(status().isForbidden());
		mvc.perform(multipart("/en/manage/campaigns/" + id + "/reach-file")
			.file(new MockMultipartFile("file", "r.csv", "text/csv", "channel,day,reach\nx,2026-05-02,5\n".getBytes()))
			.with(tokyo).with(csrf())).andExpect(status().isForbidden());
		mvc.perform(post("/en/manage/campaigns").with(tokyo).with(csrf()).param("partnership", partnership)
			.param("title.en", "Not ours").param("channels", "x").param("startsOn", "2026-01-01")
			.param("endsOn", "2026-01-02")).andExpect(status().isForbidden());
		assertThat(reach(id)).isZero();
		mvc.perform(post("/en/manage/campaigns/" + id + "/reach").with(seoul).with(csrf()).param("channel", "x")
			.param("day", "2026-05-02").param("reach", "100")).andExpect(status().is3xxRedirection());
		assertThat(reach(id)).isEqualTo(100);
	}

	@Test
	void a_reach_file_that_is_not_utf8_malformed_or_wrong_on_a_line_is_refused_whole_with_a_clear_reason()
			throws Exception {
		long id = campaign("seoul-kr-tokyo-jp");
		var url = "/ko/manage/campaigns/" + id + "/reach-file";
		var eucKr = "channel,day,reach\nx,2026-05-02,5\n# 서울 캠페인\n".getBytes(Charset.forName("EUC-KR"));
		var html = mvc.perform(multipart(url).file(new MockMultipartFile("file", "r.csv", "text/csv", eucKr))
			.with(seoul).with(csrf())).andExpect(status().isUnprocessableEntity()).andReturn().getResponse()
			.getContentAsString();
		assertThat(html).contains("파일이 UTF-8 텍스트가 아닙니다");
		var malformed = "channel,day,reach\nx,2026-05-02,5\n\"x,2026-05-03,7\n".getBytes(StandardCharsets.UTF_8);
		html = mvc.perform(multipart("/en/manage/campaigns/" + id + "/reach-file")
			.file(new MockMultipartFile("file", "r.csv", "text/csv", malformed)).with(seoul).with(csrf()))
			.andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString();
		assertThat(html).contains("cannot be read as CSV");
		var badLine = "channel,day,reach\nx,2026-05-02,5\ninstagram,2026-13-01,7\n".getBytes(StandardCharsets.UTF_8);
		html = mvc.perform(multipart("/ja/manage/campaigns/" + id + "/reach-file")
			.file(new MockMultipartFile("file", "r.csv", "text/csv", badLine)).with(seoul).with(csrf()))
			.andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString();
		assertThat(html).contains("3");
		mvc.perform(multipart("/en/manage/campaigns/" + id + "/reach-file")
			.file(new MockMultipartFile("file", "r.csv", "text/csv", new byte[0])).with(seoul).with(csrf()))
			.andExpect(status().isUnprocessableEntity());
		assertThat(reach(id)).as("nothing of a refused file is kept").isZero();
		var bom = "\uFEFFchannel,day,reach\nx,2026-05-02,5\ninstagram,2026-05-02,7\n".getBytes(StandardCharsets.UTF_8);
		mvc.perform(multipart("/en/manage/campaigns/" + id + "/reach-file")
			.file(new MockMultipartFile("file", "r.csv", "text/csv", bom)).with(seoul).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(reach(id)).isEqualTo(12);
	}

	@Test
	void an_idea_on_seouls_event_is_moderated_by_seoul_a_rejection_needs_a_reason_and_approved_ones_show_escaped()
			throws Exception {
		var topic = "kimchi-making-workshop-demo";
		var hostile = "<img src=x onerror=alert(1)> More tables please " + System.nanoTime();
		mvc.perform(post("/en/ideas").with(csrf()).param("topic", topic).param("author", "Park")
			.param("email", "park@example.kr").param("text", hostile)).andExpect(status().is3xxRedirection());
		long id = jdbc.sql("select id from engagement.idea where text = :t").param("t", hostile).query(Long.class)
			.single();
		mvc.perform(post("/en/ideas").with(csrf()).param("topic", "no-such-event").param("author", "Park")
			.param("email", "park@example.kr").param("text", "x")).andExpect(status().isUnprocessableEntity());
		var queue = mvc.perform(get("/en/manage/ideas").with(seoul)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		assertThat(queue).contains("More tables please").doesNotContain("<img src=x");
		assertThat(mvc.perform(get("/en/manage/ideas").with(tokyo)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString()).doesNotContain(hostile.substring(30));
		mvc.perform(post("/en/manage/ideas/" + id).with(tokyo).with(csrf()).param("decision", "approve"))
			.andExpect(status().isForbidden());
		var refused = mvc.perform(post("/id/manage/ideas/" + id).with(seoul).with(csrf()).param("decision", "reject")
			.param("reason", " ")).andExpect(status().isUnprocessableEntity()).andReturn().getResponse()
			.getContentAsString();
		assertThat(refused).contains("alasan");
		mvc.perform(post("/en/manage/ideas/" + id).with(seoul).with(csrf()).param("decision", "approve"))
			.andExpect(status().is3xxRedirection());
		var published = mvc.perform(get("/ko/ideas").param("topic", topic)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		assertThat(published).contains("More tables please", "&lt;img src=x").doesNotContain("<img src=x");
	}

	@Test
	void the_community_events_list_shows_what_partner_organisations_ran() throws Exception {
		engagement.communityEvent("seoul-kr-tokyo-jp", "Mapo Youth Centre", LocalizedText.of("en", "Language café"),
				LocalDate.of(2026, 4, 12), "Mapo, Seoul", 42);
		var html = mvc.perform(get("/ja/community-events")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(html).contains("Language café", "Mapo Youth Centre", "42");
	}
}
