package org.amity.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.amity.shared.LocalizedText;
import org.amity.shared.search.SearchDocument;
import org.junit.jupiter.api.Test;

/**
 * The embedded index's counting: exact totals and facets though only the best hits are scored, counts kept for a
 * request asked again only while the index stands as it was, and typo alternatives only for words few documents have.
 */
class LuceneSearchBackendTest {

	private static SearchDocument event(int i, String title, String country) {
		return event(i, title, "A festival day number " + i + " with friends.", country);
	}

	private static SearchDocument event(int i, String title, String body, String country) {
		return new SearchDocument("event", "e" + i, "/events/e" + i, LocalizedText.of(title, null, null, null),
				LocalizedText.of(body, null, null, null), List.of(), Set.of(country), 2000 + i % 3, (i % 10) / 10.0);
	}

	private static List<SearchDocument> festivals(int count) {
		var documents = new ArrayList<SearchDocument>();
		for (int i = 0; i < count; i++) {
			documents.add(event(i, "Harbour festival " + i, i % 2 == 0 ? "KR" : "JP"));
		}
		return documents;
	}

	private static SearchRequest festival(int limit) {
		return new SearchRequest("festival", Set.of(), Set.of(), Set.of(), Locale.ENGLISH, limit);
	}

	private static long count(List<SearchResults.FacetCount> facet, String value) {
		return facet.stream().filter(c -> c.value().equals(value)).mapToLong(SearchResults.FacetCount::count).sum();
	}

	@Test
	void the_total_and_the_facets_count_every_match_though_only_the_best_are_returned() {
		var backend = new LuceneSearchBackend();
		backend.replace("event", festivals(500));

		var results = backend.search(festival(5));

		assertThat(results.hits()).hasSize(5);
		assertThat(results.total()).isEqualTo(500);
		assertThat(count(results.countries(), "KR")).isEqualTo(250);
		assertThat(count(results.countries(), "JP")).isEqualTo(250);
		assertThat(results.years().stream().mapToLong(SearchResults.FacetCount::count).sum()).isEqualTo(500);
	}

	@Test
	void the_best_hits_are_the_same_whether_or_not_the_counts_were_kept() {
		var backend = new LuceneSearchBackend();
		backend.replace("event", festivals(300));
		var first = backend.search(festival(10));

		var again = backend.search(festival(10));
		backend.keepAnswers(0);
		var afresh = backend.search(festival(10));

		assertThat(again).isEqualTo(first);
		assertThat(afresh).isEqualTo(first);
	}

	@Test
	void a_request_asked_again_after_the_index_changed_counts_the_documents_as_they_are_now() {
		var backend = new LuceneSearchBackend();
		backend.replace("event", festivals(40));
		assertThat(backend.search(festival(20)).total()).isEqualTo(40);

		backend.update("event", Set.of("e100", "e0"), List.of(event(100, "Lantern festival", "ID")));

		var results = backend.search(festival(20));
		assertThat(results.total()).isEqualTo(40);
		assertThat(count(results.countries(), "ID")).isEqualTo(1);
		assertThat(count(results.countries(), "KR")).isEqualTo(19);
	}

	@Test
	void a_chosen_country_narrows_the_total_but_keeps_its_siblings_counted() {
		var backend = new LuceneSearchBackend();
		backend.replace("event", festivals(100));

		var results = backend.search(new SearchRequest("festival", Set.of(), Set.of("JP"), Set.of(), Locale.ENGLISH, 20));

		assertThat(results.total()).isEqualTo(50);
		assertThat(count(results.countries(), "KR")).isEqualTo(50);
		assertThat(results.countries()).anySatisfy(c -> {
			assertThat(c.value()).isEqualTo("JP");
			assertThat(c.selected()).isTrue();
		});
	}

	@Test
	void a_word_many_documents_contain_is_taken_as_written_without_its_look_alikes() {
		var documents = festivals(100);
		documents.add(event(200, "Festivak market", "Stalls by the river.", "KR"));
		var backend = new LuceneSearchBackend();
		backend.replace("event", documents);

		assertThat(backend.search(festival(20)).total()).isEqualTo(100);
	}

	@Test
	void a_typo_is_still_forgiven_when_the_word_typed_is_in_no_document() {
		var backend = new LuceneSearchBackend();
		backend.replace("event", festivals(100));

		var results = backend.search(new SearchRequest("festivl", Set.of(), Set.of(), Set.of(), Locale.ENGLISH, 20));

		assertThat(results.total()).isEqualTo(100);
	}

	@Test
	void a_rare_word_keeps_its_look_alikes() {
		var documents = festivals(100);
		documents.add(event(200, "Lanterns of Gwangju", "Stalls by the river.", "KR"));
		documents.add(event(201, "Gwangjo night market", "Stalls by the river.", "KR"));
		var backend = new LuceneSearchBackend();
		backend.replace("event", documents);

		var results = backend.search(new SearchRequest("Gwangju", Set.of(), Set.of(), Set.of(), Locale.ENGLISH, 20));

		assertThat(results.hits()).extracting(SearchHit::id).containsExactly("e200", "e201");
	}
}
