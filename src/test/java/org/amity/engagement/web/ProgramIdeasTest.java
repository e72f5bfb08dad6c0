package org.amity.engagement.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.amity.SeoulAndTokyoPagesTest;
import org.amity.exchange.ProgramKind;
import org.amity.exchange.Programs;
import org.amity.identity.Caller;
import org.amity.identity.CurrentUser;
import org.amity.shared.LocalizedText;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Citizens send ideas and feedback on an exchange program from its page as they do on an event; the staff of the
 * program's partnership cities moderate them, and the approved ones show with the program.
 */
class ProgramIdeasTest extends SeoulAndTokyoPagesTest {

	@Autowired
	Programs programs;

	@Autowired
	CurrentUser currentUser;

	/** A program of a partnership of Seoul's that Tokyo is no party to. */
	long seoulProgram(String title) {
		var partnership = partnerships.involving(seoulId).stream().filter(p -> p.partnerOf(seoulId) != tokyoId)
			.findFirst().orElseThrow();
		var made = new long[1];
		currentUser.runAs(Caller.system(), () -> made[0] = programs.create(partnership.id(), ProgramKind.SEMINAR, null,
				LocalizedText.of(title, "세미나 " + title, "セミナー " + title, null), null, List.of(), List.of(), seoulId,
				false).id());
		return made[0];
	}

	long ideas() {
		return jdbc.sql("select count(*) from engagement.idea").query(Long.class).single();
	}

	String html(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn().getResponse().getContentAsString();
	}

	@Test
	void an_idea_sent_from_a_programs_page_is_moderated_by_seoul_alone_and_shown_escaped_once_approved()
			throws Exception {
		long program = seoulProgram("Urban farming seminar " + System.nanoTime());
		var page = html(get("/en/programs/" + program));
		assertThat(page).contains("action=\"/en/programs/" + program + "/ideas\"", "name=\"author\"",
				"Send an idea or feedback");
		var hostile = "<script>alert(1)</script> Visit the rooftop farms " + System.nanoTime();
		mvc.perform(post("/en/programs/" + program + "/ideas").with(csrf()).param("author", "Kim")
			.param("email", "kim@example.kr").param("text", hostile))
			.andExpect(status().is3xxRedirection());
		long id = jdbc.sql("select id from engagement.idea where text = :t and about = 'PROGRAM'").param("t", hostile)
			.query(Long.class).single();
		assertThat(html(get("/en/programs/" + program + "/ideas"))).doesNotContain("Visit the rooftop farms");

		var queue = html(get("/en/manage/ideas").with(seoul));
		assertThat(queue).contains("On the program Urban farming seminar", "Visit the rooftop farms")
			.doesNotContain("<script>alert(1)");
		assertThat(html(get("/en/manage/ideas").with(tokyo))).doesNotContain("Visit the rooftop farms");
		mvc.perform(post("/en/manage/ideas/" + id).with(tokyo).with(csrf()).param("decision", "approve"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/en/manage/ideas/" + id).with(seoul).with(csrf()).param("decision", "approve"))
			.andExpect(status().is3xxRedirection());

		var published = html(get("/ko/programs/" + program + "/ideas"));
		assertThat(published).contains("Visit the rooftop farms", "&lt;script&gt;").doesNotContain("<script>alert(1)");
		// an event's ideas are another topic, even under the same name
		assertThat(html(get("/en/ideas").param("topic", String.valueOf(program))))
			.doesNotContain("Visit the rooftop farms");
		assertThat(html(get("/api/v1/ideas").param("topic", String.valueOf(program)).param("about", "program")))
			.contains("Visit the rooftop farms", "\"about\":\"PROGRAM\"");
	}

	@Test
	void a_nul_character_overlong_text_or_a_missing_name_is_refused_with_what_was_typed_and_nothing_is_stored()
			throws Exception {
		long program = seoulProgram("Seminar refusing " + System.nanoTime());
		long before = ideas();
		var cases = List.of(List.of("Lee", "lee@example.kr", "Nul\u0000inside"),
				List.of("Lee", "lee@example.kr", "long " + "x".repeat(5000)), List.of(" ", "lee@example.kr", "No name"),
				List.of("Lee", "not-an-address", "Bad address kept"));
		for (var typed : cases) {
			var response = mvc.perform(post("/ja/programs/" + program + "/ideas").with(csrf()).param("author", typed.get(0))
				.param("email", typed.get(1)).param("text", typed.get(2)))
				.andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
			assertThat(response).contains("form-error-summary", "value=\"" + typed.get(1) + "\"");
		}
		assertThat(html(post("/ja/programs/" + program + "/ideas").with(csrf()).param("author", "Lee")
			.param("email", "lee@example.kr").param("text", "Bad address kept"))).isEmpty();
		mvc.perform(post("/en/programs/999999999/ideas").with(csrf()).param("author", "Lee")
			.param("email", "lee@example.kr").param("text", "No such program")).andExpect(status().isNotFound());
		assertThat(ideas()).isEqualTo(before + 1);
	}

	@Test
	void the_api_takes_an_idea_on_a_program_that_exists_and_refuses_one_on_a_program_that_does_not() throws Exception {
		long program = seoulProgram("Seminar by API " + System.nanoTime());
		long before = ideas();
		mvc.perform(post("/api/v1/ideas").contentType("application/json").content("""
				{"about":"PROGRAM","topic":"%d","author":"Sato","email":"sato@example.jp","text":"More Korean classes"}
				""".formatted(program))).andExpect(status().isAccepted());
		mvc.perform(post("/api/v1/ideas").contentType("application/json").content("""
				{"about":"PROGRAM","topic":"999999999","author":"Sato","email":"sato@example.jp","text":"Nowhere"}
				""")).andExpect(status().isUnprocessableContent());
		mvc.perform(post("/api/v1/ideas").contentType("application/json").content("""
				{"about":"PLANET","topic":"%d","author":"Sato","email":"sato@example.jp","text":"Nowhere"}
				""".formatted(program))).andExpect(status().isUnprocessableContent());
		assertThat(ideas()).isEqualTo(before + 1);
	}
}
