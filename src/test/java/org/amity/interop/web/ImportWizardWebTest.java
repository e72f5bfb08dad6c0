package org.amity.interop.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import com.jayway.jsonpath.JsonPath;
import org.amity.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The wizard's pages and API, step by step, with hostile and broken input refused in the reader's language. */
@SpringBootTest
@AutoConfigureMockMvc
class ImportWizardWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	org.springframework.test.web.servlet.request.RequestPostProcessor staff() {
		return SignedIn.asPlatformAdmin(context);
	}

	@Test
	void the_wizard_pages_walk_from_upload_to_undo_without_script() throws Exception {
		mvc.perform(get("/en/manage/imports").with(staff())).andExpect(status().isOk())
			.andExpect(content().string(containsString("Import a list of partners")));
		var csv = "번호,자매도시,국가,결연일자\n1,Zyxwport,미국,1982. 3. 5\n2,<script>alert(1)</script>,미국,Jun.30.1966\n";
		var file = new MockMultipartFile("file", "busan-sister-cities-2024.csv", "text/csv",
				csv.getBytes(Charset.forName("EUC-KR")));
		var location = mvc.perform(multipart("/ko/manage/imports").file(file).with(csrf()).with(staff()).param("source", "web test list"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getHeader(HttpHeaders.LOCATION);
		mvc.perform(get(location).with(staff())).andExpect(status().isOk())
			.andExpect(content().string(containsString("EUC-KR")))
			.andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
			.andExpect(content().string(not(containsString("<script>alert(1)</script>"))));
		mvc.perform(post(location + "/mapping").with(csrf()).with(staff()).param("owner", "nowhere-xx").param("field.PARTNER", "1")
			.param("field.PARTNER_COUNTRY", "2")).andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("seoul-kr")));
		mvc.perform(post(location + "/mapping").with(csrf()).with(staff()).param("owner", "busan-kr").param("field.PARTNER", "1")
			.param("field.PARTNER_COUNTRY", "2").param("field.DATE", "3").param("encoding", ""))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get(location + "/dry-run").with(csrf()).with(staff())).andExpect(status().isOk())
			.andExpect(content().string(containsString("1982-03-05")))
			.andExpect(content().string(containsString("1966-06-30")));
		var run = mvc.perform(post(location + "/commit").with(csrf()).with(staff())).andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getHeader(HttpHeaders.LOCATION);
		mvc.perform(get(run).with(staff())).andExpect(status().isOk()).andExpect(content().string(containsString("web test list")));
		mvc.perform(post(run + "/undo").with(csrf()).with(staff())).andExpect(status().is3xxRedirection());
		mvc.perform(post(run + "/undo").with(csrf()).with(staff())).andExpect(status().isConflict())
			.andExpect(content().string(containsString("이미 되돌린")));
	}

	@Test
	void a_file_that_is_not_a_table_is_refused_with_the_reason_and_nothing_is_kept() throws Exception {
		var pdf = new MockMultipartFile("file", "list.csv", "text/csv", "%PDF-1.7 not a table".getBytes());
		mvc.perform(multipart("/en/manage/imports").file(pdf).with(csrf()).with(staff())).andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("not a table Amity can read")));
		var zip = new MockMultipartFile("file", "list.xlsx", "application/octet-stream",
				new byte[] { 0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4, 5, 6 });
		mvc.perform(multipart("/ja/manage/imports").file(zip).with(csrf()).with(staff())).andExpect(status().isUnprocessableContent());
	}

	@Test
	void an_upload_beyond_the_wizards_limit_is_refused_with_a_clear_message() throws Exception {
		var big = new MockMultipartFile("file", "big.csv", "text/csv", new byte[11 * 1024 * 1024]);
		mvc.perform(multipart("/en/manage/imports").file(big).with(csrf()).with(staff())).andExpect(status().isPayloadTooLarge())
			.andExpect(content().string(containsString("too large")));
		mvc.perform(multipart("/api/v1/imports").file(big).with(csrf()).with(staff()).header(HttpHeaders.ACCEPT_LANGUAGE, "ko"))
			.andExpect(status().isPayloadTooLarge())
			.andExpect(jsonPath("$.reason").value("TOO_LARGE"));
	}

	@Test
	void a_script_runs_the_same_steps_through_the_api() throws Exception {
		var created = mvc.perform(post("/api/v1/imports/paste").with(csrf()).with(staff()).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"source": "api test list", "text": "<table><tr><th>Partner</th><th>Country</th><th>Date</th></tr><tr><td>Plonkton</td><td>Kanada</td><td>October 14, 2015</td></tr></table>"}
					"""))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.format").value("HTML"))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		String id = JsonPath.read(created, "$.id");
		mvc.perform(put("/api/v1/imports/drafts/" + id + "/mapping").with(csrf()).with(staff()).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"owner": "tokyo-jp", "columns": {"PARTNER": 0}}
					""")
			.header(HttpHeaders.ACCEPT_LANGUAGE, "ja"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.reason").value("INCOMPLETE"));
		mvc.perform(put("/api/v1/imports/drafts/" + id + "/mapping").with(csrf()).with(staff()).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"owner": "tokyo-jp", "columns": {"PARTNER": 0, "PARTNER_COUNTRY": 1, "DATE": 2}}
					"""))
			.andExpect(status().isOk());
		mvc.perform(post("/api/v1/imports/drafts/" + id + "/dry-run").with(csrf()).with(staff())).andExpect(status().isOk())
			.andExpect(jsonPath("$[0].country").value("CA"))
			.andExpect(jsonPath("$[0].date").value("2015-10-14"));
		var run = mvc.perform(post("/api/v1/imports/drafts/" + id + "/commit").with(csrf()).with(staff())).andExpect(status().isCreated())
			.andExpect(jsonPath("$.partnershipsCreated").value(1))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		int importId = JsonPath.read(run, "$.id");
		mvc.perform(post("/api/v1/imports/" + importId + "/undo").with(csrf()).with(staff())).andExpect(status().isOk())
			.andExpect(jsonPath("$.partnershipsRemoved").value(1));
		mvc.perform(post("/api/v1/imports/" + importId + "/undo").with(csrf()).with(staff())).andExpect(status().isConflict())
			.andExpect(jsonPath("$.reason").value("ALREADY_UNDONE"));
	}
}
