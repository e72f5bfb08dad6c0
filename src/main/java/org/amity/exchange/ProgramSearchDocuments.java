package org.amity.exchange;

import java.util.List;
import java.util.Set;

import org.amity.shared.search.SearchContentChanged;
import org.amity.shared.search.SearchContribution;
import org.amity.shared.search.SearchDocument;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/** The catalogue's share of the site search: each program by its title and description in every language written. */
@Component
class ProgramSearchDocuments implements SearchContribution {

	static final String KIND = "program";

	private final ExchangeRepository repository;
	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;

	ProgramSearchDocuments(ExchangeRepository repository, JdbcClient jdbc, ApplicationEventPublisher events) {
		this.repository = repository;
		this.jdbc = jdbc;
		this.events = events;
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(ProgramCreated created) {
		events.publishEvent(new SearchContentChanged(KIND));
	}

	@Override
	public String kind() {
		return KIND;
	}

	/** Moves on with every committed change of a program, an edit as well as a new one (a trigger keeps it). */
	@Override
	@Transactional(readOnly = true)
	public long version() {
		return jdbc.sql("select version from exchange.content_version where id = 1").query(Long.class).single();
	}

	@Override
	@Transactional(readOnly = true)
	public List<SearchDocument> documents() {
		return repository.programs(null).stream()
			.map(p -> new SearchDocument(KIND, String.valueOf(p.id()), "/programs/" + p.id(), p.title(),
					p.description(), List.of(), Set.of(), null, p.demo() ? 0.2 : 0.6))
			.toList();
	}

	/** People write these texts, so the translation overview lists what they still lack. */
	@Override
	public boolean writtenByPeople() {
		return true;
	}
}
