package org.amity.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.amity.identity.AccessDeniedException;
import org.amity.identity.Caller;
import org.amity.identity.CurrentUser;
import org.amity.identity.Grant;
import org.amity.identity.Role;
import org.amity.shared.LocalizedText;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;

/** The directory on the real data: Seoul's and Tokyo's governments are real records; demo ones are marked. */
@SpringBootTest
@AutoConfigureMockMvc
class ActorDirectoryTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Actors actors;

	@Autowired
	ApplicationContext context;

	@Test
	void seoul_and_tokyo_governments_are_real_initiators_of_their_partnership_and_demo_organisations_say_so() {
		var seoul = actors.get("seoul-metropolitan-government");
		assertThat(seoul.demo()).isFalse();
		assertThat(actors.relations(seoul.id()).outgoing())
			.anySatisfy(r -> {
				assertThat(r.role()).isEqualTo(MembershipRole.INITIATOR);
				assertThat(r.target().kind()).isEqualTo(Target.Kind.PARTNERSHIP);
				assertThat(r.from().toString()).isEqualTo("1988-09-03");
			});
		// demo organisations exist only in demo mode (on unless the production profile is active) and say so
		assertThat(actors.directory(null, null)).filteredOn(Organisation::demo)
			.allSatisfy(o -> assertThat(o.name().in(java.util.Locale.ENGLISH)).contains("(demo)"));
	}

	@Test
	void the_directory_filters_by_kind_and_city_in_the_readers_language() throws Exception {
		mvc.perform(get("/ko/actors").param("kind", "LOCAL_GOVERNMENT").param("city", "tokyo-jp"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("도쿄도")))
			.andExpect(content().string(not(containsString("서울특별시"))));
		mvc.perform(get("/ja/actors").param("city", "atlantis-xx"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("地名辞典にない")));
	}

	@Test
	void an_actor_page_lists_its_relations_and_draws_them() throws Exception {
		mvc.perform(get("/en/actors/tokyo-metropolitan-government"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tokyo Metropolitan Government")))
			.andExpect(content().string(containsString("href=\"/en/partnerships/seoul-kr-tokyo-jp\"")))
			.andExpect(content().string(containsString("<svg")))
			.andExpect(content().string(containsString("<title id=\"graph-title\">")));
	}

	@Test
	void an_unknown_actor_is_a_404_page_and_a_404_problem() throws Exception {
		mvc.perform(get("/en/actors/no-such-body")).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/actors/no-such-body").header(HttpHeaders.ACCEPT_LANGUAGE, "ja"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value(containsString("no-such-body")));
	}

	@Test
	void the_api_lists_organisations_by_kind_and_hides_contacts_addresses() throws Exception {
		mvc.perform(get("/api/v1/actors").param("kind", "LOCAL_GOVERNMENT"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.slug == 'seoul-metropolitan-government')].names.ko").value("서울특별시"));
		mvc.perform(get("/api/v1/actors").param("kind", "CASTLE")).andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/actors/seoul-metropolitan-government"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("@"))));
	}

	@Test
	void an_organisation_is_renamed_by_staff_with_a_name_and_keeps_its_slug() {
		var currentUser = context.getBean(CurrentUser.class);
		var slug = "rename-rules-" + Long.toString(System.nanoTime(), 36);
		currentUser.runAs(Caller.system(), () -> actors.register(slug, ActorKind.SCHOOL,
				LocalizedText.of("en", "Old school name"), null, null, false));
		var participant = Caller.of(9301, "a-participant", List.of(Grant.platform(Role.PARTICIPANT)), false);

		currentUser.runAs(participant, () -> assertThatThrownBy(
				() -> actors.rename(slug, LocalizedText.of("en", "Taken over"))).isInstanceOf(AccessDeniedException.class));
		currentUser.runAs(Caller.system(), () -> assertThatThrownBy(
				() -> actors.rename(slug, new LocalizedText(java.util.Map.of())))
			.isInstanceOfSatisfying(ActorRefusedException.class,
					e -> assertThat(e.reason()).isEqualTo(ActorRefusedException.Reason.NAME_MISSING)));
		currentUser.runAs(Caller.system(), () -> actors.rename(slug, LocalizedText.of("New school name", "새 학교", null, null)));

		assertThat(actors.get(slug).name().exactly("ko")).hasValue("새 학교");
		assertThat(actors.get(slug).name().exactly("en")).hasValue("New school name");
		// a rename is a correction: it moves the version on, so a form read before it is refused
		assertThat(actors.get(slug).version()).isEqualTo(1);
	}

	@Test
	void an_organisation_is_corrected_by_a_platform_admin_or_the_staff_of_its_seat_and_by_no_one_else() {
		var currentUser = context.getBean(CurrentUser.class);
		var gazetteer = context.getBean(org.amity.city.Gazetteer.class);
		long seoul = gazetteer.findBySlug("seoul-kr").orElseThrow().id();
		long tokyo = gazetteer.findBySlug("tokyo-jp").orElseThrow().id();
		var inSeoul = new Organisation(1, "a-seoul-school", ActorKind.SCHOOL, LocalizedText.of("en", "A school"), seoul,
				null, false);
		var nowhere = new Organisation(2, "an-unseated-club", ActorKind.SPORTS_CLUB, LocalizedText.of("en", "A club"),
				null, null, false);
		record Case(Caller caller, boolean inSeoul, boolean nowhere) {
		}
		var cases = List.of(
				new Case(Caller.of(9401, "admin", List.of(Grant.platform(Role.PLATFORM_ADMIN)), false), true, true),
				new Case(Caller.of(9402, "seoul-officer", List.of(Grant.of(Role.CITY_OFFICER, seoul)), false), true, false),
				new Case(Caller.of(9403, "seoul-admin", List.of(Grant.of(Role.CITY_ADMIN, seoul)), false), true, false),
				new Case(Caller.of(9404, "tokyo-officer", List.of(Grant.of(Role.CITY_OFFICER, tokyo)), false), false, false),
				new Case(Caller.of(9405, "coordinator", List.of(Grant.of(Role.PROGRAM_COORDINATOR, 1)), false), false, false),
				new Case(Caller.of(9406, "coordinator-and-seoul-officer",
						List.of(Grant.of(Role.PROGRAM_COORDINATOR, 1), Grant.of(Role.CITY_OFFICER, seoul)), false), true, false),
				new Case(Caller.anonymous(), false, false));
		for (var c : cases) {
			currentUser.runAs(c.caller(), () -> {
				assertThat(actors.mayCorrect(inSeoul)).as(c.caller().username()).isEqualTo(c.inSeoul());
				assertThat(actors.mayCorrect(nowhere)).as(c.caller().username()).isEqualTo(c.nowhere());
			});
		}
	}
}
