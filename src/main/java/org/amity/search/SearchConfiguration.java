package org.amity.search;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Chooses the search backend by {@code amity.search.backend}. Only {@code lucene}, the embedded index, exists; a
 * backend shared by several instances would be another {@link SearchBackend} chosen here.
 */
@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

	@Bean
	SearchBackend searchBackend(@Value("${amity.search.backend:lucene}") String backend) {
		if (!backend.equals("lucene")) {
			throw new IllegalStateException("amity.search.backend=" + backend
					+ " is not available: the embedded Lucene index (lucene) is the only search backend");
		}
		return new LuceneSearchBackend();
	}
}
