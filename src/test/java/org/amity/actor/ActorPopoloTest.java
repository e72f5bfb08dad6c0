package org.amity.actor;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The actor directory goes out as Popolo JSON (organizations, persons, memberships with roles and dates, no e-mail
 * addresses) and, with the program catalogue, as CSV and XLSX files in the page's language.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ActorPopoloTest {

	@Autowired
	MockMvc mvc;

	@Test
	void the_directory_as_popolo_has_organisations_people_and_dated_memberships() throws Exception {
		mvc.perform(get("/api/v1/popolo"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.organizations[*].id", hasItem("seoul-metropolitan-government")))
			.andExpect(jsonPath("$.organizations[?(@.id == 'seoul-metropolitan-government')].classification",
					hasItem("local government")))
			.andExpect(jsonPath("$.organizations[?(@.id == 'seoul-metropolitan-government')].other_names[*].name",
					hasItem("서울특별시")))
			.andExpect(jsonPath("$.memberships[?(@.member.id == 'seoul-metropolitan-government' && @.role == 'initiator')].start_date",
					hasItem("1988-09-03")))
			.andExpect(jsonPath("$.memberships[?(@.member.id == 'seoul-metropolitan-government' && @.role == 'initiator')].amity_target.type",
					hasItem("partnership")))
			.andExpect(content().string(not(containsString("@demo.invalid"))));
	}

	@Test
	void one_organisation_as_popolo_names_its_people_by_position_and_its_offices() throws Exception {
		mvc.perform(get("/api/v1/actors/demo-seoul-office-tokyo.popolo.json"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.organizations[0].id").value("demo-seoul-office-tokyo"))
			.andExpect(jsonPath("$.persons[*].name", hasItem("Park Jisoo (demo)")))
			.andExpect(jsonPath("$.memberships[?(@.person_id)].role", hasItem("Director")))
			.andExpect(jsonPath("$.memberships[?(@.role == 'representative office')].organization_id",
					hasItem("seoul-metropolitan-government")))
			.andExpect(jsonPath("$.memberships[?(@.role == 'representative office')].start_date", hasItem("2016")))
			.andExpect(content().string(not(containsString("jisoo.park"))));
		mvc.perform(get("/api/v1/actors/no-such-actor.popolo.json")).andExpect(status().isNotFound());
	}

	@Test
	void the_directory_and_the_catalogue_download_as_csv_and_xlsx_in_the_pages_language() throws Exception {
		mvc.perform(get("/ko/actors.csv"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("amity-actors.csv")))
			.andExpect(content().string(containsString("서울특별시")));
		mvc.perform(get("/ja/actors.xlsx?kind=UNIVERSITY"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("amity-actors.xlsx")));
		mvc.perform(get("/ja/programs.csv"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("題名")))
			.andExpect(content().string(containsString("ソウル–東京 大学生交流（デモ）")));
		mvc.perform(get("/en/programs.xlsx?kind=UNIVERSITY_EXCHANGE")).andExpect(status().isOk());
		mvc.perform(get("/en/programs.csv?partnership=no-such")).andExpect(status().isNotFound());
	}
}
