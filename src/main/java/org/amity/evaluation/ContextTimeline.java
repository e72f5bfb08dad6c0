package org.amity.evaluation;

import java.util.List;

import org.amity.shared.PartialDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The bilateral context timeline: events of tension, thaw and disaster between two countries, in date order. A
 * partnership's timeline shows the events between its two countries.
 */
@Service
public class ContextTimeline {

	private final JdbcClient jdbc;
	private final StaffScope scope;

	ContextTimeline(JdbcClient jdbc, StaffScope scope) {
		this.jdbc = jdbc;
		this.scope = scope;
	}

	/** The events between two countries for the staff who may edit them: staff of a city in either country. */
	@Transactional(readOnly = true)
	public List<ContextEvent> managed(String oneCountry, String otherCountry) {
		scope.requireCountries(oneCountry, otherCountry);
		return between(oneCountry, otherCountry);
	}

	@Transactional(readOnly = true)
	public List<ContextEvent> between(String oneCountry, String otherCountry) {
		if (oneCountry.equals(otherCountry)) {
			return List.of();
		}
		return jdbc.sql("""
				select * from evaluation.context_event where country_a = :a and country_b = :b order by happened, id
				""")
			.param("a", min(oneCountry, otherCountry))
			.param("b", max(oneCountry, otherCountry))
			.query((rs, n) -> new ContextEvent(rs.getLong("id"), rs.getString("country_a"), rs.getString("country_b"),
					PartialDate.parse(rs.getString("happened")), ContextEvent.Kind.valueOf(rs.getString("kind")),
					rs.getString("title"), rs.getString("source")))
			.list();
	}

	/** Records an event; recording the same event twice keeps one. Answers whether it was new. */
	@Transactional
	public boolean record(String oneCountry, String otherCountry, PartialDate happened, ContextEvent.Kind kind,
			String title, String source) {
		return jdbc.sql("""
				insert into evaluation.context_event (country_a, country_b, happened, kind, title, source)
				values (:a, :b, :happened, :kind, :title, :source) on conflict do nothing
				""")
			.param("a", min(oneCountry, otherCountry))
			.param("b", max(oneCountry, otherCountry))
			.param("happened", happened.toString())
			.param("kind", kind.name())
			.param("title", title)
			.param("source", source)
			.update() == 1;
	}

	/** Changes an event's date, kind and title, or refuses what the timeline cannot hold. */
	@Transactional
	public void change(long id, PartialDate happened, ContextEvent.Kind kind, String title) {
		requireMayEdit(id);
		check(happened, kind, title);
		int changed = jdbc.sql("update evaluation.context_event set happened = :h, kind = :k, title = :t where id = :id")
			.param("h", happened.toString()).param("k", kind.name()).param("t", title.strip()).param("id", id)
			.update();
		if (changed == 0) {
			throw new org.amity.shared.NotFoundException("context-event", String.valueOf(id));
		}
	}

	/** Records an event a member of staff entered, or refuses it whole. */
	@Transactional
	public boolean add(String oneCountry, String otherCountry, PartialDate happened, ContextEvent.Kind kind,
			String title, String source) {
		scope.requireCountries(oneCountry, otherCountry);
		check(happened, kind, title);
		if (oneCountry == null || otherCountry == null || !oneCountry.matches("[A-Z]{2}")
				|| !otherCountry.matches("[A-Z]{2}") || oneCountry.equals(otherCountry)) {
			throw new EvaluationRefusedException(EvaluationRefusedException.Reason.INVALID_CONTEXT_EVENT, "countries",
					"two different ISO country codes");
		}
		return record(oneCountry, otherCountry, happened, kind, title.strip(), source);
	}

	@Transactional
	public void remove(long id) {
		requireMayEdit(id);
		jdbc.sql("delete from evaluation.context_event where id = :id").param("id", id).update();
	}

	private void requireMayEdit(long id) {
		var countries = jdbc.sql("select country_a, country_b from evaluation.context_event where id = :id")
			.param("id", id)
			.query((rs, n) -> new String[] { rs.getString(1), rs.getString(2) })
			.optional()
			.orElseThrow(() -> new org.amity.shared.NotFoundException("context-event", String.valueOf(id)));
		scope.requireCountries(countries[0], countries[1]);
	}

	private static void check(PartialDate happened, ContextEvent.Kind kind, String title) {
		if (happened == null || kind == null || title == null || title.isBlank() || title.length() > 1000
				|| title.indexOf('\0') >= 0) {
			throw new EvaluationRefusedException(EvaluationRefusedException.Reason.INVALID_CONTEXT_EVENT, "title",
					"an event needs a date, a kind and a title of 1 to 1000 characters");
		}
	}

	private static String min(String a, String b) {
		return a.compareTo(b) <= 0 ? a : b;
	}

	private static String max(String a, String b) {
		return a.compareTo(b) <= 0 ? b : a;
	}
}
