package org.amity.exchange;

import java.util.List;
import java.util.Set;

import org.amity.shared.search.SearchDocument;
import org.amity.shared.search.WrittenContent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/** The catalogue's share of the site search: each program by its title and description in every language written. */
@Component
class ProgramSearchDocuments extends WrittenContent {

	static final String KIND = "program";

	private final ExchangeRepository repository;

	ProgramSearchDocuments(ExchangeRepository repository, JdbcClient jdbc, ApplicationEventPublisher events) {
		super(KIND, "exchange", jdbc, events);
		this.repository = repository;
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(ProgramCreated created) {
		changed();
	}

	@Override
	@Transactional(readOnly = true)
	public List<SearchDocument> documents() {
		return repository.programs(null).stream()
			.map(p -> document(String.valueOf(p.id()), "/programs/" + p.id(), p.title(), p.description(), Set.of(),
					p.demo()))
			.toList();
	}
}
