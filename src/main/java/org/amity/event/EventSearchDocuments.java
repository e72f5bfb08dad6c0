package org.amity.event;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;

import org.amity.shared.LocalizedText;
import org.amity.shared.search.SearchContribution;
import org.amity.shared.search.SearchDocument;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Events' share of the site search: each series (found by its title in any language and by its events' titles) and
 * each event (by its title, description and venue), dated by its year and placed in its venue's country.
 */
@Component
class EventSearchDocuments implements SearchContribution {

	static final String KIND = "event";

	private final JdbcClient jdbc;
	private final EventCatalogue catalogue;

	EventSearchDocuments(JdbcClient jdbc, EventCatalogue catalogue) {
		this.jdbc = jdbc;
		this.catalogue = catalogue;
	}

	@Override
	public String kind() {
		return KIND;
	}

	/**
	 * Moves on with every committed change of a series, an event or a venue that the public sees, edits as well as new
	 * ones (a trigger keeps it).
	 */
	@Override
	@Transactional(readOnly = true)
	public long version() {
		return jdbc.sql("select version from event.content_version where id = 1").query(Long.class).single();
	}

	@Override
	@Transactional(readOnly = true)
	public List<SearchDocument> documents() {
		var documents = new ArrayList<SearchDocument>();
		for (var series : catalogue.series()) {
			var events = catalogue.eventsOf(series);
			var body = new LinkedHashMap<String, String>();
			for (var language : LocalizedText.LANGUAGES) {
				var parts = new ArrayList<String>();
				series.description().exactly(language).ifPresent(parts::add);
				events.forEach(e -> e.title().exactly(language).ifPresent(parts::add));
				if (!parts.isEmpty()) {
					body.put(language, String.join(" · ", parts));
				}
			}
			var countries = new java.util.TreeSet<String>();
			events.forEach(e -> countries.add(e.venue().country()));
			Integer year = events.isEmpty() ? null : events.get(0).startsAt().getYear();
			documents.add(new SearchDocument(KIND, "series:" + series.slug(), "/series/" + series.slug(),
					series.title(), new LocalizedText(body), series.organisers(), countries, year,
					series.demo() ? 0.3 : 0.7));
		}
		for (var event : catalogue.events()) {
			var body = new LinkedHashMap<String, String>();
			for (var language : LocalizedText.LANGUAGES) {
				var parts = new ArrayList<String>();
				event.description().exactly(language).ifPresent(parts::add);
				event.venue().name().exactly(language).ifPresent(parts::add);
				if (!parts.isEmpty()) {
					body.put(language, String.join(" · ", parts));
				}
			}
			var names = new ArrayList<>(event.organisers());
			names.add(event.venue().locality());
			documents.add(new SearchDocument(KIND, event.slug(), "/events/" + event.slug(), event.title(),
					new LocalizedText(body), names, Set.of(event.venue().country()), event.startsAt().getYear(),
					event.demo() ? 0.2 : 0.6));
		}
		return documents;
	}

	/** People write these texts, so the translation overview lists what they still lack. */
	@Override
	public boolean writtenByPeople() {
		return true;
	}
}
