package org.amity.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.amity.shared.search.SearchBody;
import org.amity.shared.search.SearchDocument;
import org.amity.shared.search.WrittenContent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Events' share of the site search: each series (found by its title in any language and by its events' titles) and
 * each event (by its title, description and venue), dated by its year and placed in its venue's country.
 */
@Component
class EventSearchDocuments extends WrittenContent {

	static final String KIND = "event";

	/** A series gathers its events, so it comes before any one of them among equally good matches. */
	private static final double SERIES_WEIGHT = 0.7;
	private static final double DEMO_SERIES_WEIGHT = 0.3;

	private final EventCatalogue catalogue;

	EventSearchDocuments(JdbcClient jdbc, EventCatalogue catalogue, ApplicationEventPublisher events) {
		super(KIND, "event", jdbc, events);
		this.catalogue = catalogue;
	}

	@Override
	@Transactional(readOnly = true)
	public List<SearchDocument> documents() {
		var documents = new ArrayList<SearchDocument>();
		for (var series : catalogue.series()) {
			var events = catalogue.eventsOf(series);
			var body = new SearchBody().with(series.description()).with(events, Event::title).build();
			var countries = new TreeSet<String>();
			events.forEach(e -> countries.add(e.venue().country()));
			Integer year = events.isEmpty() ? null : events.get(0).startsAt().getYear();
			documents.add(new SearchDocument(KIND, "series:" + series.slug(), "/series/" + series.slug(),
					series.title(), body, series.organisers(), countries, year,
					series.demo() ? DEMO_SERIES_WEIGHT : SERIES_WEIGHT));
		}
		for (var event : catalogue.events()) {
			var body = new SearchBody().with(event.description()).with(event.venue().name()).build();
			var names = new ArrayList<>(event.organisers());
			names.add(event.venue().locality());
			documents.add(document(event.slug(), "/events/" + event.slug(), event.title(), body, names,
					Set.of(event.venue().country()), event.startsAt().getYear(), event.demo()));
		}
		return documents;
	}
}
