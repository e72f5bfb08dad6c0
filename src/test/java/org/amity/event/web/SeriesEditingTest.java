package org.amity.event.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.amity.SeoulAndTokyoPagesTest;
import org.amity.event.EventCatalogue;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A series changes after it is created: its organising city's staff edit its titles and descriptions in four
 * languages and attach or detach sub-events, each change audited and made on the version the editor saw.
 */
class SeriesEditingTest extends SeoulAndTokyoPagesTest {

	@Autowired
	EventCatalogue catalogue;

	String seoulSeries(String title) throws Exception {
		var created = mvc.perform(post("/en/manage/events/series").with(seoul).with(csrf()).param("title.en", title)
			.param("city", "seoul-kr")).andExpect(status().is3xxRedirection()).andReturn().getResponse()
			.getRedirectedUrl();
		return created.substring("/en/manage/events/series/".length());
	}

	String seoulEvent(String title) throws Exception {
		var venue = catalogue.event("kimchi-making-workshop-demo").venue();
		var created = mvc.perform(post("/en/manage/events").with(seoul).with(csrf()).param("title.en", title)
			.param("venue", String.valueOf(venue.id())).param("startsAt", "2027-10-02T18:00")
			.param("endsAt", "2027-10-02T20:00").param("city", "seoul-kr"))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		return created.substring("/en/manage/events/".length(), created.indexOf('?'));
	}

	long version(String series) {
		return jdbc.sql("select version from event.series where slug = :s").param("s", series).query(Long.class)
			.single();
	}

	long audited(String series) {
		return jdbc.sql("""
				select count(*) from audit.entry where record_type = 'series'
				  and record_id = (select id::text from event.series where slug = :s)
				""").param("s", series).query(Long.class).single();
	}

	String state(String series) {
		return jdbc.sql("""
				select (select row(s.*)::text from event.series s where s.slug = :s)
				  || (select coalesce(string_agg(e.slug, ',' order by e.id), '') from event.event e
				      where e.series_id = (select id from event.series where slug = :s))
				""").param("s", series).query(String.class).single();
	}

