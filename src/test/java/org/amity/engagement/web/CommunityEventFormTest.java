package org.amity.engagement.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import org.amity.SeoulAndTokyoPagesTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Staff add and correct the community events partner organisations ran, for their own cities' partnerships, in a
 * form that works without JavaScript and comes back with the reason and what was typed when refused.
 */
class CommunityEventFormTest extends SeoulAndTokyoPagesTest {

	MockHttpServletRequestBuilder form(String path, Map<String, String> fields) {
		var request = post(path).with(csrf());
		fields.forEach(request::param);
		return request;
	}

	Map<String, String> fields(String partnership, String title) {
		return new java.util.LinkedHashMap<>(Map.of("partnership", partnership, "organisation", "Mapo Youth Centre",
				"title.en", title, "title.ko", "언어 카페", "title.ja", "言語カフェ", "title.id", "Kafe bahasa", "heldOn",
				"2026-04-12", "place", "Mapo, Seoul", "attendance", "42"));
	}

	long count() {
		return jdbc.sql("select count(*) from engagement.community_event").query(Long.class).single();
	}

	long added(String title) {
		return jdbc.sql("select id from engagement.community_event where title ->> 'en' = :t").param("t", title)
			.query(Long.class).single();
	}

	String state(long id) {
		return jdbc.sql("select row(c.*)::text from engagement.community_event c where id = :id").param("id", id)
			.query(String.class).single();
	}

	@Test
	void a_seoul_officer_adds_one_in_four_languages_and_hostile_text_is_stored_as_typed_and_shown_escaped()
			throws Exception {
		var title = "Language café <script>alert(1)</script> " + System.nanoTime();
		mvc.perform(form("/en/manage/community-events", fields("seoul-kr-tokyo-jp", title)).with(seoul))
			.andExpect(status().is3xxRedirection());
		long id = added(title);
		var row = jdbc.sql("select title ->> 'ko' as ko, attendance from engagement.community_event where id = :id")
			.param("id", id).query((rs, n) -> rs.getString("ko") + "/" + rs.getInt("attendance")).single();
		assertThat(row).isEqualTo("언어 카페/42");
		var staffList = mvc.perform(get("/en/manage/community-events").with(seoul)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(staffList).contains("/en/manage/community-events/" + id, "&lt;script&gt;")
			.doesNotContain("<script>alert(1)");
		assertThat(mvc.perform(get("/ko/community-events")).andReturn().getResponse().getContentAsString())
			.contains("언어 카페");
	}

	@Test
	void a_refused_form_comes_back_with_the_reason_and_everything_typed_and_nothing_is_stored() throws Exception {
		long before = count();
		var cases = Map.of("heldOn", "12/04/2026", "attendance", "-3", "place", "Mapo\u0000Seoul", "organisation",
				"x".repeat(301), "partnership", "atlantis-xx-nowhere-xx");
		for (var broken : cases.entrySet()) {
			var typed = fields("seoul-kr-tokyo-jp", "Kept title " + broken.getKey());
			typed.put(broken.getKey(), broken.getValue());
			var html = mvc.perform(form("/ja/manage/community-events", typed).with(seoul))
				.andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
			assertThat(html).as(broken.getKey()).contains("form-error-summary", "Kept title " + broken.getKey(),
					"言語カフェ", "Mapo");
		}
		var reason = mvc.perform(form("/ko/manage/community-events", Map.of("title.en", "Only a title")).with(seoul))
			.andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
		assertThat(reason).contains("Only a title", "지역 행사에는");
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void a_tokyo_officer_neither_sees_adds_nor_corrects_one_of_a_partnership_seoul_has_without_tokyo()
			throws Exception {
		var partnership = seoulOnlyPartnership();
		var title = "Seoul only gathering " + System.nanoTime();
		mvc.perform(form("/en/manage/community-events", fields(partnership, title)).with(seoul))
			.andExpect(status().is3xxRedirection());
		long id = added(title);
		var before = state(id);
		long count = count();
		assertThat(mvc.perform(get("/en/manage/community-events").with(tokyo)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString()).doesNotContain(title);
		mvc.perform(get("/en/manage/community-events/" + id).with(tokyo)).andExpect(status().isForbidden());
		var edit = fields(partnership, "Taken over");
		edit.put("version", "0");
		mvc.perform(form("/en/manage/community-events/" + id, edit).with(tokyo)).andExpect(status().isForbidden());
		mvc.perform(form("/en/manage/community-events", fields(partnership, "Tokyo adds")).with(tokyo))
			.andExpect(status().isForbidden());
		assertThat(state(id)).isEqualTo(before);
		assertThat(count()).isEqualTo(count);
	}

	@Test
	void a_correction_is_audited_and_one_made_on_an_older_version_is_refused_keeping_what_was_typed()
			throws Exception {
		var title = "Film night " + System.nanoTime();
		mvc.perform(form("/en/manage/community-events", fields("seoul-kr-tokyo-jp", title)).with(seoul))
			.andExpect(status().is3xxRedirection());
		long id = added(title);
		var page = mvc.perform(get("/en/manage/community-events/" + id).with(seoul)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("name=\"version\" value=\"0\"", "value=\"Mapo Youth Centre\"");
		var corrected = fields("seoul-kr-tokyo-jp", title);
		corrected.put("attendance", "57");
		corrected.put("version", "0");
		mvc.perform(form("/en/manage/community-events/" + id, corrected).with(tokyo))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select attendance from engagement.community_event where id = :id").param("id", id)
			.query(Integer.class).single()).isEqualTo(57);
		assertThat(jdbc.sql("select count(*) from audit.entry where record_type = 'community-event' and record_id = :id")
			.param("id", String.valueOf(id)).query(Long.class).single()).isEqualTo(1);

		var before = state(id);
		var late = fields("seoul-kr-tokyo-jp", title);
		late.put("attendance", "60");
		late.put("place", "Late place typed");
		late.put("version", "0");
		var html = mvc.perform(form("/en/manage/community-events/" + id, late).with(seoul))
			.andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
		assertThat(html).contains("Someone changed this record", "Late place typed");
		assertThat(state(id)).isEqualTo(before);
	}
}
