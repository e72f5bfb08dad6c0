package org.amity.actor;

import java.util.List;
import java.util.Set;

import org.amity.city.Gazetteer;
import org.amity.shared.search.SearchBody;
import org.amity.shared.search.SearchDocument;
import org.amity.shared.search.WrittenContent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/** The directory's share of the site search: each organisation by its names, its kind said in every language. */
@Component
class ActorSearchDocuments extends WrittenContent {

	static final String KIND = "actor";

	private final ActorRepository repository;
	private final Gazetteer gazetteer;
	private final MessageSource messages;

	ActorSearchDocuments(ActorRepository repository, JdbcClient jdbc, Gazetteer gazetteer, MessageSource messages,
			ApplicationEventPublisher events) {
		super(KIND, "actor", jdbc, events);
		this.repository = repository;
		this.gazetteer = gazetteer;
		this.messages = messages;
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(OrganisationRegistered registered) {
		changed();
	}

	@Override
	@Transactional(readOnly = true)
	public List<SearchDocument> documents() {
		return repository.directory(null, null).stream().map(o -> {
			var country = o.placeId() == null ? null : gazetteer.find(o.placeId()).map(p -> p.country()).orElse(null);
			return document(o.slug(), "/actors/" + o.slug(), o.name(),
					SearchBody.label(messages, "actor.kind." + o.kind()),
					country == null ? Set.of() : Set.of(country), o.demo());
		}).toList();
	}
}
