package org.amity.search;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.amity.actor.ActorKind;
import org.amity.actor.Actors;
import org.amity.city.Gazetteer;
import org.amity.city.NewPlace;
import org.amity.city.PlaceLevel;
import org.amity.event.EventManagement;
import org.amity.exchange.ProgramKind;
import org.amity.exchange.Programs;
import org.amity.identity.Caller;
import org.amity.identity.CurrentUser;
import org.amity.partnership.Partnerships;
import org.amity.shared.LocalizedText;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An edit or a removal made through a module's own use case reaches the search by the version the index compares,
 * without a restart: the new text is found and the old one no longer is. The edits publish nothing the index listens to, so
 * what is tested is the version alone, as another instance or the command line would leave it.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(SamplePrograms.class)
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SearchFollowsEditsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	SiteSearch search;

	@Autowired
	CurrentUser currentUser;

	@Autowired
	Programs programs;

	@Autowired
	Actors actors;

	@Autowired
	EventManagement events;

	@Autowired
	Partnerships partnerships;

	@Autowired
	Gazetteer gazetteer;

	@Test
	void a_program_whose_title_is_edited_is_found_by_its_new_title_and_no_longer_by_the_old() throws Exception {
		long seoul = gazetteer.findBySlug("seoul-kr").orElseThrow().id();
		long partnership = partnerships.findBySlug("seoul-kr-tokyo-jp").orElseThrow().id();
		var program = asSystem(() -> programs.create(partnership, ProgramKind.CULTURAL_FESTIVAL, null,
				LocalizedText.of("Quokkafest lantern workshop", null, null, null), null,
				List.of(actors.get("tokyo-metropolitan-government").id()),
				List.of(actors.get("seoul-metropolitan-government").id()), seoul, false));
		String id = String.valueOf(program.id());
		search.refresh();
		expectFound("Quokkafest", id);

		asSystem(() -> programs.edit(program.id(), program.version(), program.kind(), null,
				LocalizedText.of("Wombatgala lantern workshop", null, null, null), program.description(),
				program.hosts(), program.senders()));
		search.refresh();

		expectFound("Wombatgala", id);
		expectNotFound("Quokkafest", id);
	}

	@Test
	void a_renamed_organisation_is_found_by_its_new_name_and_no_longer_by_the_old() throws Exception {
		var slug = "search-rename-" + Long.toString(System.nanoTime(), 36);
		asSystem(() -> actors.register(slug, ActorKind.NON_GOVERNMENTAL_ORGANISATION,
				LocalizedText.of("Axolotlbund friendship society", null, null, null), null, null, false));
		search.refresh();
		expectFound("Axolotlbund", slug);

		asSystem(() -> actors.rename(slug, LocalizedText.of("Narwhalkreis friendship society", null, null, null)));
		search.refresh();

		expectFound("Narwhalkreis", slug);
		expectNotFound("Axolotlbund", slug);
	}

	@Test
	void a_series_whose_title_is_edited_is_found_by_its_new_title_and_no_longer_by_the_old() throws Exception {
		long seoul = gazetteer.findBySlug("seoul-kr").orElseThrow().id();
		var slug = asSystem(() -> events.createSeries(LocalizedText.of("Pangolinweek of crafts", null, null, null),
				new LocalizedText(Map.of()), List.of(), null, List.of(seoul)));
		search.refresh();
		expectFound("Pangolinweek", "series:" + slug);

		asSystem(() -> {
			events.editSeries(slug, LocalizedText.of("Capybaradays of crafts", null, null, null),
					new LocalizedText(Map.of()), List.of(), events.series(slug).version());
			return null;
		});
		search.refresh();

		expectFound("Capybaradays", "series:" + slug);
		expectNotFound("Pangolinweek", "series:" + slug);
	}

	@Test
	void a_place_removed_by_undoing_its_import_is_no_longer_found_even_when_another_takes_its_place() throws Exception {
		var first = gazetteer.register(List.of(place("Quolltown")), gazetteer.index()).get(0);
		search.refresh();
		expectFound("Quolltown", first.slug());

		// as many names as before: a count of names would not have moved
		gazetteer.removeImported(List.of(first.id()));
		var second = gazetteer.register(List.of(place("Bilbyville")), gazetteer.index()).get(0);
		search.refresh();

		expectFound("Bilbyville", second.slug());
		expectNotFound("Quolltown", first.slug());
		gazetteer.removeImported(List.of(second.id()));
	}

	private static NewPlace place(String name) {
		return new NewPlace("AU", PlaceLevel.CITY, null, name, Map.of(), List.of(), null, null, null, null, "test");
	}

	private void expectFound(String text, String id) throws Exception {
		mvc.perform(get("/api/v1/search").param("q", text))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.hits[*].id", hasItem(id)));
	}

	private void expectNotFound(String text, String id) throws Exception {
		mvc.perform(get("/api/v1/search").param("q", text))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.hits[*].id", not(hasItem(id))));
	}

	private <T> T asSystem(Supplier<T> work) {
		var result = new AtomicReference<T>();
		currentUser.runAs(Caller.system(), () -> result.set(work.get()));
		return result.get();
	}
}
