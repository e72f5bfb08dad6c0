package org.amity.event.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import org.amity.SeoulAndTokyoPagesTest;
import org.amity.event.EventCatalogue;
import org.amity.event.RegistrationRequest;
import org.amity.event.Registrations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The staff pages of events: scoped to the organising city, forms without JavaScript, audited changes. */
class EventManagePagesTest extends SeoulAndTokyoPagesTest {

	static final String KIMCHI = "kimchi-making-workshop-demo";

	@Autowired
	EventCatalogue catalogue;

	@Autowired
	Registrations registrations;

	@Autowired
	org.amity.event.Volunteers volunteers;

	String page(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	@Test
	void a_seoul_officer_lists_only_the_events_seoul_organises() throws Exception {
		var html = page(get("/en/manage/events").with(seoul));
		assertThat(html).contains("Kimchi-making workshop", "Friendship concert").doesNotContain("Washoku workshop");
		var tokyoList = page(get("/ja/manage/events").with(tokyo));
		assertThat(tokyoList).contains("和食ワークショップ", "友好コンサート").doesNotContain("キムチ作りワークショップ");
	}

	@Test
	void a_tokyo_officer_is_refused_on_seouls_event_pages_and_nothing_changes() throws Exception {
		var event = catalogue.event(KIMCHI);
		var quota = catalogue.quotas(event.id()).get(0);
		var before = state(event.id());
		for (var path : List.of("", "/waiting-list", "/attendees", "/attendees.csv", "/attendees.xlsx")) {
			mvc.perform(get("/en/manage/events/" + KIMCHI + path).with(tokyo)).andExpect(status().isForbidden());
		}
		mvc.perform(post("/en/manage/events/" + KIMCHI).with(tokyo).with(csrf()).param("title.en", "Taken over")
			.param("startsAt", "2027-09-04T10:00").param("endsAt", "2027-09-04T13:00")
			.param("venue", String.valueOf(event.venue().id())).param("version", "0"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/en/manage/events/" + KIMCHI + "/quotas/" + quota.id() + "/capacity").with(tokyo).with(csrf())
			.param("capacity", "0").param("version", "0")).andExpect(status().isForbidden());
		mvc.perform(post("/en/manage/events/" + KIMCHI + "/types").with(tokyo).with(csrf()).param("code", "vip")
			.param("name.en", "VIP").param("maxGroup", "1").param("version", "0")).andExpect(status().isForbidden());
		mvc.perform(post("/en/manage/events/" + KIMCHI + "/waiting-list/NOPE/move").with(tokyo).with(csrf())
			.param("position", "1").param("reason", "friend")).andExpect(status().isForbidden());
		assertThat(state(event.id())).isEqualTo(before);
		page(get("/en/manage/events/" + KIMCHI).with(seoul));
	}

	@Test
	void an_officer_creates_an_event_in_four_languages_and_hostile_text_is_stored_and_shown_escaped() throws Exception {
		var venue = catalogue.event(KIMCHI).venue();
		var hostile = "<script>alert('x')</script> ' OR 1=1; -- \u202Egnp.exe";
		var created = mvc.perform(post("/en/manage/events").with(seoul).with(csrf())
			.param("title.en", "Hanbok day " + hostile).param("title.ko", "한복의 날").param("title.ja", "韓服の日")
			.param("title.id", "Hari hanbok").param("kind", "WORKSHOP").param("venue", String.valueOf(venue.id()))
			.param("startsAt", "2027-09-07T10:00").param("endsAt", "2027-09-07T12:00").param("languages", "ko", "ja")
			.param("organisers", "Seoul Culture Team\n" + hostile).param("city", "seoul-kr"))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		var slug = created.substring("/en/manage/events/".length(), created.indexOf('?'));
		var event = catalogue.event(slug);
		assertThat(event.title().texts()).containsEntry("ko", "한복의 날").containsEntry("en", "Hanbok day " + hostile);
		assertThat(event.startsAt().toString()).isEqualTo("2027-09-07T10:00");
		var html = page(get("/ko/manage/events/" + slug).with(seoul));
		assertThat(html).contains("&lt;script&gt;alert(").doesNotContain("<script>alert(");
		assertThat(auditEntries(event.id())).isEqualTo(1);
		// Tokyo did not organise it
		mvc.perform(get("/en/manage/events/" + slug).with(tokyo)).andExpect(status().isForbidden());
	}

	@Test
	void a_refused_form_comes_back_with_what_was_typed_and_the_reason_in_the_readers_language() throws Exception {
		long events = jdbc.sql("select count(*) from event.event").query(Long.class).single();
		long venues = jdbc.sql("select count(*) from event.venue").query(Long.class).single();
		var html = mvc.perform(post("/ko/manage/events").with(seoul).with(csrf()).param("title.ko", "거꾸로 행사")
			.param("venue", "").param("venueName", "New hall").param("venueAddress", "1 Street")
			.param("venueLocality", "Seoul").param("venueCountry", "KR").param("venueZone", "Asia/Seoul")
			.param("startsAt", "2027-09-07T12:00").param("endsAt", "2027-09-07T10:00").param("city", "seoul-kr"))
			.andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString();
		assertThat(html).contains("종료는 시작보다 빠를 수 없습니다", "거꾸로 행사");
		assertThat(jdbc.sql("select count(*) from event.event").query(Long.class).single()).isEqualTo(events);
		assertThat(jdbc.sql("select count(*) from event.venue").query(Long.class).single()).isEqualTo(venues);
		var unknownZone = mvc.perform(post("/ja/manage/events").with(seoul).with(csrf()).param("title.ja", "会場なし")
			.param("venue", "").param("venueName", "Hall").param("venueAddress", "1").param("venueLocality", "Seoul")
			.param("venueCountry", "KR").param("venueZone", "Mars/Olympus").param("startsAt", "2027-09-07T10:00")
			.param("endsAt", "2027-09-07T12:00").param("city", "seoul-kr"))
			.andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString();
		assertThat(unknownZone).contains("タイムゾーンが必要です");
		assertThat(jdbc.sql("select count(*) from event.venue").query(Long.class).single()).isEqualTo(venues);
	}

	@Test
	void tickets_and_a_quota_covering_two_of_them_are_added_and_its_places_lowered_each_change_audited()
			throws Exception {
		var slug = newSeoulEvent();
		var event = catalogue.event(slug);
		page(get("/en/manage/events/" + slug).with(seoul));
		change(slug, "/types", Map.of("code", "general", "name.en", "General", "name.ko", "일반", "maxGroup", "4"));
		change(slug, "/types", Map.of("code", "student", "name.en", "Student", "maxGroup", "1"));
		var types = catalogue.types(event.id());
		mvc.perform(post("/en/manage/events/" + slug + "/quotas").with(seoul).with(csrf()).param("code", "hall")
			.param("name.en", "Hall").param("capacity", "30").param("version", String.valueOf(version(event.id())))
			.param("types", String.valueOf(types.get(0).id()), String.valueOf(types.get(1).id())))
			.andExpect(status().is3xxRedirection());
		var quota = catalogue.quotas(event.id()).get(0);
		assertThat(quota.typeIds()).hasSize(2);
		change(slug, "/quotas/" + quota.id() + "/capacity", Map.of("capacity", "12"));
		assertThat(catalogue.quotas(event.id()).get(0).capacity()).isEqualTo(12);
		// an edit on an older version is refused, not applied over the newer one
		mvc.perform(post("/en/manage/events/" + slug + "/quotas/" + quota.id() + "/capacity").with(seoul).with(csrf())
			.param("capacity", "99").param("version", "0")).andExpect(status().isConflict());
		assertThat(catalogue.quotas(event.id()).get(0).capacity()).isEqualTo(12);
		assertThat(auditEntries(event.id())).isEqualTo(5);
	}

	@Test
	void reordering_the_waiting_list_without_a_reason_is_refused_and_nothing_moves() throws Exception {
		var slug = newSeoulEvent();
		var event = catalogue.event(slug);
		change(slug, "/types", Map.of("code", "seat", "name.en", "Seat", "maxGroup", "1"));
		var type = catalogue.types(event.id()).get(0);
		mvc.perform(post("/en/manage/events/" + slug + "/quotas").with(seoul).with(csrf()).param("code", "room")
			.param("name.en", "Room").param("capacity", "1").param("version", String.valueOf(version(event.id())))
			.param("types", String.valueOf(type.id()))).andExpect(status().is3xxRedirection());
		var refs = List.of("Ahn", "Baek", "Choi").stream()
			.map(name -> registrations.register(slug, new RegistrationRequest("seat", name.toLowerCase() + "@example.kr",
					name, 1, Map.of(), "ko"), null).registration().reference())
			.toList();
		var line = registrations.waitingList(event.id());
		assertThat(line).extracting(r -> r.name()).containsExactly("Baek", "Choi");
		var html = mvc.perform(post("/ko/manage/events/" + slug + "/waiting-list/" + refs.get(2) + "/move").with(seoul)
			.with(csrf()).param("position", "1").param("reason", "   "))
			.andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString();
		assertThat(html).contains("순서를 바꾸려면 사유가 필요합니다");
		assertThat(registrations.waitingList(event.id())).extracting(r -> r.name()).containsExactly("Baek", "Choi");
		mvc.perform(post("/en/manage/events/" + slug + "/waiting-list/" + refs.get(2) + "/move").with(seoul)
			.with(csrf()).param("position", "1").param("reason", "Needs step-free access"))
			.andExpect(status().is3xxRedirection());
		assertThat(registrations.waitingList(event.id())).extracting(r -> r.name()).containsExactly("Choi", "Baek");
		var moved = registrations.history(event.id()).stream().filter(h -> h.action().name().equals("MOVED")).toList();
		assertThat(moved).singleElement().satisfies(h -> {
			assertThat(h.reason()).isEqualTo("Needs step-free access");
			assertThat(h.actor()).startsWith("test-officer-");
		});
		var page = page(get("/en/manage/events/" + slug + "/waiting-list").with(seoul));
		assertThat(page).contains("Replaying the history gives exactly the waiting list above", "Needs step-free access");
	}

	@Test
	void the_door_checks_in_and_undoes_and_the_attendee_list_downloads_as_csv_and_xlsx() throws Exception {
		var slug = newSeoulEvent();
		var event = catalogue.event(slug);
		change(slug, "/types", Map.of("code", "seat", "name.en", "Seat", "maxGroup", "2"));
		var type = catalogue.types(event.id()).get(0);
		mvc.perform(post("/en/manage/events/" + slug + "/quotas").with(seoul).with(csrf()).param("code", "room")
			.param("name.en", "Room").param("capacity", "5").param("version", String.valueOf(version(event.id())))
			.param("types", String.valueOf(type.id()))).andExpect(status().is3xxRedirection());
		var ref = registrations.register(slug, new RegistrationRequest("seat", "lee@example.kr", "=HYPERLINK(\"x\")", 2,
				Map.of(), "ko"), null).registration().reference();
		mvc.perform(post("/en/manage/events/" + slug + "/attendees/" + ref + "/check-in").with(seoul).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(registrations.find(ref).checkedInAt()).isNotNull();
		var csv = mvc.perform(get("/ko/manage/events/" + slug + "/attendees.csv").with(seoul)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(csv).startsWith("이름,인원,참조 번호,입장 확인").contains("'=HYPERLINK", ref);
		var xlsx = mvc.perform(get("/en/manage/events/" + slug + "/attendees.xlsx").with(seoul))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		assertThat(new String(xlsx, 0, 2, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("PK");
		mvc.perform(post("/en/manage/events/" + slug + "/attendees/" + ref + "/check-in").with(seoul).with(csrf())
			.param("undo", "true")).andExpect(status().is3xxRedirection());
		assertThat(registrations.find(ref).checkedInAt()).isNull();
	}

	/** A new event organised by Seoul alone, made through the form; answers its slug. */
	String newSeoulEvent() throws Exception {
		var venue = catalogue.event(KIMCHI).venue();
		var created = mvc.perform(post("/en/manage/events").with(seoul).with(csrf()).param("title.en", "Test evening")
			.param("venue", String.valueOf(venue.id())).param("startsAt", "2027-10-01T18:00")
			.param("endsAt", "2027-10-01T20:00").param("city", "seoul-kr"))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		return created.substring("/en/manage/events/".length(), created.indexOf('?'));
	}

	void change(String slug, String path, Map<String, String> params) throws Exception {
		var event = catalogue.event(slug);
		var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.post("/en/manage/events/" + slug + path).with(seoul).with(csrf())
			.param("version", String.valueOf(version(event.id())));
		params.forEach(request::param);
		mvc.perform(request).andExpect(status().is3xxRedirection());
	}

	long version(long eventId) {
		return jdbc.sql("select version from event.event where id = :id").param("id", eventId).query(Long.class)
			.single();
	}

	long auditEntries(long eventId) {
		return jdbc.sql("select count(*) from audit.entry where record_type = 'event' and record_id = :id")
			.param("id", String.valueOf(eventId)).query(Long.class).single();
	}

	/** Everything a change to an event could touch. */
	String state(long eventId) {
		return jdbc.sql("""
				select (select row(e.*)::text from event.event e where e.id = :id)
				  || (select coalesce(string_agg(row(q.*)::text, ';' order by q.id), '') from event.quota q where q.event_id = :id)
				  || (select coalesce(string_agg(row(t.*)::text, ';' order by t.id), '') from event.registration_type t where t.event_id = :id)
				  || (select count(*) from event.registration_history h where h.event_id = :id)
				  || (select count(*) from audit.entry a where a.record_type = 'event' and a.record_id = :sid)
				""").param("id", eventId).param("sid", String.valueOf(eventId)).query(String.class).single();
	}

	@Test
	void a_tokyo_officer_cannot_swap_a_volunteer_between_shifts_of_seouls_event() throws Exception {
		long event = catalogue.event(KIMCHI).id();
		long role = volunteers.role(event, "swap-guard", org.amity.shared.LocalizedText.of("en", "Helper"), null,
				java.util.List.of(), null);
		var day = java.time.LocalDate.now().plusDays(30).atTime(9, 0);
		long early = volunteers.shift(role, day, day.plusHours(2), 1, 3);
		long late = volunteers.shift(role, day.plusHours(3), day.plusHours(5), 1, 3);
		volunteers.signUp(early, new org.amity.event.Volunteers.Volunteer("swap-guard@example.org", "Minji", "ko",
				30, java.util.Set.of(), java.util.Set.of()));
		mvc.perform(post("/api/v1/shifts/" + early + "/swap").with(tokyo).with(csrf())
			.contentType("application/json")
			.content("{\"to\":" + late + ",\"volunteer\":{\"email\":\"swap-guard@example.org\",\"name\":\"Minji\"}}"))
			.andExpect(status().isForbidden());
		assertThat(jdbc.sql("select shift_id from event.shift_signup where email = 'swap-guard@example.org' "
				+ "and status = 'ACTIVE'").query(Long.class).list()).containsExactly(early);
		mvc.perform(post("/api/v1/shifts/" + early + "/swap").with(seoul).with(csrf())
			.contentType("application/json")
			.content("{\"to\":" + late + ",\"volunteer\":{\"email\":\"swap-guard@example.org\",\"name\":\"Minji\"}}"))
			.andExpect(status().isOk());
		assertThat(jdbc.sql("select shift_id from event.shift_signup where email = 'swap-guard@example.org' "
				+ "and status = 'ACTIVE'").query(Long.class).list()).containsExactly(late);
	}
}
