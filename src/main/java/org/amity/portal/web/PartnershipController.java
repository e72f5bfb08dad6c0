package org.amity.portal.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.amity.city.Gazetteer;
import org.amity.evaluation.ContextEvent;
import org.amity.evaluation.ContextTimeline;
import org.amity.evaluation.Vitality;
import org.amity.evaluation.VitalityReading;
import org.amity.identity.AccessRule;
import org.amity.network.NetworkAnalytics;
import org.amity.partnership.Agreement;
import org.amity.partnership.CooperationField;
import org.amity.partnership.Partnership;
import org.amity.partnership.PartnershipNotFoundException;
import org.amity.partnership.Partnerships;
import org.amity.partnership.StatusChange;
import org.amity.shared.PartialDate;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import tools.jackson.databind.json.JsonMapper;

/**
 * A partnership's page. Its timeline puts the partnership's own record (agreements, milestones, status changes) beside
 * the national events between the two countries, because whether a tie between two cities lives or sleeps is read
 * against what their countries were going through.
 */
@AccessRule(AccessRule.Audience.PUBLIC)
@Controller
class PartnershipController {

	private final Partnerships partnerships;
	private final Gazetteer gazetteer;
	private final ContextTimeline context;
	private final NetworkAnalytics network;
	private final Vitality vitality;
	private final MessageSource messages;
	private final JsonMapper jsonMapper;

	PartnershipController(Partnerships partnerships, Gazetteer gazetteer, ContextTimeline context,
			NetworkAnalytics network, Vitality vitality,
			MessageSource messages, JsonMapper jsonMapper) {
		this.vitality = vitality;
		this.messages = messages;
		this.jsonMapper = jsonMapper;
		this.partnerships = partnerships;
		this.gazetteer = gazetteer;
		this.context = context;
		this.network = network;
	}

	/**
	 * The figures of the vitality chart as JSON for the page's script: the index per year, which years are dormant,
	 * and the national context events on the same years. The table on the page holds the same figures for readers
	 * without the chart.
	 */
	private String chartData(VitalityReading reading, List<TimelineEntry> entries, Locale locale) {
		var points = reading.years().stream()
			.map(y -> Map.of("year", y.year(), "index", y.index(), "dormant",
					y.state() == VitalityReading.State.DORMANT))
			.toList();
		var first = reading.years().isEmpty() ? 0 : reading.years().get(0).year();
		var events = entries.stream()
			.filter(e -> e.kind() == TimelineEntry.Kind.CONTEXT && e.date() != null && e.date().year() >= first)
			.map(e -> Map.of("year", e.date().year(), "kind", e.event().kind().name(), "label",
					messages.getMessage("context.kind." + e.event().kind().name(), null, locale) + ": "
							+ e.event().title()))
			.toList();
		var labels = Map.of("index", messages.getMessage("vitality.chart.index", null, locale));
		var json = jsonMapper.writeValueAsString(Map.of("points", points, "context", events, "labels", labels));
		// the JSON sits inside a script element: "<" must not be able to close it
		return json.replace("<", "\\u003c");
	}

