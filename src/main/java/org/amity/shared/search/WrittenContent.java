package org.amity.shared.search;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.amity.shared.LocalizedText;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The part of a contribution that is the same for every module whose people write its texts (organisations,
 * programs, events): the version is the counter {@code content_version} that a trigger in the module's own schema
 * moves on with every committed change, so edits, removals and changes made by another instance are all followed;
 * {@link #changed()} tells this instance's index at once instead of at its next look at the versions.
 */
public abstract class WrittenContent implements SearchContribution {

	private static final Pattern SCHEMA = Pattern.compile("[a-z]+");

	/** Among equally good matches, a record written for real comes before a demo record. */
	private static final double WEIGHT = 0.6;
	private static final double DEMO_WEIGHT = 0.2;

	private final String kind;
	private final String versionQuery;
	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;

	protected WrittenContent(String kind, String schema, JdbcClient jdbc, ApplicationEventPublisher events) {
		if (!SCHEMA.matcher(schema).matches()) {
			throw new IllegalArgumentException("A schema is a lower-case word: " + schema);
		}
		this.kind = kind;
		this.versionQuery = "select version from " + schema + ".content_version where id = 1";
		this.jdbc = jdbc;
		this.events = events;
	}

	@Override
	public String kind() {
		return kind;
	}

	@Override
	public long version() {
		return jdbc.sql(versionQuery).query(Long.class).single();
	}

	/** People write these texts, so the translation overview lists what they still lack. */
	@Override
	public boolean writtenByPeople() {
		return true;
	}

	/** Call once the change is committed, so that the index reads the new state. */
	protected void changed() {
		events.publishEvent(new SearchContentChanged(kind));
	}

	/** A document of this kind, found by its title and body, undated, with no further names. */
	protected SearchDocument document(String id, String path, LocalizedText title, LocalizedText body,
			Set<String> countries, boolean demo) {
		return document(id, path, title, body, List.of(), countries, null, demo);
	}

	protected SearchDocument document(String id, String path, LocalizedText title, LocalizedText body,
			List<String> names, Set<String> countries, Integer year, boolean demo) {
		return new SearchDocument(kind, id, path, title, body, names, countries, year, demo ? DEMO_WEIGHT : WEIGHT);
	}
}
