package org.amity.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.amity.shared.LocalizedText;
import org.amity.shared.search.SearchDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The OpenSearch backend against a real OpenSearch node: it finds what the embedded index finds, with the same best
 * hit and the same counts, and follows replaced and updated documents.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class OpenSearchBackendTest {

	static OpenSearchTestNode node;
	static OpenSearchBackend opensearch;
	static LuceneSearchBackend embedded;

	@BeforeAll
	static void start() throws Exception {
		node = OpenSearchTestNode.start();
		opensearch = new OpenSearchBackend(node.url(), "amity-search-test");
		embedded = new LuceneSearchBackend();
		var documents = new ArrayList<SearchDocument>(new SearchBenchmark.Generator(7).documents(400));
		documents.addAll(SamplePrograms.PROGRAMS);
		documents.addAll(SamplePrograms.EVENTS);
		for (var kind : documents.stream().map(SearchDocument::kind).distinct().toList()) {
			var ofKind = documents.stream().filter(d -> d.kind().equals(kind)).toList();
			embedded.replace(kind, ofKind);
			opensearch.replace(kind, ofKind);
		}
	}

	@AfterAll
	static void stop() throws Exception {
		if (node != null) {
			node.close();
		}
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "Tokyo", "東京", "도쿄", "Tokio", "Seould", "Jakatra", "자매도시를", "姉妹都市", "ジャカル",
			"kerjasama", "bekerja sama", "youth exchange", "청소년 교류", "kimchi", "Surabaya festival", "photo",
			"Kairo", "pameran foto", "São Paulo", "sao paulo" })
	void a_query_finds_the_same_documents_in_the_same_order_with_the_same_counts(String text) {
		var request = new SearchRequest(text, null, null, null, Locale.ENGLISH, 20);
		var expected = embedded.search(request);
		var found = opensearch.search(request);
		assertThat(found.total()).as(text).isEqualTo(expected.total());
		assertThat(found.kinds()).isEqualTo(expected.kinds());
		assertThat(found.countries()).isEqualTo(expected.countries());
		assertThat(found.years()).isEqualTo(expected.years());
		// the best hit is the same, with its title and marked snippet; further down, documents whose scores differ
		// in the last digits may trade places (OpenSearch counts a text's words at the same position, such as CJK
		// pairs beside their characters, in the text's length, which the embedded index leaves out)
		assertThat(found.hits().get(0)).isEqualTo(expected.hits().get(0));
		var common = new java.util.HashSet<>(ids(found));
		common.retainAll(ids(expected));
		assertThat(common).as(text).hasSizeGreaterThanOrEqualTo(ids(expected).size() * 4 / 5);
	}

	@Test
	void a_chosen_facet_narrows_the_hits_but_not_its_own_counts() {
		var request = new SearchRequest("Seoul", Set.of("event", "program"), Set.of("KR"), null, Locale.KOREAN, 10);
		var expected = embedded.search(request);
		var found = opensearch.search(request);
		assertThat(found.total()).isPositive().isEqualTo(expected.total());
		assertThat(ids(found)).isEqualTo(ids(expected));
		assertThat(found.kinds()).isEqualTo(expected.kinds());
		assertThat(found.countries()).isEqualTo(expected.countries());
		assertThat(found.kinds()).extracting(SearchResults.FacetCount::value).contains("place", "partnership");
	}

	@Test
	void facets_alone_browse_without_a_text() {
		var request = new SearchRequest("", Set.of("event"), null, null, Locale.ENGLISH, 50);
		assertThat(opensearch.search(request)).isEqualTo(embedded.search(request));
	}

	@Test
	void replacing_and_updating_a_kind_is_followed() {
		var before = opensearch.size();
		var first = document("guide-1", "Incheon harbour guide");
		var second = document("guide-2", "Busan harbour guide");
		opensearch.replace("guide", List.of(first, second));
		assertThat(opensearch.size()).isEqualTo(before + 2);
		opensearch.replace("guide", List.of(second));
		assertThat(ids(opensearch.search(SearchRequest.of("harbour", Locale.ENGLISH)))).containsExactly("guide:guide-2");
		opensearch.update("guide", Set.of("guide-2", "guide-3"), List.of(document("guide-3", "Daegu harbour guide")));
		assertThat(ids(opensearch.search(SearchRequest.of("harbour", Locale.ENGLISH)))).containsExactly("guide:guide-3");
		opensearch.replace("guide", List.of());
		assertThat(opensearch.size()).isEqualTo(before);
	}

	private static SearchDocument document(String id, String title) {
		return new SearchDocument("guide", id, "/guides/" + id, LocalizedText.of("en", title), null, null,
				Set.of("KR"), 2024, 0.5);
	}

	private static List<String> ids(SearchResults results) {
		return results.hits().stream().map(hit -> hit.kind() + ":" + hit.id()).toList();
	}
}
