package org.amity.portal.web;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import org.amity.city.Gazetteer;
import org.amity.city.Place;
import org.amity.city.PlaceNotFoundException;
import org.amity.identity.AccessRule;
import org.amity.network.InvalidNetworkFilterException;
import org.amity.network.Metric;
import org.amity.network.NetworkAnalysis;
import org.amity.network.NetworkAnalytics;
import org.amity.network.NetworkFilter;
import org.amity.network.Region;
import org.amity.partnership.PartnershipType;
import org.amity.shared.Table;
import org.amity.shared.web.Downloads;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The network pages: a ranking of places by their position in the (filtered) partnership network, and one place's
 * network: its partners, the partners it shares with each of them, its figures, and how it reaches another place.
 */
@AccessRule(AccessRule.Audience.PUBLIC)
@Controller
class NetworkController {

	static final int PAGE_SIZE = 50;

	/** The metrics the ranking table shows as columns, each one a way to sort it. */
	static final List<Metric> SORTS = List.of(Metric.DEGREE, Metric.BETWEENNESS, Metric.PAGERANK, Metric.HARMONIC,
			Metric.CORE, Metric.CLUSTERING);

	private final NetworkAnalytics analytics;
	private final Gazetteer gazetteer;
	private final MessageSource messages;

	NetworkController(NetworkAnalytics analytics, Gazetteer gazetteer, MessageSource messages) {
		this.analytics = analytics;
		this.gazetteer = gazetteer;
		this.messages = messages;
	}

	@GetMapping(Language.PREFIX + "/network")
	String ranking(@RequestParam(required = false) String country, @RequestParam(required = false) String region,
			@RequestParam(required = false) String type, @RequestParam(required = false) String year,
			@RequestParam(required = false) String sort, @RequestParam(required = false) String page,
			@RequestParam(required = false) String wards, Model model) {
		var choice = Choice.of(country, region, type, year, sort, wards);
		var filter = choice.filter();
		var effectiveSort = choice.sort();
		var errors = choice.errors();
		var analysis = analytics.analysis(filter);
		int pageNumber = Pages.number(page);
		var all = ranked(analysis, effectiveSort);
		int pages = Math.max(1, (all.size() + PAGE_SIZE - 1) / PAGE_SIZE);
		pageNumber = Math.min(pageNumber, pages);
		model.addAttribute("analysis", analysis);
		model.addAttribute("rows", all.subList(Math.min(all.size(), (pageNumber - 1) * PAGE_SIZE),
				Math.min(all.size(), pageNumber * PAGE_SIZE)));
		model.addAttribute("firstRank", (pageNumber - 1) * PAGE_SIZE + 1);
		model.addAttribute("pageNumber", pageNumber);
		model.addAttribute("pages", pages);
		model.addAttribute("filter", filter);
		model.addAttribute("sort", effectiveSort);
		model.addAttribute("sorts", SORTS);
		model.addAttribute("regions", Region.values());
		model.addAttribute("types", PartnershipType.values());
		model.addAttribute("errors", errors);
		// what the reader typed stays in the form, so that a wrong value can be seen and corrected
		model.addAttribute("rawCountry", country == null ? null : country.strip());
		model.addAttribute("rawYear", year == null ? null : year.strip());
		return "network";
	}

	/**
	 * The whole ranking, every place rather than one page of it, as a file with the page's filters and sort; the
	 * headings are in the page's language and the figures stay numbers, so a spreadsheet can sort them again.
	 */
	@GetMapping(Language.PREFIX + "/network.{format:csv|xlsx}")
	ResponseEntity<byte[]> rankingFile(@PathVariable String format, @RequestParam(required = false) String country,
			@RequestParam(required = false) String region, @RequestParam(required = false) String type,
			@RequestParam(required = false) String year, @RequestParam(required = false) String sort,
			@RequestParam(required = false) String wards, Locale locale) {
		var choice = Choice.of(country, region, type, year, sort, wards);
		var analysis = analytics.analysis(choice.filter());
		var columns = new ArrayList<String>(List.of(text("network.rank", locale), text("network.place", locale),
				text("network.country", locale)));
		SORTS.forEach(metric -> columns.add(text("network.sort." + metric, locale)));
		columns.add(text("network.community", locale));
		var rows = new ArrayList<List<Object>>();
		int rank = 1;
		for (var node : ranked(analysis, choice.sort())) {
			rows.add(List.of(rank++, node.place().nameIn(locale), node.place().country(), node.degree(),
					node.betweenness(), node.pageRank() * 1000, node.harmonic(), node.coreNumber(), node.clustering(),
					node.community() + 1));
		}
		var title = messages.getMessage("network.caption",
				new Object[] { text("network.sort." + choice.sort(), locale) }, locale);
		return Downloads.of(new Table(title, columns, rows), format, "amity-network");
	}

