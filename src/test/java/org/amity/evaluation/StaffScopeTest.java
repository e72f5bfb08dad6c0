package org.amity.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.amity.city.Gazetteer;
import org.amity.identity.AccessDeniedException;
import org.amity.identity.Caller;
import org.amity.identity.CurrentUser;
import org.amity.identity.Grant;
import org.amity.identity.Role;
import org.amity.partnership.Partnerships;
import org.amity.shared.LocalizedText;
import org.amity.shared.PartialDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The staff pages of evaluation show each city's staff the surveys and series of their own partnerships and the
 * context of their own country, and refuse to change another city's; a platform admin reaches all.
 */
@SpringBootTest
@AutoConfigureMockMvc
class StaffScopeTest {

	@Autowired
	Surveys surveys;

	@Autowired
	TimeSeries series;

	@Autowired
	ContextTimeline context;

	@Autowired
	Gazetteer gazetteer;

	@Autowired
	Partnerships partnerships;

	@Autowired
	CurrentUser currentUser;

	@Autowired
	MockMvc mvc;

	Caller tokyoOfficer;
	Caller seoulOfficer;
	long seoulOnlyPartnership;
	String mark;

	@BeforeEach
	void cities() {
		long seoul = gazetteer.findBySlug("seoul-kr").orElseThrow().id();
		long tokyo = gazetteer.findBySlug("tokyo-jp").orElseThrow().id();
		tokyoOfficer = Caller.of(7401, "scope-tokyo", List.of(Grant.of(Role.CITY_OFFICER, tokyo)), false);
		seoulOfficer = Caller.of(7402, "scope-seoul", List.of(Grant.of(Role.CITY_OFFICER, seoul)), false);
		seoulOnlyPartnership = partnerships.involving(seoul)
			.stream()
			.filter(p -> p.placeA() != tokyo && p.placeB() != tokyo)
			.findFirst()
			.orElseThrow()
			.id();
		mark = "scope-" + UUID.randomUUID();
	}

	@Test
	void a_tokyo_officer_sees_neither_seouls_survey_nor_a_korean_series_and_seoul_sees_both() throws Exception {
		currentUser.runAs(seoulOfficer, () -> {
			surveys.createMutualUnderstanding(LocalizedText.of("en", mark), seoulOnlyPartnership,
					Survey.Mode.ANONYMOUS, LocalizedText.of("en", "Partner"), LocalizedText.of("en", "City"), false);
			series.importSeries(new TimeSeries.NewSeries(mark, TimeSeries.Kind.OTHER, "people", "test", null, "KR",
					"US", false), Map.of("2021", 2.0));
		});
		assertThat(page("/en/manage/surveys", tokyoOfficer)).doesNotContain(mark);
		assertThat(page("/en/manage/series", tokyoOfficer)).doesNotContain(mark);
		assertThat(page("/en/manage/surveys", seoulOfficer)).contains(mark);
		assertThat(page("/en/manage/series", seoulOfficer)).contains(mark);
		assertThat(page("/en/manage/series", Caller.system())).contains(mark);
	}

	@Test
	void a_tokyo_officer_cannot_make_a_survey_or_series_for_seoul_nor_edit_koreas_context_with_another_country() {
		currentUser.runAs(tokyoOfficer, () -> {
			assertThatThrownBy(() -> surveys.createMutualUnderstanding(LocalizedText.of("en", mark),
					seoulOnlyPartnership, Survey.Mode.ANONYMOUS, LocalizedText.of("en", "P"), LocalizedText.of("en", "C"),
					false)).isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> series.importSeries(new TimeSeries.NewSeries(mark, TimeSeries.Kind.OTHER, "p",
					"s", null, "KR", "US", false), Map.of("2021", 1.0))).isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> context.add("KR", "US", PartialDate.parse("2021"), ContextEvent.Kind.values()[0],
					mark, "staff")).isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> context.managed("KR", "US")).isInstanceOf(AccessDeniedException.class);
			// Japan's own context is Tokyo's to edit
			assertThat(context.managed("JP", "KR")).isNotNull();
		});
		currentUser.runAs(seoulOfficer, () -> context.add("KR", "US", PartialDate.parse("2021"),
				ContextEvent.Kind.values()[0], mark, "staff"));
		long id = context.between("KR", "US").stream().filter(e -> e.title().equals(mark)).findFirst().orElseThrow()
			.id();
		currentUser.runAs(tokyoOfficer, () -> {
			assertThatThrownBy(() -> context.change(id, PartialDate.parse("2022"), ContextEvent.Kind.values()[0], "x"))
				.isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> context.remove(id)).isInstanceOf(AccessDeniedException.class);
		});
		assertThat(context.between("KR", "US")).anyMatch(e -> e.title().equals(mark));
	}

	String page(String path, Caller caller) throws Exception {
		return mvc.perform(get(path).with(authentication(CurrentUser.authenticationOf(caller))))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}
}
