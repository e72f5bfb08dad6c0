package org.amity.portal.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.amity.city.Countries;
import org.amity.identity.AccessRule;
import org.amity.shared.NotFoundException;
import org.amity.shared.Table;
import org.amity.shared.web.Downloads;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;

/**
 * The world map of partnerships, its drawing, and the list of a country's places it links to. The drawing is an SVG
 * image made on the server, so it needs no script; the table of countries says in text what the picture shows.
 */
@AccessRule(AccessRule.Audience.PUBLIC)
@Controller
class MapController {

	static final int PAGE_SIZE = 100;

	private final WorldMap worldMap;
	private final MessageSource messages;
	/** The drawing per snapshot and language: the geometry is shared, only its title and description differ. */
	/** The drawings of one version of the map, one per language; replaced whole when the map changes. */
	private volatile Drawings drawings = new Drawings(-1, new ConcurrentHashMap<>());

	private record Drawings(long version, Map<String, byte[]> byLanguage) {
	}

	MapController(WorldMap worldMap, MessageSource messages) {
		this.worldMap = worldMap;
		this.messages = messages;
	}

	@GetMapping(Language.PREFIX + "/map")
	String map(Model model) {
		var snapshot = worldMap.current();
		model.addAttribute("map", snapshot);
		model.addAttribute("version", snapshot.version());
		return "map";
	}

	/** Answers whatever the reader accepts: a browser opening the image by its link asks for HTML first. */
	@GetMapping(Language.PREFIX + "/map.svg")
	ResponseEntity<byte[]> drawing(Locale locale, WebRequest request) {
		var snapshot = worldMap.current();
		// Weak, because Tomcat does not compress a response with a strong validator, and this one compresses fivefold.
		var etag = "W/\"" + snapshot.version() + "-" + locale.getLanguage() + "\"";
		if (request.checkNotModified(etag)) {
			return null;
		}
		var current = drawings;
		if (current.version() != snapshot.version()) {
			// Older drawings are of a map that has changed since.
			current = new Drawings(snapshot.version(), new ConcurrentHashMap<>());
			drawings = current;
		}
		var svg = current.byLanguage().computeIfAbsent(locale.getLanguage(), language -> WorldMapSvg
			.world(messages.getMessage("map.heading", null, locale), description(snapshot, locale), snapshot.links(),
					snapshot.communityLinks(), snapshot.dots())
			.getBytes(StandardCharsets.UTF_8));
		return ResponseEntity.ok()
			.contentType(new MediaType("image", "svg+xml", StandardCharsets.UTF_8))
			.cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
			.eTag(etag)
			.body(svg);
	}

	/**
	 * A country's places with partnerships, a page at a time: the United States alone has thousands, more than one
	 * page should make a reader scroll or a screen reader announce.
	 */
	@GetMapping(Language.PREFIX + "/countries/{code}")
	String country(@PathVariable String code, @RequestParam(name = "page", required = false) String page,
			Model model) {
		var iso = code.toUpperCase(Locale.ROOT);
		if (!Countries.isKnown(iso)) {
			throw new NotFoundException("country", code);
		}
		var snapshot = worldMap.current();
		var places = snapshot.placesIn(iso);
		var pages = Math.max(1, (places.size() + PAGE_SIZE - 1) / PAGE_SIZE);
		var current = Math.min(Pages.number(page), pages);
		model.addAttribute("code", iso);
		model.addAttribute("country", snapshot.country(iso).orElse(new WorldMap.CountryCount(iso, 0, 0)));
		model.addAttribute("places",
				places.subList((current - 1) * PAGE_SIZE, Math.min(places.size(), current * PAGE_SIZE)));
		model.addAttribute("pageNumber", current);
		model.addAttribute("pages", pages);
		model.addAttribute("map", snapshot);
		return "country";
	}

	/** All of a country's places with partnerships as a file, not one page of them, headed in the page's language. */
	@GetMapping(Language.PREFIX + "/countries/{code}/places.{format:csv|xlsx}")
	ResponseEntity<byte[]> countryFile(@PathVariable String code, @PathVariable String format, Locale locale) {
		var iso = code.toUpperCase(Locale.ROOT);
		if (!Countries.isKnown(iso)) {
			throw new NotFoundException("country", code);
		}
		var snapshot = worldMap.current();
		var columns = java.util.stream.Stream.of("country.place", "country.level", "country.partnerships")
			.map(key -> messages.getMessage(key, null, locale))
			.toList();
		var rows = snapshot.placesIn(iso)
			.stream()
			.map(place -> java.util.List.<Object>of(place.nameIn(locale),
					messages.getMessage("place.level." + place.level(), null, locale),
					snapshot.partnershipsOf(place.id())))
			.toList();
		var title = messages.getMessage("country.caption", new Object[] { Countries.name(iso, locale) }, locale);
		return Downloads.of(new Table(title, columns, rows), format,
				"amity-" + iso.toLowerCase(Locale.ROOT) + "-places");
	}

	private String description(WorldMap.Snapshot snapshot, Locale locale) {
		return messages.getMessage("map.description",
				new Object[] { snapshot.drawn(), snapshot.places().size(), snapshot.countries().size() }, locale);
	}
}
