package org.amity.exchange.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.amity.SignedIn;
import org.amity.actor.Actors;
import org.amity.city.Gazetteer;
import org.amity.exchange.Calls;
import org.amity.exchange.Direction;
import org.amity.exchange.Programs;
import org.amity.partnership.Partnership;
import org.amity.partnership.Partnerships;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The staff's pages for setting up programs, calls and hosts, as a Seoul officer and a Tokyo officer would use them:
 * forms in four languages, refusals in the reader's language with what was typed kept, hostile text shown inert, and
 * each city kept to its own programs.
 */
@SpringBootTest
class ExchangeStaffPagesTest {

	@Autowired
	ApplicationContext context;

	@Autowired
	org.springframework.web.context.WebApplicationContext web;

	@Autowired
	Programs programs;

	@Autowired
	Calls calls;

	@Autowired
	Partnerships partnerships;

	@Autowired
	Gazetteer gazetteer;

	@Autowired
	Actors actors;

	@Autowired
	org.amity.identity.CurrentUser currentUser;

	MockMvc mvc;
	long seoul;
	long tokyo;
	RequestPostProcessor seoulOfficer;
	RequestPostProcessor tokyoOfficer;

	@BeforeEach
	void signedInOfficers() {
		mvc = org.springframework.test.web.servlet.setup.MockMvcBuilders.webAppContextSetup(web)
			.apply(org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity())
			.defaultRequest(get("/").with(
					org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
			.build();
		seoul = gazetteer.findBySlug("seoul-kr").orElseThrow().id();
		tokyo = gazetteer.findBySlug("tokyo-jp").orElseThrow().id();
		seoulOfficer = SignedIn.asOfficerOf(context, seoul);
		tokyoOfficer = SignedIn.asOfficerOf(context, tokyo);
	}

	MockHttpServletRequestBuilder program(String lang, String partnership, String title) {
		return program(lang, partnership, title, "YOUTH_EXCHANGE");
	}

	MockHttpServletRequestBuilder program(String lang, String partnership, String title, String kind) {
		return post("/" + lang + "/manage/programs").param("partnership", partnership)
			.param("kind", kind)
			.param("title.en", title)
			.param("title.ko", "청소년 교류")
			.param("title.ja", "青少年交流")
			.param("title.id", "Pertukaran pemuda")
			.param("description.en", "Two weeks with a host family.")
			.param("hosts", String.valueOf(actors.get("tokyo-metropolitan-government").id()))
			.param("senders", String.valueOf(actors.get("seoul-metropolitan-government").id()));
	}

	long created(String location) {
		assertThat(location).matches("/[a-z]{2}/manage/programs/\\d+");
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	@Test
	void a_seoul_officer_proposes_a_program_in_four_languages_and_a_tokyo_officer_confirms_it() throws Exception {
		var location = mvc.perform(program("ko", "seoul-kr-tokyo-jp", "<script>alert('x')</script> Youth").with(seoulOfficer))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		long id = created(location);
		currentUser.runAs(org.amity.identity.Caller.system(), () -> {
			var program = programs.get(id);
			assertThat(program.confirmed()).isFalse();
			assertThat(program.title().exactly("ja")).contains("青少年交流");
			assertThat(program.proposedBy()).isEqualTo(seoul);
		});
		mvc.perform(get("/ja/manage/programs/" + id).with(tokyoOfficer))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("当市としてこのプログラムを確認する")))
			.andExpect(content().string(containsString("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Youth")))
			.andExpect(content().string(not(containsString("<script>alert('x')"))));
		mvc.perform(post("/ja/manage/programs/" + id + "/confirm").with(tokyoOfficer))
			.andExpect(status().is3xxRedirection());
		assertThat(programs.get(id).confirmed()).isTrue();
		assertThat(programs.get(id).confirmedBy()).isEqualTo(tokyo);
	}

	@Test
	void a_refused_program_form_comes_back_in_the_readers_language_with_what_was_typed() throws Exception {
		int before = programs.catalogue(null).size();
		mvc.perform(program("ja", "seoul-kr-tokyo-jp", "Kept as typed", "NO_SUCH_KIND").with(seoulOfficer))
			.andExpect(status().is(422))
			.andExpect(content().string(containsString("フォームの一部を読み取れませんでした")))
			.andExpect(content().string(containsString("Kept as typed")));
		mvc.perform(program("ko", "no-such-partnership", "Lost?").with(seoulOfficer))
			.andExpect(status().is(422))
			.andExpect(content().string(containsString("Lost?")));
		mvc.perform(program("en", "seoul-kr-tokyo-jp", "x".repeat(10_001)).with(seoulOfficer))
			.andExpect(status().is(422))
			.andExpect(content().string(containsString("A text is longer than allowed.")));
		mvc.perform(program("en", "seoul-kr-tokyo-jp", "Hosts twice").param("hosts",
				String.valueOf(actors.get("seoul-metropolitan-government").id())).with(seoulOfficer))
			.andExpect(status().is(422))
			.andExpect(content().string(containsString("An organisation either hosts or sends, not both.")));
		mvc.perform(program("en", "seoul-kr-tokyo-jp", "Unknown host").param("hosts", "987654321").with(seoulOfficer))
			.andExpect(status().is(422))
			.andExpect(content().string(containsString("Choose organisations from the actor directory.")));
		assertThat(programs.catalogue(null)).hasSize(before);
	}

	@Test
	void an_officer_proposes_only_for_a_partnership_of_their_city() throws Exception {
		var elsewhere = partnerOfTokyoWithoutSeoul();
		int before = programs.catalogue(null).size();
		mvc.perform(program("en", elsewhere.slug(), "Not ours").with(seoulOfficer))
			.andExpect(status().isForbidden());
		assertThat(programs.catalogue(null)).hasSize(before);
	}

	@Test
	void another_citys_program_and_calls_stay_out_of_sight() throws Exception {
		var tokyoOnly = partnerOfTokyoWithoutSeoul();
		var location = mvc.perform(program("en", tokyoOnly.slug(), "Tokyo's own").param("hosts", "")
				.param("senders", "").with(tokyoOfficer))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		long id = created(location);
		var call = mvc.perform(post("/en/manage/programs/" + id + "/calls").with(tokyoOfficer)
				.param("year", "2028").param("title.en", "Tokyo's own call")
				.param("opens", "2028-01-10").param("closes", "2028-02-10")
				.param("quota." + new Direction(tokyoOnly.placeA(), tokyoOnly.placeB()).key(), "3"))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		mvc.perform(get("/en/manage/calls").with(tokyoOfficer))
			.andExpect(content().string(containsString("Tokyo&#39;s own call")));
		mvc.perform(get("/en/manage/calls").with(seoulOfficer))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Tokyo&#39;s own call"))));
		mvc.perform(get("/en/manage/programs").with(seoulOfficer))
			.andExpect(content().string(not(containsString("Tokyo&#39;s own"))));
		mvc.perform(get("/en/manage/programs/" + id).with(seoulOfficer)).andExpect(status().isNotFound());
		mvc.perform(post("/en/manage/programs/" + id).with(seoulOfficer).param("version", "0")
				.param("kind", "SEMINAR").param("title.en", "Taken over")).andExpect(status().isNotFound());
		mvc.perform(get(call + "/edit").with(seoulOfficer)).andExpect(status().isNotFound());
		assertThat(programs.get(id).title().exactly("en")).contains("Tokyo's own");
	}

	@Test
	void a_coordinator_without_a_city_runs_calls_but_plans_no_programs() throws Exception {
		var coordinator = SignedIn.as(context, "test-coordinator-only",
				org.amity.identity.Grant.of(org.amity.identity.Role.PROGRAM_COORDINATOR, 1));
		mvc.perform(get("/en/manage/programs").with(coordinator)).andExpect(status().isForbidden());
		mvc.perform(get("/en/manage/programs/new").with(coordinator)).andExpect(status().isForbidden());
		int before = programs.catalogue(null).size();
		mvc.perform(program("en", "seoul-kr-tokyo-jp", "Coordinator's").with(coordinator))
			.andExpect(status().isForbidden());
		assertThat(programs.catalogue(null)).hasSize(before);
	}

	@Test
	void a_call_is_prepared_with_places_rules_questions_documents_and_criteria() throws Exception {
		var location = mvc.perform(program("en", "seoul-kr-tokyo-jp", "Call test program").with(seoulOfficer))
			.andReturn().getResponse().getRedirectedUrl();
		long id = created(location);
		var seoulToTokyo = new Direction(seoul, tokyo);
		var form = post("/ko/manage/programs/" + id + "/calls").with(seoulOfficer)
			.param("year", "2027")
			.param("title.en", "2027 call").param("title.ko", "2027 모집")
			.param("opens", "2027-03-01").param("closes", "2027-04-30")
			.param("quota." + seoulToTokyo.key(), "20").param("quota." + seoulToTokyo.reverse().key(), "15")
			.param("minAge", "18").param("maxAge", "30").param("residesInSendingCity", "on")
			.param("language", "ja").param("minLanguageLevel", "B1").param("firstParticipationOnly", "on")
			.param("rows.field", "3").param("rows.document", "3").param("rows.criterion", "3")
			.param("field.0.key", "motivation").param("field.0.label.en", "Why?").param("field.0.label.ko", "지원 동기")
			.param("field.0.type", "LONG_TEXT").param("field.0.required", "on")
			.param("document.0.key", "transcript").param("document.0.label.en", "Transcript")
			.param("document.0.types", "PDF").param("document.0.required", "on")
			.param("criterion.0.key", "fit").param("criterion.0.label.en", "Fit")
			.param("criterion.0.max", "10").param("criterion.0.weight", "2");
		var board = mvc.perform(form).andExpect(status().is3xxRedirection()).andReturn().getResponse()
			.getRedirectedUrl();
		long callId = Long.parseLong(board.substring(board.lastIndexOf('/') + 1));
		var call = calls.get(callId);
		assertThat(call.settings().quota(seoulToTokyo).orElseThrow().places()).isEqualTo(20);
		assertThat(call.settings().quota(seoulToTokyo.reverse()).orElseThrow().places()).isEqualTo(15);
		assertThat(call.settings().eligibility().minAge()).isEqualTo(18);
		assertThat(call.settings().eligibility().residesInSendingCity()).isTrue();
		assertThat(call.settings().fields()).singleElement()
			.satisfies(f -> assertThat(f.label().exactly("ko")).contains("지원 동기"));
		assertThat(call.settings().documents()).singleElement().satisfies(d -> assertThat(d.required()).isTrue());
		assertThat(call.settings().criteria()).singleElement().satisfies(c -> assertThat(c.weight()).isEqualTo(2));

		mvc.perform(get("/ja/manage/calls/" + callId + "/edit").with(seoulOfficer))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"motivation\"")));
		// a closing date before the opening is refused by name, in Korean, with the rest kept
		mvc.perform(post("/ko/manage/calls/" + callId + "/edit").with(seoulOfficer).param("year", "2027")
				.param("title.en", "2027 call, edited").param("opens", "2027-05-01").param("closes", "2027-04-01")
				.param("quota." + seoulToTokyo.key(), "20"))
			.andExpect(status().is(422))
			.andExpect(content().string(containsString("마감일")))
			.andExpect(content().string(containsString("2027 call, edited")));
		mvc.perform(post("/ko/manage/calls/" + callId + "/edit").with(seoulOfficer).param("year", "2027")
				.param("title.en", "2027 call").param("opens", "2027-03-01").param("closes", "2027-04-30")
				.param("quota." + seoulToTokyo.key(), "20").param("field.0.key", "Bad Key!")
				.param("field.0.label.en", "x").param("field.0.type", "TEXT"))
			.andExpect(status().is(422))
			.andExpect(content().string(containsString("field.0.key")));
		assertThat(calls.get(callId).settings().quotas()).hasSize(2);
	}

	@Test
	void hosts_are_added_with_an_organisation_and_changed_and_a_wrong_preference_is_refused() throws Exception {
		var location = mvc.perform(program("en", "seoul-kr-tokyo-jp", "Host test program").with(seoulOfficer))
			.andReturn().getResponse().getRedirectedUrl();
		long id = created(location);
		var seoulToTokyo = new Direction(seoul, tokyo);
		var board = mvc.perform(post("/en/manage/programs/" + id + "/calls").with(seoulOfficer).param("year", "2027")
				.param("title.en", "Host test call").param("opens", "2027-01-01").param("closes", "2027-02-01")
				.param("quota." + seoulToTokyo.key(), "2"))
			.andReturn().getResponse().getRedirectedUrl();
		long callId = Long.parseLong(board.substring(board.lastIndexOf('/') + 1));
		var university = actors.get("tokyo-metropolitan-government").id();
		mvc.perform(post(board + "/hosts").with(seoulOfficer).param("direction", seoulToTokyo.key())
				.param("kind", "UNIVERSITY").param("name", "<b>Dorm</b>").param("capacity", "4")
				.param("organisation", String.valueOf(university)))
			.andExpect(status().is3xxRedirection());
		var host = currentUserHosts(callId).get(0);
		assertThat(host.organisationId()).isEqualTo(university);
		assertThat(host.name()).isEqualTo("<b>Dorm</b>");
		mvc.perform(get(board).with(seoulOfficer))
			.andExpect(content().string(containsString("&lt;b&gt;Dorm&lt;/b&gt;")));
		mvc.perform(post(board + "/hosts/" + host.id()).with(seoulOfficer).param("kind", "UNIVERSITY")
				.param("name", "Dorm").param("capacity", "6"))
			.andExpect(status().is3xxRedirection());
		assertThat(currentUserHosts(callId).get(0).capacity()).isEqualTo(6);
		// a preference for an application of no such direction, and a capacity that is no number, are refused
		mvc.perform(post(board + "/hosts/" + host.id()).with(seoulOfficer).param("kind", "UNIVERSITY")
				.param("name", "Dorm").param("capacity", "6").param("preferences", "999999, 1"))
			.andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attributeExists("refusal"));
		mvc.perform(post(board + "/hosts").with(seoulOfficer).param("direction", seoulToTokyo.key())
				.param("kind", "FAMILY").param("name", "Family").param("capacity", "many"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attributeExists("refusal"));
		assertThat(currentUserHosts(callId)).singleElement().satisfies(h -> {
			assertThat(h.capacity()).isEqualTo(6);
			assertThat(h.preferences()).isNull();
		});
		// Tokyo's officer takes part in the Seoul–Tokyo partnership and may run this call; an officer of a third city may not
		var osaka = SignedIn.as(context, "test-officer-third-city",
				org.amity.identity.Grant.of(org.amity.identity.Role.CITY_OFFICER, tokyo + 1_000_000));
		mvc.perform(post(board + "/hosts/" + host.id()).with(osaka).param("kind", "FAMILY").param("name", "Taken")
				.param("capacity", "1"))
			.andExpect(status().isForbidden());
		assertThat(currentUserHosts(callId).get(0).name()).isEqualTo("Dorm");
	}

	java.util.List<org.amity.exchange.Host> currentUserHosts(long callId) {
		var holder = new java.util.ArrayList<org.amity.exchange.Host>();
		currentUser.runAs(org.amity.exchange.Acting.ADMIN, () -> holder.addAll(placements.hosts(callId)));
		return holder;
	}

	@Autowired
	org.amity.exchange.Placements placements;

	@Test
	void a_published_call_is_no_longer_edited() throws Exception {
		var demo = currentUserCalls().stream().filter(c -> c.demo()).findFirst();
		org.junit.jupiter.api.Assumptions.assumeTrue(demo.isPresent());
		var call = demo.get();
		mvc.perform(post("/en/manage/calls/" + call.id() + "/edit").with(seoulOfficer).param("year", "2027")
				.param("title.en", "Changed after publication").param("opens", LocalDate.now().toString())
				.param("closes", LocalDate.now().plusDays(3).toString())
				.param("quota." + new Direction(seoul, tokyo).key(), "1"))
			.andExpect(status().is(422))
			.andExpect(content().string(containsString("A published call is no longer changed")));
		assertThat(calls.get(call.id()).title().exactly("en")).isEqualTo(call.title().exactly("en"));
	}

	java.util.List<org.amity.exchange.Call> currentUserCalls() {
		return calls.published(null);
	}

	/** A partnership of Tokyo's in which Seoul takes no part. */
	Partnership partnerOfTokyoWithoutSeoul() {
		var summary = partnerships.involving(tokyo).stream()
			.filter(p -> p.placeA() != seoul && p.placeB() != seoul)
			.findFirst().orElseThrow();
		return partnerships.find(summary.id()).orElseThrow();
	}
}