	@GetMapping(Language.PREFIX + "/partnerships/{slug}")
	String partnership(@PathVariable String slug, Locale locale, Model model) {
		var partnership = partnerships.findBySlug(slug).orElseThrow(() -> new PartnershipNotFoundException(slug));
		var places = PlacePair.of(partnership, gazetteer);
		var entries = new ArrayList<TimelineEntry>();
		partnership.agreements().forEach(agreement -> entries.add(TimelineEntry.of(agreement)));
		var history = partnership.history();
		for (int i = 0; i < history.size(); i++) {
			var change = history.get(i);
			// The status a partnership was registered in holds from its start, when the record gives no date.
			var date = change.effective() == null && i == 0 ? partnership.since() : change.effective();
			entries.add(TimelineEntry.of(change, date));
		}
		var contextEvents = context.between(places.first().country(), places.second().country());
		contextEvents.forEach(event -> entries.add(TimelineEntry.of(event)));
		entries.sort(TimelineEntry.ORDER);
		model.addAttribute("partnership", partnership);
		model.addAttribute("jsonLd", jsonLd(partnership, places, locale));
		model.addAttribute("first", places.first());
		model.addAttribute("second", places.second());
		model.addAttribute("timeline", entries);
		model.addAttribute("hasContext", entries.stream().anyMatch(entry -> entry.kind() == TimelineEntry.Kind.CONTEXT));
		var reading = vitality.reading(partnership.id());
		model.addAttribute("vitality", reading);
		model.addAttribute("currentVitality", reading.years().isEmpty() ? null
				: reading.years().get(reading.years().size() - 1));
		model.addAttribute("dormantAfterYears", vitality.policy().dormantAfterYears());
		model.addAttribute("vitalityChart", chartData(reading, entries, locale));
		model.addAttribute("resilience", vitality.resilience(reading, contextEvents));
		model.addAttribute("shared", network.sharedPartners(partnership.placeA(), partnership.placeB()));
		model.addAttribute("suggestions", network.trilateralSuggestions(partnership.placeA(), partnership.placeB(), 5));
		return "partnership";
	}

	/**
	 * The page as schema.org describes it: about the two places, with each agreement as a dated document. schema.org
	 * has no type for a relationship between cities, so the page is the entity and the places are what it is about.
	 */
	private String jsonLd(Partnership partnership, PlacePair places, Locale locale) {
		var data = new java.util.LinkedHashMap<String, Object>();
		data.put("@context", "https://schema.org");
		data.put("@type", "WebPage");
		data.put("name", messages.getMessage("partnership.heading",
				new Object[] { places.first().nameIn(locale), places.second().nameIn(locale) }, locale));
		data.put("inLanguage", locale.getLanguage());
		data.put("about", List.of(JsonLd.place(places.first(), locale), JsonLd.place(places.second(), locale)));
		data.put("genre", messages.getMessage("partnership.type." + partnership.type(), null, locale));
		data.put("hasPart", partnership.agreements().stream().map(agreement -> {
			var part = new java.util.LinkedHashMap<String, Object>();
			part.put("@type", "CreativeWork");
			part.put("name", agreement.title());
			part.put("genre", messages.getMessage("agreement.kind." + agreement.kind(), null, locale));
			if (agreement.signedOn() != null) {
				part.put("datePublished", agreement.signedOn().toString());
			}
			return part;
		}).toList());
		return JsonLd.script(data, jsonMapper);
	}

	/**
	 * One line of the merged timeline: exactly one of agreement, status change or context event is set. Entries with
	 * no date go last; on the same date the partnership's own record comes before the national context.
	 */
	record TimelineEntry(Kind kind, PartialDate date, Agreement agreement, StatusChange change, ContextEvent event) {

		static final Comparator<TimelineEntry> ORDER = Comparator
			.comparing(TimelineEntry::date, Comparator.nullsLast(Comparator.comparing(PartialDate::earliest)))
			.thenComparing(TimelineEntry::kind);

		static TimelineEntry of(Agreement agreement) {
			return new TimelineEntry(Kind.AGREEMENT, agreement.signedOn(), agreement, null, null);
		}

		static TimelineEntry of(StatusChange change, PartialDate date) {
			return new TimelineEntry(Kind.STATUS, date, null, change, null);
		}

		static TimelineEntry of(ContextEvent event) {
			return new TimelineEntry(Kind.CONTEXT, event.happened(), null, null, event);
		}

		/** The agreement's fields of cooperation in a stable order (public, as templates read it). */
		public List<CooperationField> fields() {
			return agreement == null ? List.of() : agreement.fields().stream().sorted().toList();
		}

		/**
		 * Each party's signature, worth showing only when the parties signed on different dates than the document's
		 * (public, as templates read it).
		 */
		public List<Agreement.Signature> signatures() {
			if (agreement == null || agreement.signatures().stream()
				.allMatch(signature -> Objects.equals(signature.signedOn(), agreement.signedOn()))) {
				return List.of();
			}
			return agreement.signatures();
		}

		enum Kind {
			AGREEMENT, STATUS, CONTEXT
		}
	}
}
