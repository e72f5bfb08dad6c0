package org.amity.actor.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.Map;

import org.amity.SeoulAndTokyoPagesTest;
import org.amity.SignedIn;
import org.amity.actor.ActorKind;
import org.amity.actor.Actors;
import org.amity.identity.Caller;
import org.amity.identity.CurrentUser;
import org.amity.identity.Grant;
import org.amity.identity.Role;
import org.amity.search.SiteSearch;
import org.amity.shared.LocalizedText;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Staff correct an organisation's names and website: a platform admin any organisation, a city's staff only one seated
 * in their city. A correction typed on an older version, or with input that cannot be kept, comes back with the reason
 * and everything typed, and nothing is written.
 */
class OrganisationCorrectionTest extends SeoulAndTokyoPagesTest {

	@Autowired
	Actors actors;

	@Autowired
	CurrentUser currentUser;

	@Autowired
	SiteSearch search;

	/** A fresh organisation seated in a city (or nowhere), so that corrections here touch no other test's data. */
	String organisation(Long placeId) {
		var slug = "correct-me-" + Long.toString(System.nanoTime(), 36);
		currentUser.runAs(Caller.system(), () -> actors.register(slug, ActorKind.CULTURAL_INSTITUTION,
				LocalizedText.of("Mapo Arts Hall", "마포아트홀", null, null), placeId, "https://mapo.example.org", false));
		return slug;
	}

	Map<String, String> fields(String en, long version) {
		var fields = new LinkedHashMap<String, String>();
		fields.put("name.en", en);
		fields.put("name.ko", "마포 예술의 전당");
		fields.put("name.ja", "麻浦芸術ホール");
		fields.put("name.id", "Balai Seni Mapo");
		fields.put("website", "https://arts.mapo.example.org");
		fields.put("version", String.valueOf(version));
		return fields;
	}

	MockHttpServletRequestBuilder form(String path, Map<String, String> fields) {
		var request = post(path).with(csrf());
		fields.forEach(request::param);
		return request;
	}

	String state(String slug) {
		return jdbc.sql("select row(o.*)::text from actor.organisation o where slug = :slug").param("slug", slug)
			.query(String.class).single();
	}

	long audited(String slug) {
		return jdbc.sql("""
				select count(*) from audit.entry where record_type = 'organisation'
				  and record_id = (select id::text from actor.organisation where slug = :slug)
				""").param("slug", slug).query(Long.class).single();
	}

	String html(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn().getResponse().getContentAsString();
	}

