package org.amity.exchange;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.amity.shared.LocalizedText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ExchangeRepository {

	private final JdbcClient jdbc;

	ExchangeRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	// programs

	long insert(Program p) {
		return jdbc.sql("""
				insert into exchange.program (partnership_id, kind, term, title, description, hosts, senders,
				                              proposed_by, confirmed_by, demo)
				values (:partnership, :kind, :term, cast(:title as jsonb), cast(:description as jsonb),
				        cast(:hosts as bigint[]), cast(:senders as bigint[]), :proposedBy, :confirmedBy, :demo)
				returning id
				""")
			.param("partnership", p.partnershipId())
			.param("kind", p.kind().name())
			.param("term", p.term() == null ? null : p.term().name())
			.param("title", Json.write(p.title()))
			.param("description", Json.write(p.description()))
			.param("hosts", array(p.hosts()))
			.param("senders", array(p.senders()))
			.param("proposedBy", p.proposedBy())
			.param("confirmedBy", p.confirmedBy())
			.param("demo", p.demo())
			.query(Long.class)
			.single();
	}

	/** Saves a program's contents and confirmation; false when it is no longer at the version it was read at. */
	boolean update(Program p, int knownVersion) {
		return jdbc.sql("""
				update exchange.program set kind = :kind, term = :term, title = cast(:title as jsonb),
				    description = cast(:description as jsonb), hosts = cast(:hosts as bigint[]),
				    senders = cast(:senders as bigint[]), confirmed_by = :confirmedBy, version = version + 1
				where id = :id and version = :version
				""")
			.param("kind", p.kind().name())
			.param("term", p.term() == null ? null : p.term().name())
			.param("title", Json.write(p.title()))
			.param("description", Json.write(p.description()))
			.param("hosts", array(p.hosts()))
			.param("senders", array(p.senders()))
			.param("confirmedBy", p.confirmedBy())
			.param("id", p.id())
			.param("version", knownVersion)
			.update() == 1;
	}

	Optional<Program> program(long id) {
		return jdbc.sql("select * from exchange.program where id = :id").param("id", id)
			.query(ExchangeRepository::program).optional();
	}

	List<Program> programs(Long partnershipId) {
		return jdbc.sql("""
				select * from exchange.program where cast(:p as bigint) is null or partnership_id = :p order by id
				""").param("p", partnershipId).query(ExchangeRepository::program).list();
	}

	// calls

	long insert(Call c) {
		return jdbc.sql("""
				insert into exchange.call (program_id, year, title, opens, closes, published, settings, demo)
				values (:program, :year, cast(:title as jsonb), :opens, :closes, :published, cast(:settings as jsonb),
				        :demo) returning id
				""")
			.param("program", c.programId())
			.param("year", c.year())
			.param("title", Json.write(c.title()))
			.param("opens", c.opens())
			.param("closes", c.closes())
			.param("published", c.published())
			.param("settings", Json.write(c.settings()))
			.param("demo", c.demo())
			.query(Long.class)
			.single();
	}

	void update(Call c) {
		jdbc.sql("""
				update exchange.call set published = :published, opens = :opens, closes = :closes, year = :year,
				    title = cast(:title as jsonb), settings = cast(:settings as jsonb)
				where id = :id
				""")
			.param("year", c.year())
			.param("title", Json.write(c.title()))
			.param("settings", Json.write(c.settings()))
			.param("published", c.published())
			.param("opens", c.opens())
			.param("closes", c.closes())
			.param("id", c.id())
			.update();
	}

	Optional<Call> call(long id) {
		return jdbc.sql("select * from exchange.call where id = :id").param("id", id)
			.query(ExchangeRepository::call).optional();
	}

	List<Call> calls(Long programId) {
		return jdbc.sql("""
				select * from exchange.call where cast(:p as bigint) is null or program_id = :p order by year desc, id
				""").param("p", programId).query(ExchangeRepository::call).list();
	}

	// applications

	long insert(Application a, boolean demo) {
		long id = jdbc.sql("""
				insert into exchange.application (call_id, direction, applicant_name, email, language, access_key,
				    status, profile, answers, submitted_at, demo)
				values (:call, :direction, :name, :email, :language, :key, :status, cast(:profile as jsonb),
				        cast(:answers as jsonb), :submitted, :demo) returning id
				""")
			.param("call", a.callId())
			.param("direction", a.direction().key())
			.param("name", a.applicant().name())
			.param("email", a.applicant().email())
			.param("language", a.applicant().language())
			.param("key", a.applicant().accessKey())
			.param("status", a.status().name())
			.param("profile", Json.write(a.profile()))
			.param("answers", Json.write(a.answers()))
			.param("submitted", timestamp(a.submittedAt()))
			.param("demo", demo)
			.query(Long.class)
			.single();
		insertHistory(id, a.history());
		return id;
	}

	/** Saves a changed application; false when someone else changed it since it was loaded. */
	boolean update(Application a, int knownHistory) {
		int rows = jdbc.sql("""
				update exchange.application set status = :status, profile = cast(:profile as jsonb),
				    answers = cast(:answers as jsonb), submitted_at = :submitted, version = version + 1
				where id = :id and version = :version
				""")
			.param("status", a.status().name())
			.param("profile", Json.write(a.profile()))
			.param("answers", Json.write(a.answers()))
			.param("submitted", timestamp(a.submittedAt()))
			.param("id", a.id())
			.param("version", a.version())
			.update();
		if (rows == 0) {
			return false;
		}
		insertHistory(a.id(), a.history().subList(knownHistory, a.history().size()));
		return true;
	}

	private void insertHistory(long applicationId, List<Application.StatusChange> changes) {
		for (var c : changes) {
			jdbc.sql("""
					insert into exchange.status_change (application_id, from_status, to_status, reason, at)
					values (:id, :from, :to, :reason, :at)
					""")
				.param("id", applicationId)
				.param("from", c.from() == null ? null : c.from().name())
				.param("to", c.to().name())
				.param("reason", c.reason())
				.param("at", timestamp(c.at()))
				.update();
		}
	}

	Optional<Application> application(long id) {
		return loadApplications("a.id = :v", id).stream().findFirst();
	}

	Optional<Application> applicationByKey(String key) {
		return loadApplications("a.access_key = :v", key).stream().findFirst();
	}

	List<Application> applications(long callId) {
		return loadApplications("a.call_id = :v", callId);
	}

	Optional<Long> applicationByEmail(long callId, String email) {
		return jdbc.sql("select id from exchange.application where call_id = :c and lower(email) = lower(:e)")
			.param("c", callId).param("e", email).query(Long.class).optional();
	}

	/** How many times this address already took part (confirmed) in any call. */
	int priorParticipations(String email, long exceptCall) {
		return jdbc.sql("""
				select count(*) from exchange.application
				where lower(email) = lower(:e) and status = 'CONFIRMED' and call_id <> :c
				""").param("e", email).param("c", exceptCall).query(Integer.class).single();
	}

	boolean isDemo(long applicationId) {
		return jdbc.sql("select demo from exchange.application where id = :id").param("id", applicationId)
			.query(Boolean.class).optional().orElse(false);
	}

	private List<Application> loadApplications(String where, Object value) {
		var rows = jdbc.sql("select * from exchange.application a where " + where + " order by a.id")
			.param("v", value)
			.query((rs, n) -> new Object[] { rs.getLong("id"), rs.getLong("call_id"), rs.getString("direction"),
					new Application.Applicant(rs.getString("applicant_name"), rs.getString("email"),
							rs.getString("language"), rs.getString("access_key")),
					ApplicationStatus.valueOf(rs.getString("status")), rs.getString("profile"),
					rs.getString("answers"), instant(rs.getTimestamp("submitted_at")), rs.getInt("version") })
			.list();
		var result = new ArrayList<Application>();
		for (var r : rows) {
			long id = (Long) r[0];
			result.add(new Application(id, (Long) r[1], Direction.parse((String) r[2]), (Application.Applicant) r[3],
					(ApplicationStatus) r[4], Json.read((String) r[5], Profile.class), Json.answers((String) r[6]),
					documents(id), history(id), (Instant) r[7], (Integer) r[8]));
		}
		return result;
	}

	private List<Application.StatusChange> history(long applicationId) {
		return jdbc.sql("select * from exchange.status_change where application_id = :id order by id")
			.param("id", applicationId)
			.query((rs, n) -> new Application.StatusChange(
					rs.getString("from_status") == null ? null : ApplicationStatus.valueOf(rs.getString("from_status")),
					ApplicationStatus.valueOf(rs.getString("to_status")), rs.getString("reason"),
					instant(rs.getTimestamp("at"))))
			.list();
	}

	List<Application.StoredDocument> documents(long applicationId) {
		return jdbc.sql("select * from exchange.document where application_id = :id order by slot")
			.param("id", applicationId)
			.query((rs, n) -> new Application.StoredDocument(rs.getLong("id"), rs.getString("slot"),
					DocumentType.valueOf(rs.getString("type")), rs.getLong("size"), rs.getString("display_name"),
					instant(rs.getTimestamp("uploaded_at"))))
			.list();
	}

	/** Records a stored file for a slot; returns the stored name of the file it replaces, if any. */
	Optional<String> putDocument(long applicationId, Application.StoredDocument d, String storedName, String sha256) {
		var previous = jdbc.sql("select stored_name from exchange.document where application_id = :a and slot = :s")
			.param("a", applicationId).param("s", d.key()).query(String.class).optional();
		jdbc.sql("delete from exchange.document where application_id = :a and slot = :s")
			.param("a", applicationId).param("s", d.key()).update();
		jdbc.sql("""
				insert into exchange.document (application_id, slot, type, size, display_name, stored_name, sha256,
				                               uploaded_at)
				values (:a, :slot, :type, :size, :name, :stored, :sha, :at)
				""")
			.param("a", applicationId)
			.param("slot", d.key())
			.param("type", d.type().name())
			.param("size", d.size())
			.param("name", d.displayName())
			.param("stored", storedName)
			.param("sha", sha256)
			.param("at", timestamp(d.uploadedAt()))
			.update();
		return previous;
	}

	Optional<String> storedName(long applicationId, String slot) {
		return jdbc.sql("select stored_name from exchange.document where application_id = :a and slot = :s")
			.param("a", applicationId).param("s", slot).query(String.class).optional();
	}

	// review

	void putReview(long applicationId, String reviewer, Map<String, Integer> scores, String comment, Instant at) {
		jdbc.sql("""
				insert into exchange.review (application_id, reviewer, scores, comment, at)
				values (:a, :r, cast(:s as jsonb), :c, :at)
				on conflict (application_id, reviewer) do update
				set scores = excluded.scores, comment = excluded.comment, at = excluded.at
				""")
			.param("a", applicationId).param("r", reviewer).param("s", Json.write(scores)).param("c", comment)
			.param("at", timestamp(at)).update();
	}

	void putConflict(long applicationId, String reviewer, String statement, Instant at) {
		jdbc.sql("""
				insert into exchange.conflict (application_id, reviewer, statement, at) values (:a, :r, :s, :at)
				on conflict do nothing
				""").param("a", applicationId).param("r", reviewer).param("s", statement).param("at", timestamp(at))
			.update();
		// a reviewer who declares a conflict takes no part in that application: an earlier score goes
		jdbc.sql("delete from exchange.review where application_id = :a and reviewer = :r")
			.param("a", applicationId).param("r", reviewer).update();
	}

	boolean hasConflict(long applicationId, String reviewer) {
		return jdbc.sql("select count(*) from exchange.conflict where application_id = :a and reviewer = :r")
			.param("a", applicationId).param("r", reviewer).query(Integer.class).single() > 0;
	}

	record ReviewRow(long applicationId, String reviewer, Map<String, Integer> scores, String comment, Instant at) {
	}

	record ConflictRow(long applicationId, String reviewer, String statement, Instant at) {
	}

	List<ReviewRow> reviews(long callId) {
		return jdbc.sql("""
				select r.* from exchange.review r join exchange.application a on a.id = r.application_id
				where a.call_id = :c order by r.application_id, r.reviewer
				""").param("c", callId)
			.query((rs, n) -> new ReviewRow(rs.getLong("application_id"), rs.getString("reviewer"),
					scores(rs.getString("scores")), rs.getString("comment"), instant(rs.getTimestamp("at"))))
			.list();
	}

	List<ConflictRow> conflicts(long callId) {
		return jdbc.sql("""
				select c.* from exchange.conflict c join exchange.application a on a.id = c.application_id
				where a.call_id = :c order by c.application_id, c.reviewer
				""").param("c", callId)
			.query((rs, n) -> new ConflictRow(rs.getLong("application_id"), rs.getString("reviewer"),
					rs.getString("statement"), instant(rs.getTimestamp("at"))))
			.list();
	}

	// waiting list

	WaitingList waitingList(long callId, Direction direction) {
		return new WaitingList(jdbc.sql("""
				select application_id from exchange.waiting_list where call_id = :c and direction = :d order by position
				""").param("c", callId).param("d", direction.key()).query(Long.class).list());
	}

	void save(long callId, Direction direction, WaitingList list, Instant at) {
		jdbc.sql("delete from exchange.waiting_list where call_id = :c and direction = :d")
			.param("c", callId).param("d", direction.key()).update();
		var order = list.order();
		for (int i = 0; i < order.size(); i++) {
			jdbc.sql("""
					insert into exchange.waiting_list (call_id, direction, application_id, position)
					values (:c, :d, :a, :p)
					""").param("c", callId).param("d", direction.key()).param("a", order.get(i)).param("p", i + 1)
				.update();
		}
		for (var change : list.changes()) {
			jdbc.sql("""
					insert into exchange.waiting_list_change (call_id, direction, application_id, from_position,
					                                          to_position, reason, at)
					values (:c, :d, :a, :f, :t, :r, :at)
					""").param("c", callId).param("d", direction.key()).param("a", change.applicationId())
				.param("f", change.from()).param("t", change.to()).param("r", change.reason())
				.param("at", timestamp(at)).update();
		}
	}

	record OrderChange(String direction, long applicationId, Integer from, Integer to, String reason, Instant at) {
	}

	List<OrderChange> waitingListChanges(long callId) {
		return jdbc.sql("select * from exchange.waiting_list_change where call_id = :c order by id")
			.param("c", callId)
			.query((rs, n) -> new OrderChange(rs.getString("direction"), rs.getLong("application_id"),
					(Integer) rs.getObject("from_position"), (Integer) rs.getObject("to_position"),
					rs.getString("reason"), instant(rs.getTimestamp("at"))))
			.list();
	}

	// hosts and placement

	long insert(Host h) {
		return jdbc.sql("""
				insert into exchange.host (call_id, direction, kind, name, organisation_id, capacity, preferences, demo)
				values (:c, :d, :k, :n, :o, :cap, cast(:p as bigint[]), :demo) returning id
				""").param("c", h.callId()).param("d", h.direction().key()).param("k", h.kind().name())
			.param("n", h.name()).param("o", h.organisationId()).param("cap", h.capacity())
			.param("p", h.preferences() == null ? null : array(h.preferences())).param("demo", h.demo())
			.query(Long.class).single();
	}

	void update(Host h) {
		jdbc.sql("""
				update exchange.host set kind = :k, name = :n, organisation_id = :o, capacity = :cap,
				    preferences = cast(:p as bigint[])
				where id = :id
				""").param("k", h.kind().name()).param("n", h.name()).param("o", h.organisationId())
			.param("cap", h.capacity()).param("p", h.preferences() == null ? null : array(h.preferences()))
			.param("id", h.id()).update();
	}

	List<Host> hosts(long callId) {
		return jdbc.sql("select * from exchange.host where call_id = :c order by id").param("c", callId)
			.query((rs, n) -> new Host(rs.getLong("id"), rs.getLong("call_id"), Direction.parse(rs.getString("direction")),
					Host.Kind.valueOf(rs.getString("kind")), rs.getString("name"),
					(Long) rs.getObject("organisation_id"), rs.getInt("capacity"), longs(rs.getArray("preferences")),
					rs.getBoolean("demo")))
			.list();
	}

	void putWishes(long applicationId, List<Long> hostIds) {
		jdbc.sql("delete from exchange.host_wish where application_id = :a").param("a", applicationId).update();
		for (int i = 0; i < hostIds.size(); i++) {
			jdbc.sql("insert into exchange.host_wish (application_id, host_id, rank) values (:a, :h, :r)")
				.param("a", applicationId).param("h", hostIds.get(i)).param("r", i + 1).update();
		}
	}

	Map<Long, List<Long>> wishes(long callId) {
		var wishes = new HashMap<Long, List<Long>>();
		jdbc.sql("""
				select w.application_id, w.host_id from exchange.host_wish w
				join exchange.application a on a.id = w.application_id where a.call_id = :c
				order by w.application_id, w.rank
				""").param("c", callId)
			.query(rs -> {
				wishes.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
			});
		return wishes;
	}

	Map<Long, Long> placements(long callId) {
		var placements = new HashMap<Long, Long>();
		jdbc.sql("""
				select p.application_id, p.host_id from exchange.placement p
				join exchange.application a on a.id = p.application_id where a.call_id = :c
				""").param("c", callId).query(rs -> {
			placements.put(rs.getLong(1), rs.getLong(2));
		});
		return placements;
	}

	Optional<Long> placement(long applicationId) {
		return jdbc.sql("select host_id from exchange.placement where application_id = :a").param("a", applicationId)
			.query(Long.class).optional();
	}

	void place(long applicationId, Long fromHost, Long toHost, String reason, Instant at) {
		jdbc.sql("delete from exchange.placement where application_id = :a").param("a", applicationId).update();
		if (toHost != null) {
			jdbc.sql("insert into exchange.placement (application_id, host_id, reason, at) values (:a, :h, :r, :at)")
				.param("a", applicationId).param("h", toHost).param("r", reason).param("at", timestamp(at)).update();
		}
		jdbc.sql("""
				insert into exchange.placement_change (application_id, from_host, to_host, reason, at)
				values (:a, :f, :t, :r, :at)
				""").param("a", applicationId).param("f", fromHost).param("t", toHost).param("r", reason)
			.param("at", timestamp(at)).update();
	}

	record PlacementChange(long applicationId, Long fromHost, Long toHost, String reason, Instant at) {
	}

	List<PlacementChange> placementChanges(long callId) {
		return jdbc.sql("""
				select c.* from exchange.placement_change c join exchange.application a on a.id = c.application_id
				where a.call_id = :c order by c.id
				""").param("c", callId)
			.query((rs, n) -> new PlacementChange(rs.getLong("application_id"), (Long) rs.getObject("from_host"),
					(Long) rs.getObject("to_host"), rs.getString("reason"), instant(rs.getTimestamp("at"))))
			.list();
	}

	// mapping

	private static Program program(ResultSet rs, int row) throws SQLException {
		var term = rs.getString("term");
		return new Program(rs.getLong("id"), rs.getLong("partnership_id"), ProgramKind.valueOf(rs.getString("kind")),
				term == null ? null : ProgramKind.Term.valueOf(term), Json.text(rs.getString("title")),
				Json.text(rs.getString("description")), longs(rs.getArray("hosts")), longs(rs.getArray("senders")),
				rs.getLong("proposed_by"), (Long) rs.getObject("confirmed_by"), rs.getBoolean("demo"),
				rs.getInt("version"));
	}

	private static Call call(ResultSet rs, int row) throws SQLException {
		return new Call(rs.getLong("id"), rs.getLong("program_id"), rs.getInt("year"), Json.text(rs.getString("title")),
				rs.getObject("opens", java.time.LocalDate.class), rs.getObject("closes", java.time.LocalDate.class),
				rs.getBoolean("published"), Json.read(rs.getString("settings"), CallSettings.class),
				rs.getBoolean("demo"));
	}

	private static Map<String, Integer> scores(String json) {
		var raw = Json.read(json, Map.class);
		var scores = new HashMap<String, Integer>();
		raw.forEach((k, v) -> scores.put((String) k, ((Number) v).intValue()));
		return scores;
	}

	private static List<Long> longs(Array array) throws SQLException {
		if (array == null) {
			return null;
		}
		return Arrays.stream((Long[]) array.getArray()).toList();
	}

	private static String array(List<Long> ids) {
		return "{" + String.join(",", ids.stream().map(String::valueOf).toList()) + "}";
	}

	private static Timestamp timestamp(Instant at) {
		return at == null ? null : Timestamp.from(at);
	}

	private static Instant instant(Timestamp t) {
		return t == null ? null : t.toInstant();
	}

	static LocalizedText none() {
		return new LocalizedText(null);
	}
}
