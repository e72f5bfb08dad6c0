package org.amity.actor;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.amity.city.Gazetteer;
import org.amity.shared.LocalizedText;
import org.amity.shared.search.SearchContentChanged;
import org.amity.shared.search.SearchContribution;
import org.amity.shared.search.SearchDocument;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/** The directory's share of the site search: each organisation by its names, its kind said in every language. */
@Component
class ActorSearchDocuments implements SearchContribution {

	static final String KIND = "actor";

	private final ActorRepository repository;
	private final JdbcClient jdbc;
	private final Gazetteer gazetteer;
	private final MessageSource messages;
	private final ApplicationEventPublisher events;

	ActorSearchDocuments(ActorRepository repository, JdbcClient jdbc, Gazetteer gazetteer, MessageSource messages,
			ApplicationEventPublisher events) {
		this.repository = repository;
		this.jdbc = jdbc;
		this.gazetteer = gazetteer;
		this.messages = messages;
		this.events = events;
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(OrganisationRegistered registered) {
		events.publishEvent(new SearchContentChanged(KIND));
	}

	@Override
	public String kind() {
		return KIND;
	}

	/** Moves on with every committed change of an organisation, a rename as well as a new one (a trigger keeps it). */
	@Override
	@Transactional(readOnly = true)
	public long version() {
		return jdbc.sql("select version from actor.content_version where id = 1").query(Long.class).single();
	}

	@Override
	@Transactional(readOnly = true)
	public List<SearchDocument> documents() {
		return repository.directory(null, null).stream().map(o -> {
			var country = o.placeId() == null ? null : gazetteer.find(o.placeId()).map(p -> p.country()).orElse(null);
			var kind = new java.util.LinkedHashMap<String, String>();
			for (var language : LocalizedText.LANGUAGES) {
				kind.put(language, messages.getMessage("actor.kind." + o.kind(), null, o.kind().name(),
						java.util.Locale.forLanguageTag(language)));
			}
			return new SearchDocument(KIND, o.slug(), "/actors/" + o.slug(), o.name(), new LocalizedText(kind),
					List.of(), country == null ? Set.of() : Set.of(country), null, o.demo() ? 0.2 : 0.6);
		}).toList();
	}

	/** People write these texts, so the translation overview lists what they still lack. */
	@Override
	public boolean writtenByPeople() {
		return true;
	}
}
