package org.amity.portal.web;

import java.text.Collator;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.amity.city.Gazetteer;
import org.amity.city.Place;
import org.amity.city.PlaceNotFoundException;
import org.amity.identity.AccessRule;
import org.amity.partnership.PartnershipSummary;
import org.amity.partnership.Partnerships;
import org.amity.shared.PartialDate;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.http.ResponseEntity;
import org.amity.shared.Table;
import org.amity.shared.web.Downloads;
import org.springframework.web.bind.annotation.PathVariable;
import tools.jackson.databind.json.JsonMapper;

/** A place's page: its names, where it sits (country, parent, wards) and its partners, listed and mapped. */
@AccessRule(AccessRule.Audience.PUBLIC)
@Controller
class CityController {

	private final Gazetteer gazetteer;
	private final Partnerships partnerships;
	private final MessageSource messages;
	private final JsonMapper json;

	CityController(Gazetteer gazetteer, Partnerships partnerships, MessageSource messages, JsonMapper json) {
		this.json = json;
		this.gazetteer = gazetteer;
		this.partnerships = partnerships;
		this.messages = messages;
	}

	private String jsonLd(Place place, Locale locale) {
		var data = new LinkedHashMap<String, Object>();
		data.put("@context", "https://schema.org");
		data.putAll(JsonLd.place(place, locale));
		return JsonLd.script(data, json);
	}

	@GetMapping(Language.PREFIX + "/cities/{slug}")
	String city(@PathVariable String slug, Locale locale, Model model) {
		var place = gazetteer.findBySlug(slug).orElseThrow(() -> new PlaceNotFoundException(slug));
		var rows = partnerRows(place, locale);
		model.addAttribute("place", place);
		model.addAttribute("jsonLd", jsonLd(place, locale));
		model.addAttribute("otherNames", otherNames(place, locale));
		model.addAttribute("parent", place.parentId() == null ? null : gazetteer.find(place.parentId()).orElse(null));
		model.addAttribute("children", gazetteer.children(place.id()).stream()
			.sorted(Comparator.comparing((Place p) -> p.nameIn(locale), Collator.getInstance(locale))).toList());
		model.addAttribute("partners", rows);
		model.addAttribute("map", map(place, rows, locale));
		return "city";
	}

	/** The same list of partners as a file, with the headings and labels in the page's language. */
	@GetMapping(Language.PREFIX + "/cities/{slug}/partners.{format:csv|xlsx}")
	ResponseEntity<byte[]> partnersFile(@PathVariable String slug, @PathVariable String format, Locale locale) {
		var place = gazetteer.findBySlug(slug).orElseThrow(() -> new PlaceNotFoundException(slug));
		var columns = java.util.stream.Stream.of("city.partners.partner", "city.partners.country",
				"city.partners.type", "city.partners.since", "city.partners.status")
			.map(key -> messages.getMessage(key, null, locale)).toList();
		var rows = partnerRows(place, locale).stream()
			.map(row -> List.<Object>of(row.partner().nameIn(locale), row.partner().country(),
					messages.getMessage("partnership.type." + row.partnership().type(), null, locale),
					row.since() == null ? "" : row.since().toString(),
					messages.getMessage("partnership.status." + row.partnership().status(), null, locale)))
			.toList();
		var title = messages.getMessage("city.partners.caption", new Object[] { place.nameIn(locale), rows.size() },
				locale);
		return Downloads.of(new Table(title, columns, rows), format, "amity-" + place.slug() + "-partners");
	}

	private List<PartnerRow> partnerRows(Place place, Locale locale) {
		var byName = Comparator.comparing((Place p) -> p.nameIn(locale), Collator.getInstance(locale));
		var summaries = partnerships.involving(place.id());
		var partners = gazetteer.findAll(summaries.stream().map(s -> s.partnerOf(place.id())).distinct().toList())
			.stream()
			.collect(Collectors.toMap(Place::id, Function.identity()));
		var rows = summaries.stream()
			.filter(summary -> partners.containsKey(summary.partnerOf(place.id())))
			.map(summary -> new PartnerRow(summary, partners.get(summary.partnerOf(place.id()))))
			.sorted(Comparator.comparing(PartnerRow::since, Comparator.nullsLast(Comparator.naturalOrder()))
				.thenComparing(PartnerRow::partner, byName))
			.toList();
		return rows;
	}

	/**
	 * The place's names in the other languages, each once, for readers who know it by one of them; keyed by the name
	 * so that one spelling shared by several languages shows once, tagged with the first of them.
	 */
	private static Map<String, String> otherNames(Place place, Locale locale) {
		var shown = place.nameIn(locale);
		var names = new LinkedHashMap<String, String>();
		place.names()
			.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.filter(name -> !name.getValue().equals(shown))
			.forEach(name -> names.putIfAbsent(name.getValue(), name.getKey()));
		return names;
	}

	private String map(Place place, List<PartnerRow> rows, Locale locale) {
		if (!place.hasCoordinates()) {
			return null;
		}
		var mapped = rows.stream().map(PartnerRow::partner).filter(Place::hasCoordinates).distinct().toList();
		var title = messages.getMessage("city.map.title", new Object[] { place.nameIn(locale), mapped.size() }, locale);
		return WorldMapSvg.place(place, mapped, title, locale);
	}

	/** One partnership of the place, seen from its side: who the partner is. */
	record PartnerRow(PartnershipSummary partnership, Place partner) {

		/** Public, as templates read it. */
		public PartialDate since() {
			return partnership.since();
		}
	}
}