	@Test
	void an_officer_changes_a_series_titles_in_four_languages_and_hostile_text_is_shown_escaped() throws Exception {
		var series = seoulSeries("Autumn week");
		var hostile = "<script>alert('x')</script>";
		mvc.perform(post("/en/manage/events/series/" + series).with(seoul).with(csrf())
			.param("version", String.valueOf(version(series))).param("title.en", "Autumn week " + hostile)
			.param("title.ko", "가을 주간").param("title.ja", "秋の週間").param("title.id", "Pekan musim gugur")
			.param("description.ko", "서울의 가을").param("organisers", "Seoul Culture Team"))
			.andExpect(status().is3xxRedirection());
		var changed = catalogue.series(series);
		assertThat(changed.title().texts()).containsEntry("ko", "가을 주간").containsEntry("ja", "秋の週間")
			.containsEntry("id", "Pekan musim gugur").containsEntry("en", "Autumn week " + hostile);
		assertThat(changed.description().texts()).containsEntry("ko", "서울의 가을");
		assertThat(changed.organisers()).containsExactly("Seoul Culture Team");
		var html = mvc.perform(get("/ko/manage/events/series/" + series).with(seoul)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(html).contains("가을 주간", "&lt;script&gt;").doesNotContain("<script>alert");
		assertThat(audited(series)).isEqualTo(2);
	}

	@Test
	void a_sub_event_is_attached_and_detached_and_each_change_is_audited() throws Exception {
		var series = seoulSeries("Film week");
		var event = seoulEvent("Opening film");
		mvc.perform(post("/en/manage/events/series/" + series + "/events").with(seoul).with(csrf())
			.param("version", String.valueOf(version(series))).param("event", event).param("action", "attach"))
			.andExpect(status().is3xxRedirection());
		var id = catalogue.series(series).id();
		assertThat(catalogue.event(event).seriesId()).isEqualTo(id);
		assertThat(mvc.perform(get("/en/series/" + series)).andReturn().getResponse().getContentAsString())
			.contains("Opening film");

		mvc.perform(post("/en/manage/events/series/" + series + "/events").with(seoul).with(csrf())
			.param("version", String.valueOf(version(series))).param("event", event).param("action", "detach"))
			.andExpect(status().is3xxRedirection());
		assertThat(catalogue.event(event).seriesId()).isNull();
		assertThat(audited(series)).isEqualTo(3);
		// detaching what is not in the series is refused with the reason
		var refused = mvc.perform(post("/en/manage/events/series/" + series + "/events").with(seoul).with(csrf())
			.param("version", String.valueOf(version(series))).param("event", event).param("action", "detach"))
			.andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
		assertThat(refused).contains("not a sub-event of this series");
	}

	@Test
	void an_event_moved_to_another_series_moves_the_version_of_the_series_it_leaves_on() throws Exception {
		var first = seoulSeries("Lantern week");
		var second = seoulSeries("Lantern month");
		var event = seoulEvent("Lantern parade");
		mvc.perform(post("/en/manage/events/series/" + first + "/events").with(seoul).with(csrf())
			.param("version", String.valueOf(version(first))).param("event", event).param("action", "attach"))
			.andExpect(status().is3xxRedirection());
		long firstRead = version(first);

		mvc.perform(post("/en/manage/events/series/" + second + "/events").with(seoul).with(csrf())
			.param("version", String.valueOf(version(second))).param("event", event).param("action", "attach"))
			.andExpect(status().is3xxRedirection());

		assertThat(catalogue.event(event).seriesId()).isEqualTo(catalogue.series(second).id());
		assertThat(version(first)).isGreaterThan(firstRead);
		assertThat(audited(first)).isEqualTo(3);
		// an editor of the first series who read it with the parade in it is refused
		mvc.perform(post("/en/manage/events/series/" + first + "/events").with(seoul).with(csrf())
			.param("version", String.valueOf(firstRead)).param("event", event).param("action", "detach"))
			.andExpect(status().isConflict());
	}

	@Test
	void an_edit_made_on_an_older_version_is_refused_with_what_was_typed_and_nothing_changes() throws Exception {
		var series = seoulSeries("Food week");
		long seen = version(series);
		mvc.perform(post("/en/manage/events/series/" + series).with(seoul).with(csrf())
			.param("version", String.valueOf(seen)).param("title.en", "Food week, first edit"))
			.andExpect(status().is3xxRedirection());
		var before = state(series);
		var html = mvc.perform(post("/en/manage/events/series/" + series).with(seoul).with(csrf())
			.param("version", String.valueOf(seen)).param("title.en", "Food week, late edit"))
			.andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
		assertThat(html).contains("Food week, late edit");
		mvc.perform(post("/en/manage/events/series/" + series + "/events").with(seoul).with(csrf())
			.param("version", String.valueOf(seen)).param("event", seoulEvent("Late dinner")).param("action", "attach"))
			.andExpect(status().isConflict());
		assertThat(state(series)).isEqualTo(before);
	}

	@Test
	void overlong_or_nul_text_and_an_empty_title_are_refused_and_nothing_changes() throws Exception {
		var series = seoulSeries("Sports week");
		var before = state(series);
		for (var title : new String[] { "x".repeat(301), "Sports\u0000week", " " }) {
			var html = mvc.perform(post("/en/manage/events/series/" + series).with(seoul).with(csrf())
				.param("version", String.valueOf(version(series))).param("title.en", title))
				.andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
			assertThat(html).contains("form-error-summary");
		}
		assertThat(state(series)).isEqualTo(before);
	}

	@Test
	void a_tokyo_officer_neither_edits_a_seoul_series_nor_attaches_to_it() throws Exception {
		var series = seoulSeries("Seoul only week");
		var event = seoulEvent("Seoul only evening");
		var before = state(series);
		mvc.perform(get("/en/manage/events/series/" + series).with(tokyo)).andExpect(status().isForbidden());
		mvc.perform(post("/en/manage/events/series/" + series).with(tokyo).with(csrf())
			.param("version", String.valueOf(version(series))).param("title.en", "Taken over"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/en/manage/events/series/" + series + "/events").with(tokyo).with(csrf())
			.param("version", String.valueOf(version(series))).param("event", event).param("action", "attach"))
			.andExpect(status().isForbidden());
		assertThat(state(series)).isEqualTo(before);
	}
}
