package org.amity.portal.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.amity.SignedIn;
import org.amity.shared.LocalizedText;
import org.amity.shared.search.SearchContribution;
import org.amity.shared.search.SearchDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/** Staff see which written texts lack a language, who translated each, and which translations are outdated. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TranslationsPageTest.WrittenTexts.class)
class TranslationsPageTest {

	static final Instant AT = Instant.parse("2026-11-01T09:00:00Z");

	@TestConfiguration(proxyBeanMethods = false)
	static class WrittenTexts {

		@Bean
		SearchContribution writtenPrograms() {
			var week = LocalizedText.of("ko", "서울-도쿄 주간")
				.written("ko", "서울-도쿄 주간", "minji", AT)
				.translated("ja", "ソウル・東京ウィーク", "ko", "kenji", AT)
				.translated("en", "Seoul–Tokyo Week", "ko", "amy", AT)
				// the Korean title changed after both translations
				.written("ko", "서울-도쿄 우정 주간", "minji", AT.plusSeconds(3600));
			var complete = LocalizedText.of("Kimchi festival", "김치 축제", "キムチ祭り", "Festival kimchi");
			return new SearchContribution() {
				@Override
				public String kind() {
					return "program";
				}

				@Override
				public long version() {
					return 1;
				}

				@Override
				public List<SearchDocument> documents() {
					return List.of(
							new SearchDocument("program", "week", "/programs/week", week, null, null, Set.of("KR"), 2026, 1),
							new SearchDocument("program", "kimchi", "/programs/kimchi", complete, null, null, Set.of("KR"),
									2026, 1));
				}

				@Override
				public boolean writtenByPeople() {
					return true;
				}
			};
		}
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Test
	void a_text_shows_its_missing_language_its_translators_and_its_outdated_translations() throws Exception {
		mvc.perform(get("/en/manage/translations").with(SignedIn.asPlatformAdmin(context)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Seoul–Tokyo Week")))
			.andExpect(content().string(containsString("Japanese: translated by kenji from Korean")))
			.andExpect(content().string(containsString("Korean: written by minji")))
			.andExpect(content().string(containsString("<td>\n            <span>Indonesian</span>")))
			.andExpect(content().string(containsString("<span>English, </span><span>Japanese</span>")))
			// complete and current texts are not listed, names of places are not translated by hand
			.andExpect(content().string(not(containsString("Kimchi festival"))))
			.andExpect(content().string(not(containsString("/cities/tokyo-jp"))));
	}

	@Test
	void the_list_narrows_to_outdated_translations_or_to_one_language() throws Exception {
		mvc.perform(get("/ko/manage/translations?outdatedOnly=true&language=id").with(SignedIn.asPlatformAdmin(context)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("서울-도쿄 우정 주간")));
		mvc.perform(get("/en/manage/translations")).andExpect(status().is3xxRedirection());
	}
}
