package org.amity.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * How the OpenSearch backend meets its cluster, against a small HTTP server standing in for one: credentials go with
 * every request, and a cluster that is not there or answers an error is a {@link SearchUnavailableException}, never a
 * failed start.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class OpenSearchConnectionTest {

	private final List<String> authorizations = new CopyOnWriteArrayList<>();
	private HttpServer server;

	@AfterEach
	void stop() {
		if (server != null) {
			server.stop(0);
		}
	}

	@Test
	void the_configured_credentials_go_with_every_request_as_http_basic() throws Exception {
		var backend = new OpenSearchBackend(cluster(200), "amity-search", "amity", "pässword:1");

		backend.size();

		var expected = "Basic " + Base64.getEncoder()
			.encodeToString("amity:pässword:1".getBytes(StandardCharsets.UTF_8));
		assertThat(authorizations).hasSizeGreaterThanOrEqualTo(2).containsOnly(expected);
	}

	@Test
	void without_credentials_no_authorization_is_sent() throws Exception {
		var backend = new OpenSearchBackend(cluster(200), "amity-search");

		backend.size();

		assertThat(authorizations).hasSizeGreaterThanOrEqualTo(2).containsOnly("none");
	}

	@Test
	void a_cluster_that_is_not_there_lets_the_backend_start_and_makes_each_search_unavailable() throws Exception {
		var backend = new OpenSearchBackend("http://127.0.0.1:" + closedPort(), "amity-search");

		assertThatThrownBy(() -> backend.search(new SearchRequest("Tokyo", null, null, null, Locale.ENGLISH, 10)))
			.isInstanceOf(SearchUnavailableException.class);
		assertThatThrownBy(backend::requireReachable).isInstanceOf(SearchUnavailableException.class);
	}

	@Test
	void a_cluster_answering_an_error_makes_the_search_unavailable() throws Exception {
		var backend = new OpenSearchBackend(cluster(503), "amity-search");

		assertThatThrownBy(() -> backend.search(new SearchRequest("Tokyo", null, null, null, Locale.ENGLISH, 10)))
			.isInstanceOf(SearchUnavailableException.class);
	}

	/** A cluster whose index exists, answering every request with this status (a count of nothing when 200). */
	private String cluster(int status) throws IOException {
		server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		server.createContext("/", exchange -> {
			var authorization = exchange.getRequestHeaders().getFirst("Authorization");
			authorizations.add(authorization == null ? "none" : authorization);
			exchange.getRequestBody().readAllBytes();
			if (exchange.getRequestMethod().equals("HEAD")) {
				exchange.sendResponseHeaders(status, -1);
			}
			else {
				var body = (status == 200 ? "{\"count\":0}" : "{\"error\":\"unavailable\"}")
					.getBytes(StandardCharsets.UTF_8);
				exchange.getResponseHeaders().set("Content-Type", "application/json");
				exchange.sendResponseHeaders(status, body.length);
				exchange.getResponseBody().write(body);
			}
			exchange.close();
		});
		server.start();
		return "http://127.0.0.1:" + server.getAddress().getPort();
	}

	static int closedPort() throws IOException {
		try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}
}