	private static List<NetworkAnalysis.NodeMetrics> ranked(NetworkAnalysis analysis, Metric sort) {
		return IntStream.range(0, analysis.network().nodeCount())
			.mapToObj(analysis::node)
			.sorted(sort.ranking())
			.toList();
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

	@GetMapping(Language.PREFIX + "/cities/{slug}/network")
	String city(@PathVariable String slug, @RequestParam(required = false) String to, Locale locale, Model model) {
		var place = gazetteer.findBySlug(slug).orElseThrow(() -> new PlaceNotFoundException(slug));
		var world = analytics.world();
		var node = world.nodeOf(place.id());
		var byName = Comparator.comparing((Place p) -> p.nameIn(locale), Collator.getInstance(locale));
		var partners = new ArrayList<PartnerRow>();
		int partnersOfPartners = 0;
		if (node.isPresent()) {
			var seen = new HashSet<Integer>();
			for (int partner : world.graph().neighbours(node.get())) {
				var partnerPlace = world.place(partner);
				var shared = analytics.sharedPartners(place.id(), partnerPlace.id()).stream().sorted(byName).toList();
				partners.add(new PartnerRow(partnerPlace, world.graph().degree(partner), shared));
				for (int second : world.graph().neighbours(partner)) {
					if (second != node.get() && seen.add(second)) {
						partnersOfPartners++;
					}
				}
			}
		}
		partners.sort(Comparator.comparingInt((PartnerRow row) -> row.shared().size()).reversed()
			.thenComparing(row -> row.place(), byName));
		model.addAttribute("place", place);
		model.addAttribute("partners", partners);
		model.addAttribute("partnersOfPartners", partnersOfPartners);
		model.addAttribute("figures", analytics.analysisIfReady(NetworkFilter.WORLD).map(a -> a.of(place.id()))
			.orElse(null));
		model.addAttribute("computedAt", analytics.analysisIfReady(NetworkFilter.WORLD)
			.map(NetworkAnalysis::computedAt).orElse(null));
		if (to != null && !to.isBlank()) {
			// a slug from a link, or a name typed in any language
			var target = gazetteer.findBySlug(to.strip()).or(() -> gazetteer.search(to.strip(), 1).stream().findFirst());
			model.addAttribute("to", target.orElse(null));
			model.addAttribute("toUnknown", target.isEmpty());
			model.addAttribute("paths", target.map(t -> analytics.shortestPaths(place.id(), t.id(), 5)).orElse(List.of()));
		}
		return "city-network";
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String text, String field, List<String> errors) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			errors.add(field);
			return null;
		}
	}

	/**
	 * The ranking's filters and sort as read from a form anyone can edit: a value that is not one of ours is left out
	 * and named in {@code errors}, so the page can say which one was ignored.
	 */
	record Choice(NetworkFilter filter, Metric sort, List<String> errors) {

		static Choice of(String country, String region, String type, String year, String sort, String wards) {
			var errors = new ArrayList<String>();
			var chosenRegion = parse(Region.class, region, "region", errors);
			var chosenType = parse(PartnershipType.class, type, "type", errors);
			var chosenSort = parse(Metric.class, sort, "sort", errors);
			Integer chosenYear = null;
			if (year != null && !year.isBlank()) {
				try {
					chosenYear = Integer.valueOf(year.strip());
				}
				catch (NumberFormatException e) {
					errors.add("year");
				}
			}
			var chosenCountry = country == null || country.isBlank() ? null : country.strip();
			boolean wardLinks = "on".equals(wards) || "true".equals(wards);
			NetworkFilter filter;
			try {
				filter = new NetworkFilter(chosenCountry, chosenRegion, chosenType, chosenYear, wardLinks);
			}
			catch (InvalidNetworkFilterException e) {
				errors.add(e.field());
				filter = new NetworkFilter("country".equals(e.field()) ? null : chosenCountry, chosenRegion,
						chosenType, "year".equals(e.field()) ? null : chosenYear, wardLinks);
			}
			var effectiveSort = chosenSort == null || !SORTS.contains(chosenSort) ? Metric.BETWEENNESS : chosenSort;
			return new Choice(filter, effectiveSort, List.copyOf(errors));
		}
	}

	/** A partner with its own number of partnerships and the partners both places share. */
	record PartnerRow(Place place, int partnerships, List<Place> shared) {
	}
}
