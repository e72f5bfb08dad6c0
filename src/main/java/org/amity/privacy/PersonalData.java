package org.amity.privacy;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.security.SecureRandom;

import org.amity.identity.Access;
import org.amity.identity.Accounts;
import org.amity.identity.Caller;
import org.amity.identity.Role;
import org.amity.shared.NotFoundException;
import org.amity.shared.Table;
import org.amity.shared.personal.Correctable;
import org.amity.shared.personal.DataSubject;
import org.amity.shared.personal.Erasure;
import org.amity.shared.personal.PersonalDataContribution;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A person's rights over their data: to see it, download it, correct it and have it erased; and the staff's side of
 * answering erasure requests within the legal deadline. Every use is written to the person's processing log.
 */
@Service
public class PersonalData {

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
	private static final SecureRandom RANDOM = new SecureRandom();

	private final List<PersonalDataContribution> contributions;
	private final Consents consents;
	private final ProcessingLog log;
	private final Accounts accounts;
	private final Access access;
	private final JdbcClient jdbc;
	private final org.amity.city.Gazetteer gazetteer;
	private final Clock clock = Clock.systemUTC();

	PersonalData(List<PersonalDataContribution> contributions, Consents consents, ProcessingLog log, Accounts accounts,
			Access access, JdbcClient jdbc, org.amity.city.Gazetteer gazetteer) {
		this.gazetteer = gazetteer;
		this.contributions = contributions;
		this.consents = consents;
		this.log = log;
		this.accounts = accounts;
		this.access = access;
		this.jdbc = jdbc;
	}

	/** Everything Amity holds about the signed-in person, by section. */
	@Transactional(readOnly = true)
	public Map<String, List<Map<String, Object>>> mine() {
		return collect(subject(access.requireSignedIn()));
	}

	/** The fields the signed-in person may correct. */
	@Transactional(readOnly = true)
	public List<Correctable> correctable() {
		var subject = subject(access.requireSignedIn());
		return contributions.stream().flatMap(c -> c.correctable(subject).stream()).toList();
	}

	/** The signed-in person's processing log. */
	@Transactional(readOnly = true)
	public List<ProcessingLog.Entry> myLog() {
		return log.of(access.requireSignedIn().id());
	}

	/** The signed-in person's requests, newest first. */
	@Transactional(readOnly = true)
	public List<DataRequest> myRequests() {
		return requests("where account_id = :a", access.requireSignedIn().id());
	}

	/** The signed-in person's data as JSON, recorded in their log. */
	@Transactional
	public String exportJson() {
		var caller = access.requireSignedIn();
		var document = new LinkedHashMap<String, Object>();
		document.put("generatedAt", Instant.now(clock).toString());
		document.put("accountId", caller.id());
		document.put("sections", collect(subject(caller)));
		log.record(caller.id(), caller.username(), "exported", "JSON");
		return JSON.writeValueAsString(document);
	}

	/** The signed-in person's data as CSV: one row per field of each record, so every section fits one table. */
	@Transactional
	public String exportCsv() {
		var caller = access.requireSignedIn();
		var rows = new ArrayList<List<Object>>();
		collect(subject(caller)).forEach((section, records) -> {
			for (int i = 0; i < records.size(); i++) {
				for (var field : records.get(i).entrySet()) {
					rows.add(List.of(section, i + 1, field.getKey(), field.getValue() == null ? "" : text(field.getValue())));
				}
			}
		});
		var out = new StringWriter();
		new Table("personal-data", List.of("section", "record", "field", "value"), rows).writeCsv(out);
		log.record(caller.id(), caller.username(), "exported", "CSV");
		return out.toString();
	}

	/** Corrects one of the signed-in person's fields. */
	@Transactional
	public void correct(String section, String field, String value) {
		var caller = access.requireSignedIn();
		var subject = subject(caller);
		var known = contributions.stream()
			.filter(c -> c.section().equals(section))
			.anyMatch(c -> c.correctable(subject).stream().anyMatch(f -> f.field().equals(field))
					&& c.correct(subject, field, value));
		if (!known) {
			throw new NotFoundException("field", section + "." + field);
		}
		log.record(caller.id(), caller.username(), "corrected", section + "." + field);
	}

	/**
	 * Asks for the signed-in person's data to be erased; the deadline runs from now under the jurisdiction's law.
	 * Asking again while a request is open is the same request.
	 */
	@Transactional
	public DataRequest requestDeletion(Jurisdiction jurisdiction) {
		var caller = access.requireSignedIn();
		var open = requests("where account_id = :a and kind = 'DELETION' and status = 'OPEN'", caller.id());
		if (!open.isEmpty()) {
			return open.get(0);
		}
		var now = Instant.now(clock);
		jdbc.sql("""
				insert into privacy.request (account_id, kind, jurisdiction, status, requested_at, due_at)
				values (:a, 'DELETION', :j, 'OPEN', :now, :due)""")
			.param("a", caller.id()).param("j", jurisdiction.name()).param("now", Timestamp.from(now))
			.param("due", Timestamp.from(now.plus(jurisdiction.deadline()))).update();
		log.record(caller.id(), caller.username(), "deletion-requested", jurisdiction.name());
		return requests("where account_id = :a and kind = 'DELETION' and status = 'OPEN'", caller.id()).get(0);
	}