	@Test
	void a_seoul_officer_corrects_a_seoul_organisation_and_its_page_and_the_search_show_the_new_name()
			throws Exception {
		var slug = organisation(seoulId);
		var page = html(get("/ko/manage/actors/" + slug).with(seoul));
		assertThat(page).contains("name=\"version\" value=\"0\"", "value=\"마포아트홀\"", "value=\"https://mapo.example.org\"");

		mvc.perform(form("/ko/manage/actors/" + slug, fields("Mapo Hall of Arts Quetzalcoatl", 0)).with(seoul))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/ko/actors/" + slug + "?corrected"));

		var shown = html(get("/ko/actors/" + slug + "?corrected").with(seoul));
		assertThat(shown).contains("마포 예술의 전당", "role=\"status\"", "기관 정보가 수정되었습니다",
				"https://arts.mapo.example.org");
		assertThat(html(get("/en/actors/" + slug))).contains("Mapo Hall of Arts Quetzalcoatl");
		assertThat(actors.get(slug).version()).isEqualTo(1);
		assertThat(audited(slug)).isEqualTo(1);
		var after = jdbc.sql("""
				select after ->> 'website' from audit.entry where record_type = 'organisation'
				  and record_id = (select id::text from actor.organisation where slug = :slug)
				""").param("slug", slug).query(String.class).single();
		assertThat(after).isEqualTo("https://arts.mapo.example.org");

		search.refresh();
		mvc.perform(get("/api/v1/search").param("q", "Quetzalcoatl"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.hits[*].id", Matchers.hasItem(slug)));
	}

	@Test
	void the_public_page_offers_the_correction_only_to_staff_who_may_make_it() throws Exception {
		var link = "/manage/actors/seoul-metropolitan-government";
		assertThat(html(get("/en/actors/seoul-metropolitan-government").with(seoul))).contains(link,
				"Correct this organisation");
		assertThat(html(get("/en/actors/seoul-metropolitan-government").with(SignedIn.asPlatformAdmin(context))))
			.contains(link);
		assertThat(html(get("/en/actors/seoul-metropolitan-government").with(tokyo))).doesNotContain(link);
		assertThat(html(get("/en/actors/seoul-metropolitan-government"))).doesNotContain(link);
	}

	@Test
	void a_tokyo_officer_is_refused_the_form_and_the_correction_of_a_seoul_organisation_in_their_language()
			throws Exception {
		var slug = organisation(seoulId);
		var before = state(slug);
		mvc.perform(get("/ja/manage/actors/" + slug).with(tokyo))
			.andExpect(status().isForbidden())
			.andExpect(forwardedUrl("/ja/access-denied"));
		mvc.perform(form("/ja/manage/actors/" + slug, fields("Taken over", 0)).with(tokyo))
			.andExpect(status().isForbidden())
			.andExpect(forwardedUrl("/ja/access-denied"));
		// refused before anything typed is looked at, even input that would be refused for itself
		mvc.perform(form("/ja/manage/actors/" + slug, fields("", 99)).with(tokyo)).andExpect(status().isForbidden());
		var coordinator = SignedIn.as(context, "test-coordinator-orgs", Grant.of(Role.PROGRAM_COORDINATOR, 1));
		mvc.perform(form("/en/manage/actors/" + slug, fields("Taken over", 0)).with(coordinator))
			.andExpect(status().isForbidden());
		assertThat(state(slug)).isEqualTo(before);
		assertThat(audited(slug)).isZero();
	}

	@Test
	void an_organisation_that_is_not_there_is_a_not_found_page_and_nothing_is_written() throws Exception {
		mvc.perform(get("/en/manage/actors/no-such-organisation").with(seoul)).andExpect(status().isNotFound());
		mvc.perform(form("/en/manage/actors/no-such-organisation", fields("Anything", 0)).with(seoul))
			.andExpect(status().isNotFound());
		mvc.perform(get("/en/manage/actors/" + "a".repeat(500)).with(seoul)).andExpect(status().isNotFound());
		assertThat(jdbc.sql("select count(*) from actor.organisation where name ->> 'en' = 'Anything'")
			.query(Long.class).single()).isZero();
	}

	@Test
	void a_platform_admin_may_correct_any_organisation_even_one_seated_nowhere_which_no_officer_may()
			throws Exception {
		var admin = SignedIn.asPlatformAdmin(context);
		var inTokyo = organisation(tokyoId);
		mvc.perform(form("/en/manage/actors/" + inTokyo, fields("Tokyo hall, corrected", 0)).with(admin))
			.andExpect(status().is3xxRedirection());
		assertThat(actors.get(inTokyo).name().exactly("en")).hasValue("Tokyo hall, corrected");

		var nowhere = organisation(null);
		mvc.perform(form("/en/manage/actors/" + nowhere, fields("Seated nowhere", 0)).with(seoul))
			.andExpect(status().isForbidden());
		mvc.perform(form("/en/manage/actors/" + nowhere, fields("Seated nowhere", 0)).with(admin))
			.andExpect(status().is3xxRedirection());
		assertThat(actors.get(nowhere).name().exactly("en")).hasValue("Seated nowhere");
	}

	@Test
	void a_correction_made_on_an_older_version_is_refused_keeping_what_was_typed_and_writing_nothing()
			throws Exception {
		var slug = organisation(seoulId);
		mvc.perform(form("/en/manage/actors/" + slug, fields("First correction", 0)).with(seoul))
			.andExpect(status().is3xxRedirection());
		var before = state(slug);

		var late = fields("Late correction typed", 0);
		late.put("website", "https://late.example.org");
		var page = mvc.perform(form("/ja/manage/actors/" + slug, late).with(seoul))
			.andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("form-error-summary", "他の人が内容を変更しました", "Late correction typed",
				"https://late.example.org", "麻浦芸術ホール", "name=\"version\" value=\"0\"");
		for (var version : new String[] { "", "abc", "-1", "7" }) {
			late.put("version", version);
			mvc.perform(form("/en/manage/actors/" + slug, late).with(seoul)).andExpect(status().isConflict());
		}
		assertThat(state(slug)).isEqualTo(before);
		assertThat(audited(slug)).isEqualTo(1);
	}

	@Test
	void of_two_corrections_made_at_once_on_the_same_version_one_is_kept_and_the_other_refused() throws Exception {
		var slug = organisation(seoulId);
		var admin = Caller.of(9501, "two-editors", java.util.List.of(Grant.platform(Role.PLATFORM_ADMIN)), false);
		var start = new java.util.concurrent.CountDownLatch(1);
		var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
		try {
			var outcomes = new java.util.ArrayList<java.util.concurrent.Future<String>>();
			for (var name : new String[] { "Editor one's name", "Editor two's name" }) {
				outcomes.add(pool.submit(() -> {
					start.await();
					var outcome = new String[1];
					currentUser.runAs(admin, () -> {
						try {
							actors.correct(slug, Map.of("en", name), null, 0);
							outcome[0] = "saved";
						}
						catch (org.amity.actor.ActorRefusedException e) {
							outcome[0] = e.reason().name();
						}
					});
					return outcome[0];
				}));
			}
			start.countDown();
			var results = new java.util.ArrayList<String>();
			for (var outcome : outcomes) {
				results.add(outcome.get(30, java.util.concurrent.TimeUnit.SECONDS));
			}
			assertThat(results).containsExactlyInAnyOrder("saved", "STALE");
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(actors.get(slug).version()).isEqualTo(1);
		assertThat(audited(slug)).isEqualTo(1);
	}

	@Test
	void blank_overlong_or_control_character_names_and_a_website_that_is_not_http_are_refused_keeping_what_was_typed()
			throws Exception {
		var slug = organisation(seoulId);
		var before = state(slug);
		var blank = fields(" ", 0);
		blank.put("name.ko", "");
		blank.put("name.ja", "\t");
		blank.put("name.id", "");
		blank.put("website", "https://blank.example.org");
		var cases = new LinkedHashMap<String, Map<String, String>>();
		cases.put("blank", blank);
		cases.put("long", fields("x".repeat(Actors.MAX_NAME + 1), 0));
		cases.put("nul", fields("Mapo\u0000Hall", 0));
		cases.put("newline", fields("Mapo\nHall", 0));
		for (var website : new String[] { "javascript:alert(1)", "ftp://mapo.example.org", "mapo.example.org",
				"https://mapo.example.org/\u0000" }) {
			var typed = fields("Kept name " + website.length(), 0);
			typed.put("website", website);
			cases.put(website, typed);
		}
		for (var refused : cases.entrySet()) {
			var page = mvc.perform(form("/en/manage/actors/" + slug, refused.getValue()).with(seoul))
				.andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
			assertThat(page).as(refused.getKey()).contains("form-error-summary",
					refused.getValue().get("name.id").isEmpty() ? "https://blank.example.org" : "Balai Seni Mapo");
		}
		assertThat(html(form("/ko/manage/actors/" + slug, blank).with(seoul)))
			.contains("적어도 한 언어로 이름이 필요합니다", "https://blank.example.org");
		assertThat(html(form("/en/manage/actors/" + slug, cases.get("javascript:alert(1)")).with(seoul)))
			.contains("http or https", "javascript:alert(1)");
		assertThat(html(form("/en/manage/actors/" + slug, cases.get("long")).with(seoul))).contains("too long");
		assertThat(state(slug)).isEqualTo(before);
		assertThat(audited(slug)).isZero();
	}

	@Test
	void a_name_with_a_script_tag_is_stored_as_typed_and_shown_escaped() throws Exception {
		var slug = organisation(seoulId);
		var hostile = "Mapo <script>alert(1)</script> Hall";
		mvc.perform(form("/en/manage/actors/" + slug, fields(hostile, 0)).with(seoul))
			.andExpect(status().is3xxRedirection());
		assertThat(actors.get(slug).name().exactly("en")).hasValue(hostile);
		for (var page : new String[] { html(get("/en/actors/" + slug)), html(get("/en/manage/actors/" + slug).with(seoul)),
				html(get("/en/actors?city=seoul-kr")) }) {
			assertThat(page).contains("Mapo &lt;script&gt;alert(1)&lt;/script&gt; Hall").doesNotContain("<script>alert(1)");
		}
	}
}
