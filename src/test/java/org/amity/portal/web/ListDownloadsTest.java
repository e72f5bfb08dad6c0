package org.amity.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** The lists the pages show download as CSV and XLSX, in the page's language. */
@SpringBootTest
@AutoConfigureMockMvc
class ListDownloadsTest {

	@Autowired
	MockMvc mvc;

	@Test
	void tokyos_partners_download_as_a_korean_workbook_with_all_twelve() throws Exception {
		var bytes = mvc.perform(get("/ko/cities/tokyo-jp/partners.xlsx"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type",
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.andExpect(header().string("Content-Disposition", "attachment; filename=\"amity-tokyo-jp-partners.xlsx\""))
			.andReturn().getResponse().getContentAsByteArray();
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
			var sheet = workbook.getSheetAt(0);
			assertThat(sheet.getLastRowNum()).isEqualTo(12);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).matches(".*[가-힣].*");
			var partners = new java.util.ArrayList<String>();
			for (int r = 1; r <= 12; r++) {
				partners.add(sheet.getRow(r).getCell(0).getStringCellValue());
			}
			assertThat(partners).contains("서울", "뉴욕");
			assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).isEqualTo("1960-02-29");
		}
	}

	@Test
	void a_portfolio_downloads_as_csv_with_a_row_per_partnership() throws Exception {
		var csv = new String(mvc.perform(get("/ja/cities/tokyo-jp/portfolio.csv"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
			.andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
		var lines = csv.strip().split("\r\n");
		assertThat(lines).hasSize(13);
		assertThat(lines[0]).matches(".*[\\p{IsHan}\\p{IsKatakana}\\p{IsHiragana}].*");
		assertThat(csv).contains("ソウル");
	}

	@Test
	void the_list_pages_link_to_their_downloads() throws Exception {
		var html = mvc.perform(get("/en/cities/tokyo-jp")).andReturn().getResponse().getContentAsString();
		assertThat(html).contains("/en/cities/tokyo-jp/partners.csv", "/en/cities/tokyo-jp/partners.xlsx");
		var portfolio = mvc.perform(get("/en/cities/tokyo-jp/portfolio")).andReturn().getResponse()
			.getContentAsString();
		assertThat(portfolio).contains("/en/cities/tokyo-jp/portfolio.xlsx");
	}

	@Test
	void an_unknown_city_or_format_is_not_found() throws Exception {
		mvc.perform(get("/en/cities/atlantis-xx/partners.csv")).andExpect(status().isNotFound());
		mvc.perform(get("/en/cities/tokyo-jp/partners.exe")).andExpect(status().isNotFound());
	}

	@Test
	void the_network_ranking_downloads_whole_with_the_pages_filters_and_sort() throws Exception {
		var csv = new String(mvc.perform(get("/en/network.csv").param("country", "JP").param("sort", "DEGREE"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", "attachment; filename=\"amity-network.csv\""))
			.andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
		var lines = csv.strip().split("\r\n");
		assertThat(lines.length).isGreaterThan(NetworkController.PAGE_SIZE + 1);
		assertThat(lines[0]).contains("Partners", "PageRank");
		assertThat(lines[1]).startsWith("1,");
		var html = mvc.perform(get("/en/network").param("country", "JP").param("sort", "DEGREE"))
			.andReturn().getResponse().getContentAsString();
		assertThat(html).contains("/en/network.csv?", "/en/network.xlsx?", "country=JP", "sort=DEGREE");
	}

	@Test
	void a_countrys_places_download_as_a_japanese_workbook() throws Exception {
		var bytes = mvc.perform(get("/ja/countries/kr/places.xlsx"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
			var sheet = workbook.getSheetAt(0);
			var names = new java.util.ArrayList<String>();
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				names.add(sheet.getRow(r).getCell(0).getStringCellValue());
			}
			assertThat(names).contains("ソウル");
		}
		mvc.perform(get("/en/countries/zz/places.csv")).andExpect(status().isNotFound());
	}
}
