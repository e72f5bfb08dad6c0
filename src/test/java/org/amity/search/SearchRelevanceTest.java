package org.amity.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ClassPathResource;

/**
 * The search finds what readers of each language expect, query by query, as listed in {@code search/relevance.tsv}
 * (what is typed, the kind chosen, the document expected and within how many hits), on the real bundled data and the
 * sample programs and events. (Configured as {@link SiteSearchTest} is, so both run on one application.)
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(SamplePrograms.class)
class SearchRelevanceTest {

	@Autowired
	SiteSearch search;

	static Stream<Arguments> queries() throws IOException {
		var table = new String(new ClassPathResource("search/relevance.tsv").getInputStream().readAllBytes(),
				StandardCharsets.UTF_8);
		return table.lines()
			.filter(line -> !line.isBlank() && !line.startsWith("#"))
			.map(line -> line.split("\t"))
			.map(cells -> Arguments.of(cells[0], cells[1], cells[2], cells[3], Integer.parseInt(cells[4])));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("queries")
	void finds(String sentence, String query, String kind, String expected, int within) {
		var kinds = kind.equals("-") ? Set.<String>of() : Set.of(kind);
		var results = search.search(new SearchRequest(query, kinds, null, null, Locale.ENGLISH, within));
		List<String> found = results.hits().stream().map(hit -> hit.kind() + ":" + hit.id()).toList();
		assertThat(found).as("%s (%s)", sentence, query).contains(expected);
	}
}
