package org.amity.evaluation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ReportTest {

	@Autowired
	MockMvc mvc;

	@Test
	void the_seoul_tokyo_report_shows_the_dormant_decade_the_revival_the_attitude_change_and_its_evidence()
			throws Exception {
		var html = mvc.perform(get("/en/partnerships/seoul-kr-tokyo-jp/report"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("Report on the partnership of Tokyo and Seoul")
			.contains("It was dormant from 1999 to 2013")
			.contains("It revived in 2014.")
			.contains("2009: no program, no event, no visit since 1996")
			.contains("This report includes demo data")
			.contains("the difference is")
			.contains("Conclusion: the partnership is alive");
	}

	@Test
	void the_report_downloads_as_csv_with_the_figures() throws Exception {
		var csv = mvc.perform(get("/ko/partnerships/seoul-kr-tokyo-jp/report.csv"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/csv"))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).startsWith("section,year,measure,value,low_95,high_95,unit,note")
			.contains("vitality,2009,index,")
			.contains("attitude_change:difference,,trust,")
			.contains("evidence,,,,,,,");
	}

	@Test
	void the_report_downloads_as_pdf_in_korean_and_japanese_with_their_glyphs_in_embedded_fonts() throws Exception {
		for (var language : new String[] { "ko", "ja" }) {
			var bytes = mvc.perform(get("/" + language + "/partnerships/seoul-kr-tokyo-jp/report.pdf"))
				.andExpect(status().isOk())
				.andExpect(content().contentType("application/pdf"))
				.andReturn().getResponse().getContentAsByteArray();
			try (var pdf = Loader.loadPDF(bytes)) {
				var text = new PDFTextStripper().getText(pdf);
				if (language.equals("ko")) {
					assertThat(text).contains("서울").contains("도쿄").contains("휴면");
				}
				else {
					assertThat(text).contains("ソウル").contains("東京").contains("休眠");
				}
				var fonts = new java.util.ArrayList<String>();
				for (var page : pdf.getPages()) {
					for (var name : page.getResources().getFontNames()) {
						var font = page.getResources().getFont(name);
						if (font instanceof PDType0Font type0 && type0.isEmbedded()) {
							fonts.add(font.getName());
						}
					}
				}
				assertThat(fonts).as("embedded CJK fonts").anyMatch(name -> name.contains("Nanum") || name.contains("IPA")
						|| name.contains("JP"));
			}
		}
	}
}
