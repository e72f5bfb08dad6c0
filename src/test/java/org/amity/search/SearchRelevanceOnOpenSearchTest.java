package org.amity.search;

import org.junit.jupiter.api.AfterAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The relevance table of {@link SearchRelevanceTest}, every query of it, answered by the OpenSearch backend: the
 * application indexes its real data into a real OpenSearch node and searches there.
 */
class SearchRelevanceOnOpenSearchTest extends SearchRelevanceTest {

	static OpenSearchTestNode node;

	@DynamicPropertySource
	static void opensearch(DynamicPropertyRegistry properties) throws Exception {
		if (node == null) {
			node = OpenSearchTestNode.start();
		}
		properties.add("amity.search.backend", () -> "opensearch");
		properties.add("amity.search.opensearch.url", node::url);
		properties.add("amity.search.opensearch.index", () -> "amity-relevance");
	}

	@AfterAll
	static void stop() throws Exception {
		if (node != null) {
			node.close();
			node = null;
		}
	}
}
