package org.amity.search;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Chooses the search backend by {@code amity.search.backend}: {@code embedded} (the default; {@code lucene} is the
 * same), a Lucene index in this instance's memory, rebuilt from the contributions at start; or {@code opensearch}, an
 * index in the OpenSearch cluster at {@code amity.search.opensearch.url} (index name
 * {@code amity.search.opensearch.index}) that several instances share, signed in with HTTP Basic as
 * {@code amity.search.opensearch.username} and {@code amity.search.opensearch.password} when the cluster's security
 * asks for it (over TLS when the URL is https).
 */
@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

	private static final Logger log = LoggerFactory.getLogger(SearchConfiguration.class);

	@Bean
	SearchBackend searchBackend(@Value("${amity.search.backend:embedded}") String backend,
			@Value("${amity.search.opensearch.url:}") String url,
			@Value("${amity.search.opensearch.index:amity-search}") String index,
			@Value("${amity.search.opensearch.username:}") String username,
			@Value("${amity.search.opensearch.password:}") String password) {
		return switch (backend) {
			case "embedded", "lucene" -> new LuceneSearchBackend();
			case "opensearch" -> {
				if (url.isBlank()) {
					throw new IllegalStateException(
							"amity.search.backend=opensearch needs amity.search.opensearch.url, such as http://localhost:9200");
				}
				log.info("Search documents are kept in the OpenSearch index {} at {}", index, url);
				if (!username.isBlank() && url.startsWith("http://")) {
					log.warn("The OpenSearch password is sent unencrypted to {}; an https URL sends it over TLS", url);
				}
				yield new OpenSearchBackend(url, index, username, password);
			}
			default -> throw new IllegalStateException("amity.search.backend=" + backend
					+ " is not a search backend: embedded (the default) or opensearch");
		};
	}
}
