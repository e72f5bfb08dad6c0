package org.amity.network.web;

import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.amity.city.Place;
import org.amity.identity.AccessRule;
import org.amity.network.NetworkAnalysis;
import org.amity.network.NetworkAnalytics;
import org.amity.network.NetworkExport;
import org.amity.network.Metric;
import org.amity.network.NetworkFilter;
import org.amity.network.Region;
import org.amity.partnership.PartnershipType;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/network}: metrics of the partnership network, questions about pairs of cities, and exports. */
@AccessRule(AccessRule.Audience.PUBLIC)
@RestController
@RequestMapping("/api/v1/network")
class NetworkApi {

	private final NetworkAnalytics analytics;
	private final NetworkExport export;

	NetworkApi(NetworkAnalytics analytics, NetworkExport export) {
		this.analytics = analytics;
		this.export = export;
	}

	@Operation(summary = "Every place's metrics in the (filtered) network, ranked; with the network's own figures")
	@GetMapping("/metrics")
	Ranking metrics(@RequestParam(required = false) String country, @RequestParam(required = false) Region region,
			@RequestParam(required = false) PartnershipType type, @RequestParam(required = false) Integer year,
			@RequestParam(defaultValue = "false") boolean wardLinks,
			@RequestParam(defaultValue = "BETWEENNESS") Metric sort, @RequestParam(defaultValue = "0") @Min(0) int offset,
			@RequestParam(defaultValue = "50") @Min(1) @Max(1000) int limit) {
		var analysis = analytics.analysis(new NetworkFilter(country, region, type, year, wardLinks));
		var items = IntStream.range(0, analysis.network().nodeCount())
			.mapToObj(analysis::node)
			.sorted(sort.ranking())
			.skip(offset)
			.limit(limit)
			.map(NodeItem::of)
			.toList();
		var metrics = analysis.metrics();
		return new Ranking(analysis.computedAt().toString(), analysis.took().toMillis(), analysis.network().nodeCount(),
				analysis.network().graph().edgeCount(), metrics.componentCount(), metrics.communityCount(),
				metrics.modularity(), analysis.network().undatedLeftOut(), sort.name(), offset, items);
	}

	@Operation(summary = "The partners two places have in common")
	@GetMapping("/shared-partners")
	List<PlaceItem> sharedPartners(@RequestParam long a, @RequestParam long b) {
		return analytics.sharedPartners(a, b).stream().map(PlaceItem::of).toList();
	}

	@Operation(summary = "The shortest chains of partnerships between two places")
	@GetMapping("/paths")
	List<List<PlaceItem>> paths(@RequestParam long from, @RequestParam long to,
			@RequestParam(defaultValue = "5") @Min(1) @Max(50) int limit) {
		return analytics.shortestPaths(from, to, limit).stream()
			.map(path -> path.stream().map(PlaceItem::of).toList())
			.toList();
	}

	@Operation(summary = "Third places for a trilateral program of two places, with the reasons")
	@GetMapping("/trilateral")
	List<SuggestionItem> trilateral(@RequestParam long a, @RequestParam long b,
			@RequestParam(defaultValue = "10") @Min(1) @Max(100) int limit) {
		return analytics.trilateralSuggestions(a, b, limit).stream()
			.map(s -> new SuggestionItem(PlaceItem.of(s.place()),
					s.reasons().stream().map(Enum::name).sorted().toList(), s.score()))
			.toList();
	}

	@Operation(summary = "The (filtered) network with every place's metrics, as CSV, GraphML or GEXF")
	@GetMapping("/export")
	void export(@RequestParam(defaultValue = "GRAPHML") NetworkExport.Format format,
			@RequestParam(required = false) String country, @RequestParam(required = false) Region region,
			@RequestParam(required = false) PartnershipType type, @RequestParam(required = false) Integer year,
			@RequestParam(defaultValue = "false") boolean wardLinks, HttpServletResponse response) throws Exception {
		var analysis = analytics.analysis(new NetworkFilter(country, region, type, year, wardLinks));
		response.setContentType(format.mediaType() + ";charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename("amity-network." + format.extension()).build().toString());
		var out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		export.write(analysis, format, out);
	}

	record Ranking(String computedAt, long computedInMs, int nodes, int edges, int components, int communities,
			double modularity, int undatedLinksLeftOut, String sort, int offset, List<NodeItem> items) {
	}

	record PlaceItem(long id, String slug, String name, String country) {

		static PlaceItem of(Place place) {
			return new PlaceItem(place.id(), place.slug(), place.name(), place.country());
		}
	}

	record NodeItem(long id, String slug, String name, String country, int degree, double betweenness,
			double pageRank, double closeness, double harmonic, int core, double clustering, int component,
			int community) {

		static NodeItem of(NetworkAnalysis.NodeMetrics m) {
			var p = m.place();
			return new NodeItem(p.id(), p.slug(), p.name(), p.country(), m.degree(), m.betweenness(), m.pageRank(),
					m.closeness(), m.harmonic(), m.coreNumber(), m.clustering(), m.component(), m.community());
		}
	}

	record SuggestionItem(PlaceItem place, List<String> reasons, int score) {
	}
}
