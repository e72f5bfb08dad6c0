package org.amity.search;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.http.HttpServerTransport;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.transport.Netty4Plugin;

/**
 * A real single-node OpenSearch 2.19 cluster for the tests of {@link OpenSearchBackend}: the OpenSearch server itself
 * (the same jars a cluster runs, with its HTTP interface on Netty), started in a JVM of its own from the test
 * classpath, listening on a free port of the loopback address, with its data in a temporary directory removed when it
 * stops. It has no language plugins: the backend sends words Amity's own analysers made. Its own JVM, because
 * OpenSearch configures logging through Log4j, where the application logs through Logback.
 */
final class OpenSearchTestNode implements AutoCloseable {

	private static final String NAME = "amity-search-test";
	private static final String READY = "OpenSearch listening at ";

	private final Process process;
	private final String url;

	private OpenSearchTestNode(Process process, String url) {
		this.process = process;
		this.url = url;
	}

	/** Starts the node and waits until it answers (a minute or two on a busy machine). */
	static OpenSearchTestNode start() throws Exception {
		var classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
		var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		var process = new ProcessBuilder(java, "-Xms256m", "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
				"-Dlog4j.provider=org.apache.logging.log4j.core.impl.Log4jProvider",
				"-Dlog4j2.provider=org.apache.logging.log4j.core.impl.Log4jProvider",
				"-Dopensearch.set.netty.runtime.available.processors=false", "-cp", classpath,
				OpenSearchTestNode.class.getName())
			.redirectErrorStream(true)
			.start();
		var output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
		var seen = new StringBuilder();
		for (String line = output.readLine(); line != null; line = output.readLine()) {
			if (line.startsWith(READY)) {
				var url = line.substring(READY.length()).trim();
				// keep reading its output, so that the node never blocks on a full pipe
				var drain = new Thread(() -> output.lines().forEach(l -> {
				}), "opensearch-test-node-output");
				drain.setDaemon(true);
				drain.start();
				return new OpenSearchTestNode(process, url);
			}
			seen.append(line).append('\n');
		}
		process.waitFor(10, TimeUnit.SECONDS);
		throw new IllegalStateException("The OpenSearch test node did not start:\n" + seen);
	}

	String url() {
		return url;
	}

	@Override
	public void close() throws Exception {
		process.getOutputStream().close();
		if (!process.waitFor(60, TimeUnit.SECONDS)) {
			process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		}
	}

	/** The node's JVM: starts the node, says where it listens, and stops when its standard input closes. */
	public static void main(String[] args) throws Exception {
		var home = Files.createTempDirectory("amity-opensearch-");
		var settings = Settings.builder()
			.put("cluster.name", NAME)
			.put("node.name", NAME)
			.put("path.home", home.toString())
			.put("path.data", home.resolve("data").toString())
			.put("path.logs", home.resolve("logs").toString())
			.put("discovery.type", "single-node")
			.put("network.host", "127.0.0.1")
			.put("http.port", "0")
			.put("transport.port", "0")
			.put("http.type", "netty4")
			.put("transport.type", "netty4")
			// a shared machine's disk may be nearly full; the watermarks would then make the index read-only
			.put("cluster.routing.allocation.disk.threshold_enabled", false)
			.build();
		Environment environment = InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), null, () -> NAME);
		var node = new WithPlugins(environment);
		try {
			node.start();
			var address = node.injector().getInstance(HttpServerTransport.class).boundAddress().publishAddress();
			System.out.println(READY + "http://" + address.getAddress() + ":" + address.getPort());
			System.out.flush();
			while (System.in.read() >= 0) {
				// runs until the test closes standard input or ends
			}
		}
		finally {
			node.close();
			node.awaitClose(30, TimeUnit.SECONDS);
			try (var files = Files.walk(home)) {
				files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
			}
		}
	}

	private static final class WithPlugins extends Node {

		WithPlugins(Environment environment) {
			super(environment, List.of(Netty4Plugin.class), true);
		}
	}
}
