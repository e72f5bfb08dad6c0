package org.amity.partnership.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.amity.city.Gazetteer;
import org.amity.partnership.PartnershipStatus;
import org.amity.partnership.PartnershipType;
import org.amity.partnership.Partnerships;
import org.amity.shared.PartialDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The registry as open data: complete pages, changes since a moment, removed records marked, readable anywhere. */
@SpringBootTest
@AutoConfigureMockMvc
class OpenDataApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Partnerships partnerships;

	@Autowired
	Gazetteer gazetteer;

	@Autowired
	JdbcClient jdbc;

	@Test
	void paging_through_a_country_gives_each_of_its_partnerships_exactly_once() throws Exception {
		var korean = gazetteer.idsInCountry("KR");
		var expected = partnerships.all().stream()
			.filter(p -> p.type() == PartnershipType.SISTER)
			.filter(p -> korean.contains(p.placeA()) || korean.contains(p.placeB()))
			.map(p -> p.id())
			.toList();
		assertThat(expected).hasSizeGreaterThan(100);

		var seen = new ArrayList<Long>();
		String next = "/api/v1/open-data/partnerships?country=kr&type=SISTER&limit=100";
		int pages = 0;
		while (next != null) {
			var response = mvc.perform(get(next)).andExpect(status().isOk()).andReturn().getResponse();
			var json = response.getContentAsString();
			List<Number> ids = JsonPath.read(json, "$.items[*].id");
			ids.forEach(id -> seen.add(id.longValue()));
			next = JsonPath.read(json, "$.next");
			if (next != null) {
				assertThat(response.getHeader("Link")).isEqualTo("<" + next + ">; rel=\"next\"");
			}
			pages++;
		}
		assertThat(pages).isGreaterThan(1);
		assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
	}

	@Test
	void every_page_states_its_licence_and_attribution_in_the_readers_language() throws Exception {
		mvc.perform(get("/api/v1/open-data/partnerships?limit=1").header("Accept-Language", "ja"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.licence.name").value("CC BY 4.0"))
			.andExpect(jsonPath("$.licence.url").value("https://creativecommons.org/licenses/by/4.0/"))
			.andExpect(jsonPath("$.licence.attribution").value(org.hamcrest.Matchers.containsString("出典")))
			.andExpect(jsonPath("$.items.length()").value(1));
	}

	@Test
	void asking_since_the_last_read_gives_what_changed_and_marks_what_was_removed() throws Exception {
		var first = mvc.perform(get("/api/v1/open-data/partnerships?limit=1")).andReturn().getResponse()
			.getContentAsString();
		String asOf = JsonPath.read(first, "$.asOf");

		var places = gazetteer.search("Nienburg", 5).stream().map(p -> p.id()).toList();
		var lille = gazetteer.search("Lille", 1).get(0).id();
		var added = partnerships.register(places.get(0), lille, "open-data-test-" + System.nanoTime(),
				PartnershipType.FRIENDSHIP, PartialDate.ofYear(2026), PartnershipStatus.SIGNED, false,
				new org.amity.partnership.Partnership.Source("open-data-test", null));
		var seoulTokyo = partnerships.findBySlug("seoul-kr-tokyo-jp").orElseThrow();
		partnerships.addSource(seoulTokyo.id(), new org.amity.partnership.Partnership.Source("open-data-test", null));

		var changed = changesSince(asOf);
		assertThat(changed).contains(added.id() + ":false", seoulTokyo.id() + ":false");

		jdbc.sql("delete from partnership.partnership where id = :id").param("id", added.id()).update();
		var afterRemoval = changesSince(asOf);
		assertThat(afterRemoval).contains(added.id() + ":true").doesNotContain(added.id() + ":false");
	}

	@Test
	void a_reader_from_another_site_may_read_the_api_but_not_write_to_it() throws Exception {
		mvc.perform(get("/api/v1/open-data/partnerships?limit=1").header("Origin", "https://data.example.org"))
			.andExpect(status().isOk())
			.andExpect(header().string("Access-Control-Allow-Origin", "*"));
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.options("/api/v1/open-data/partnerships")
			.header("Origin", "https://data.example.org")
			.header("Access-Control-Request-Method", "DELETE"))
			.andExpect(status().isForbidden());
	}

	@Test
	void a_cursor_or_a_moment_that_cannot_be_read_is_a_bad_request_in_the_readers_language() throws Exception {
		mvc.perform(get("/api/v1/open-data/partnerships?cursor=not-a-cursor").header("Accept-Language", "ko"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.cursor").exists())
			.andExpect(jsonPath("$.title").value(org.hamcrest.Matchers.matchesPattern(".*[가-힣].*")));
		mvc.perform(get("/api/v1/open-data/partnerships?updatedSince=yesterday"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.updatedSince").exists());
		mvc.perform(get("/api/v1/open-data/partnerships?limit=0")).andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/open-data/partnerships?country=<script>")).andExpect(status().isBadRequest());
	}

	private List<String> changesSince(String asOf) throws Exception {
		var result = new ArrayList<String>();
		String next = "/api/v1/open-data/partnerships?limit=1000&updatedSince=" + asOf;
		var guard = new HashSet<String>();
		while (next != null && guard.add(next)) {
			var json = mvc.perform(get(next)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
			List<Number> ids = JsonPath.read(json, "$.items[*].id");
			List<Boolean> removed = JsonPath.read(json, "$.items[*].removed");
			for (int i = 0; i < ids.size(); i++) {
				result.add(ids.get(i).longValue() + ":" + removed.get(i));
			}
			next = JsonPath.read(json, "$.next");
		}
		return result;
	}
}