	/**
	 * Open requests first, soonest deadline first; for the staff who answer them: a city admin sees the requests made
	 * under the law of their city's country, a platform admin all.
	 */
	@Transactional(readOnly = true)
	public List<DataRequest> requests() {
		var officer = requireOfficer();
		var jurisdictions = officer.isPlatformAdmin()
				? java.util.Arrays.stream(Jurisdiction.values()).map(Enum::name).toList() : jurisdictionsOf(officer);
		if (jurisdictions.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select * from privacy.request where jurisdiction in (:j)
				 order by (status = 'OPEN') desc, due_at, id limit 500""")
			.param("j", jurisdictions).query(PersonalData::request).list();
	}

	/**
	 * Completes an erasure request: each module erases or anonymises the person's data under one pseudonym. Completing
	 * a completed request changes nothing.
	 */
	@Transactional
	public DataRequest complete(long requestId) {
		var officer = requireOfficer();
		var request = jdbc.sql("select * from privacy.request where id = :id for update").param("id", requestId)
			.query(PersonalData::request).optional()
			.orElseThrow(() -> new NotFoundException("request", String.valueOf(requestId)));
		if (!officer.isPlatformAdmin() && !jurisdictionsOf(officer).contains(request.jurisdiction().name())) {
			// another country's request is not this officer's to complete
			throw new org.amity.identity.AccessDeniedException(org.amity.identity.AccessDeniedException.Reason.STAFF,
					officer.username() + " answers no requests under " + request.jurisdiction());
		}
		if (request.status() == DataRequest.Status.COMPLETED) {
			return request;
		}
		var account = accounts.find(request.accountId());
		var subject = new DataSubject(request.accountId(), account.map(a -> a.email()).orElse(null));
		var pseudonym = "person-" + HexFormat.of().formatHex(bytes());
		var outcome = new StringBuilder();
		for (var contribution : contributions) {
			Erasure erasure = contribution.erase(subject, pseudonym);
			outcome.append(erasure.section()).append(": ").append(erasure.deleted()).append(" deleted, ")
				.append(erasure.anonymised()).append(" anonymised; ");
		}
		jdbc.sql("""
				update privacy.request set status = 'COMPLETED', completed_at = now(), completed_by = :by,
				       outcome = :outcome where id = :id""")
			.param("by", officer.username()).param("outcome", outcome.toString().strip()).param("id", requestId)
			.update();
		log.record(request.accountId(), officer.username(), "erased", outcome.toString().strip());
		return requests("where id = :a", requestId).get(0);
	}

	/** Who answers requests: platform admins and city admins (the officers a city names for data protection). */
	Caller requireOfficer() {
		var caller = access.requireSignedIn();
		if (!caller.isPlatformAdmin() && !caller.has(Role.CITY_ADMIN)) {
			access.requireRole(Role.PLATFORM_ADMIN);
		}
		return caller;
	}

	/** The laws of the countries whose city this caller administers. */
	private List<String> jurisdictionsOf(Caller officer) {
		return officer.grants().stream()
			.filter(grant -> grant.role() == Role.CITY_ADMIN)
			.flatMap(grant -> gazetteer.find(grant.scopeId()).stream())
			.map(place -> place.country())
			.filter(country -> java.util.Arrays.stream(Jurisdiction.values()).anyMatch(j -> j.name().equals(country)))
			.distinct()
			.toList();
	}

	private Map<String, List<Map<String, Object>>> collect(DataSubject subject) {
		var sections = new LinkedHashMap<String, List<Map<String, Object>>>();
		for (var contribution : contributions) {
			sections.put(contribution.section(), contribution.export(subject));
		}
		sections.put("consents", consents.history(subject.accountId()).stream().map(c -> {
			var fields = new LinkedHashMap<String, Object>();
			fields.put("purpose", c.purpose().name());
			fields.put("textVersion", c.textVersion());
			fields.put("language", c.language());
			fields.put("given", c.given());
			fields.put("jurisdiction", c.jurisdiction().name());
			fields.put("guardianName", c.guardianName());
			fields.put("guardianContact", c.guardianContact());
			fields.put("recordedAt", c.recordedAt().toString());
			return (Map<String, Object>) fields;
		}).toList());
		sections.put("processingLog", log.of(subject.accountId()).stream().map(e -> {
			var fields = new LinkedHashMap<String, Object>();
			fields.put("at", e.at().toString());
			fields.put("by", e.actor());
			fields.put("action", e.action());
			fields.put("detail", e.detail());
			return (Map<String, Object>) fields;
		}).toList());
		return sections;
	}

	private DataSubject subject(Caller caller) {
		var email = accounts.find(caller.id()).map(a -> a.email()).orElse(null);
		return new DataSubject(caller.id(), email);
	}

	private List<DataRequest> requests(String where, long param) {
		return jdbc.sql("select * from privacy.request " + where + " order by id desc").param("a", param)
			.query(PersonalData::request).list();
	}

	private static byte[] bytes() {
		var bytes = new byte[6];
		RANDOM.nextBytes(bytes);
		return bytes;
	}

	private static String text(Object value) {
		return value instanceof List<?> list ? String.join("; ", list.stream().map(String::valueOf).toList())
				: String.valueOf(value);
	}

	static DataRequest request(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		var completed = rs.getTimestamp("completed_at");
		return new DataRequest(rs.getLong("id"), rs.getLong("account_id"),
				DataRequest.Kind.valueOf(rs.getString("kind")), Jurisdiction.valueOf(rs.getString("jurisdiction")),
				DataRequest.Status.valueOf(rs.getString("status")), rs.getTimestamp("requested_at").toInstant(),
				rs.getTimestamp("due_at").toInstant(), completed == null ? null : completed.toInstant(),
				rs.getString("completed_by"), rs.getString("outcome"));
	}
}
