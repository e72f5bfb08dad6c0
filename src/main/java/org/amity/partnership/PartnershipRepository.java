package org.amity.partnership;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

import org.amity.shared.Copy;
import org.amity.shared.PartialDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class PartnershipRepository {

	private final JdbcClient jdbc;
	private final DataSource dataSource;

	PartnershipRepository(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
	}

	Optional<Partnership> findById(long id) {
		return load("p.id = :value", id).stream().findFirst();
	}

	Optional<Partnership> findBySlug(String slug) {
		return load("p.slug = :value", slug).stream().findFirst();
	}

	Optional<Partnership> findByPlaces(long one, long other) {
		return jdbc.sql("select id from partnership.partnership where place_a = :a and place_b = :b")
			.param("a", Math.min(one, other))
			.param("b", Math.max(one, other))
			.query(Long.class)
			.optional()
			.flatMap(this::findById);
	}

	List<PartnershipSummary> summariesInvolving(long placeId) {
		return jdbc.sql("select * from partnership.partnership where place_a = :id or place_b = :id order by since nulls last, id")
			.param("id", placeId)
			.query(PartnershipRepository::summary)
			.list();
	}

	List<PartnershipSummary> summaries() {
		return jdbc.sql("select * from partnership.partnership order by id").query(PartnershipRepository::summary).list();
	}

	Map<Long, Integer> countsByPlace() {
		var counts = new HashMap<Long, Integer>();
		jdbc.sql("""
				select place, count(*) from (
				  select place_a as place from partnership.partnership
				  union all select place_b from partnership.partnership) t group by place
				""").query(rs -> {
			counts.put(rs.getLong(1), rs.getInt(2));
		});
		return counts;
	}

	int count() {
		return jdbc.sql("select count(*) from partnership.partnership").query(Integer.class).single();
	}

	/** Each partnership's id, keyed by its ordered pair of places. */
	Map<String, Long> idsByPair() {
		var ids = new HashMap<String, Long>();
		jdbc.sql("select id, place_a, place_b from partnership.partnership")
			.query(rs -> {
				ids.put(pairKey(rs.getLong(2), rs.getLong(3)), rs.getLong(1));
			});
		return ids;
	}

	Set<Long> idsWithSource(String source) {
		return new HashSet<>(jdbc.sql("select partnership_id from partnership.partnership_source where source = :s")
			.param("s", source)
			.query(Long.class)
			.list());
	}

	Set<String> allSlugs() {
		return new HashSet<>(jdbc.sql("select slug from partnership.partnership").query(String.class).list());
	}

	/** The registry's change counter: it moves with every committed change, in any process. */
	long version() {
		return jdbc.sql("select version from partnership.registry_version where id = 1").query(Long.class).single();
	}

	private void changed() {
		jdbc.sql("update partnership.registry_version set version = version + 1, changed_at = now() where id = 1")
			.update();
	}

	static String pairKey(long a, long b) {
		return Math.min(a, b) + "-" + Math.max(a, b);
	}

	void insert(Partnership partnership) {
		long id = jdbc.sql("""
				insert into partnership.partnership (slug, place_a, place_b, type, since, status, curated)
				values (:slug, :a, :b, :type, :since, :status, :curated) returning id
				""")
			.param("slug", partnership.slug())
			.param("a", partnership.placeA())
			.param("b", partnership.placeB())
			.param("type", partnership.type().name())
			.param("since", text(partnership.since()))
			.param("status", partnership.status().name())
			.param("curated", partnership.curated())
			.query(Long.class)
			.single();
		partnership.assignId(id);
		insertChildren(partnership, 0, 0, 0);
		changed();
	}

	/** Saves changes with an optimistic version check: a concurrent change is refused, never overwritten. */
	void update(Partnership partnership, int loadedHistory, int loadedAgreements, int loadedSources) {
		int updated = jdbc.sql("""
				update partnership.partnership set type = :type, since = :since, status = :status, curated = :curated,
				       version = version + 1, updated_at = now()
				 where id = :id and version = :version
				""")
			.param("type", partnership.type().name())
			.param("since", text(partnership.since()))
			.param("status", partnership.status().name())
			.param("curated", partnership.curated())
			.param("id", partnership.id())
			.param("version", partnership.version())
			.update();
		if (updated == 0) {
			throw new PartnershipRefusedException(PartnershipRefusedException.Reason.CONCURRENT_CHANGE,
					"Partnership " + partnership.slug() + " was changed by someone else; reload and try again");
		}
		partnership.incrementVersion();
		insertChildren(partnership, loadedHistory, loadedAgreements, loadedSources);
		changed();
	}

	private void insertChildren(Partnership partnership, int fromHistory, int fromAgreements, int fromSources) {
		long id = partnership.id();
		var history = partnership.history();
		for (int i = fromHistory; i < history.size(); i++) {
			var change = history.get(i);
			jdbc.sql("""
					insert into partnership.status_change (partnership_id, status, effective, reason, source, recorded_at)
					values (:id, :status, :effective, :reason, :source, :at)
					""")
				.param("id", id)
				.param("status", change.status().name())
				.param("effective", text(change.effective()))
				.param("reason", change.reason())
				.param("source", change.source())
				.param("at", java.sql.Timestamp.from(change.recordedAt()))
				.update();
		}
		var agreements = partnership.unsortedAgreements();
		for (int i = fromAgreements; i < agreements.size(); i++) {
			insertAgreement(id, agreements.get(i));
		}
		var sources = partnership.sources();
		for (int i = fromSources; i < sources.size(); i++) {
			jdbc.sql("""
					insert into partnership.partnership_source (partnership_id, source, reference) values (:id, :source, :ref)
					on conflict do nothing
					""")
				.param("id", id)
				.param("source", sources.get(i).name())
				.param("ref", sources.get(i).reference())
				.update();
		}
	}

	private void insertAgreement(long partnershipId, Agreement agreement) {
		long agreementId = jdbc.sql("""
				insert into partnership.agreement (partnership_id, kind, title, signed_on, signed_at, term_kind, term_years,
				                                   revision, amends_id, note, source)
				values (:p, :kind, :title, :signedOn, :signedAt, :termKind, :termYears, :revision, :amends, :note, :source)
				returning id
				""")
			.param("p", partnershipId)
			.param("kind", agreement.kind().name())
			.param("title", agreement.title())
			.param("signedOn", text(agreement.signedOn()))
			.param("signedAt", agreement.signedAt())
			.param("termKind", agreement.term().kind().name())
			.param("termYears", agreement.term().years())
			.param("revision", agreement.revision())
			.param("amends", agreement.amendsId())
			.param("note", agreement.note())
			.param("source", agreement.source())
			.query(Long.class)
			.single();
		for (var signature : agreement.signatures()) {
			jdbc.sql("insert into partnership.agreement_party (agreement_id, place_id, signed_on) values (:a, :p, :on)")
				.param("a", agreementId)
				.param("p", signature.placeId())
				.param("on", text(signature.signedOn()))
				.update();
		}
		for (var field : agreement.fields()) {
			jdbc.sql("insert into partnership.agreement_field (agreement_id, field) values (:a, :f)")
				.param("a", agreementId)
				.param("f", field.name())
				.update();
		}
	}

	/** Registers many partnerships with COPY: the rows, their first status and their source. */
	List<Long> insertAll(List<NewPartnership> partnerships) {
		if (partnerships.isEmpty()) {
			return List.of();
		}
		var ids = jdbc.sql("select nextval(pg_get_serial_sequence('partnership.partnership', 'id')) from generate_series(1, :n)")
			.param("n", partnerships.size())
			.query(Long.class)
			.list();
		var rows = new StringBuilder(partnerships.size() * 80);
		var statuses = new StringBuilder(partnerships.size() * 40);
		var sources = new StringBuilder(partnerships.size() * 40);
		for (int i = 0; i < partnerships.size(); i++) {
			var p = partnerships.get(i);
			long id = ids.get(i);
			var since = text(p.since());
			Copy.row(rows, id, p.slug(), p.placeA(), p.placeB(), p.type().name(), since, p.status().name(), false);
			Copy.row(statuses, id, p.status().name(), since, p.source().name());
			Copy.row(sources, id, p.source().name(), p.source().reference());
		}
		Copy.into(dataSource, "partnership.partnership (id, slug, place_a, place_b, type, since, status, curated)", rows);
		Copy.into(dataSource, "partnership.status_change (partnership_id, status, effective, source)", statuses);
		Copy.into(dataSource, "partnership.partnership_source (partnership_id, source, reference)", sources);
		changed();
		return ids;
	}

	/** Deletes a partnership (its history, agreements and sources go with it) if it is still at this version. */
	boolean delete(long id, int version) {
		int deleted = jdbc.sql("delete from partnership.partnership where id = :id and version = :version")
			.param("id", id)
			.param("version", version)
			.update();
		if (deleted > 0) {
			changed();
		}
		return deleted > 0;
	}

	/** Puts back a partnership's facts from before an import, if it is still at the version the import left. */
	boolean restore(long id, int version, Partnerships.Before before, String addedSource) {
		int updated = jdbc.sql("""
				update partnership.partnership set type = :type, since = :since, status = :status, curated = :curated,
				       version = version + 1, updated_at = now()
				 where id = :id and version = :version
				""")
			.param("type", before.type().name())
			.param("since", text(before.since()))
			.param("status", before.status().name())
			.param("curated", before.curated())
			.param("id", id)
			.param("version", version)
			.update();
		if (updated == 0) {
			return false;
		}
		jdbc.sql("""
				delete from partnership.status_change where partnership_id = :id and id not in (
				  select id from partnership.status_change where partnership_id = :id order by id limit :keep)
				""")
			.param("id", id)
			.param("keep", before.historyLength())
			.update();
		if (addedSource != null) {
			jdbc.sql("delete from partnership.partnership_source where partnership_id = :id and source = :source")
				.param("id", id)
				.param("source", addedSource)
				.update();
		}
		changed();
		return true;
	}

	/** Adds a source to partnerships that do not have it yet. */
	void addSources(Map<Long, Partnership.Source> sources) {
		var rows = new StringBuilder(sources.size() * 40);
		if (sources.isEmpty()) {
			return;
		}
		sources.forEach((id, source) -> Copy.row(rows, id, source.name(), source.reference()));
		Copy.into(dataSource, "partnership.partnership_source (partnership_id, source, reference)", rows);
		changed();
	}

	private List<Partnership> load(String where, Object value) {
		var versions = new HashMap<Long, Integer>();
		var rows = jdbc.sql("select * from partnership.partnership p where " + where).param("value", value)
			.query((rs, n) -> {
				versions.put(rs.getLong("id"), rs.getInt("version"));
				return summary(rs, n);
			})
			.list();
		var result = new ArrayList<Partnership>();
		for (var row : rows) {
			var history = jdbc.sql("select * from partnership.status_change where partnership_id = :id order by id")
				.param("id", row.id())
				.query((rs, n) -> new StatusChange(PartnershipStatus.valueOf(rs.getString("status")),
						PartialDate.parse(rs.getString("effective")), rs.getString("reason"), rs.getString("source"),
						rs.getTimestamp("recorded_at").toInstant()))
				.list();
			var sources = jdbc.sql("select source, reference from partnership.partnership_source where partnership_id = :id order by recorded_at, source")
				.param("id", row.id())
				.query((rs, n) -> new Partnership.Source(rs.getString(1), rs.getString(2)))
				.list();
			result.add(new Partnership(row.id(), row.slug(), row.placeA(), row.placeB(), row.type(), row.since(),
					row.status(), row.curated(), versions.get(row.id()), history, agreements(row.id()), sources));
		}
		return result;
	}

	private List<Agreement> agreements(long partnershipId) {
		var parties = new HashMap<Long, List<Agreement.Signature>>();
		jdbc.sql("""
				select ap.* from partnership.agreement_party ap join partnership.agreement a on a.id = ap.agreement_id
				 where a.partnership_id = :id order by ap.place_id
				""").param("id", partnershipId).query(rs -> {
			parties.computeIfAbsent(rs.getLong("agreement_id"), k -> new ArrayList<>())
				.add(new Agreement.Signature(rs.getLong("place_id"), PartialDate.parse(rs.getString("signed_on"))));
		});
		var fields = new HashMap<Long, Set<CooperationField>>();
		jdbc.sql("""
				select af.* from partnership.agreement_field af join partnership.agreement a on a.id = af.agreement_id
				 where a.partnership_id = :id
				""").param("id", partnershipId).query(rs -> {
			fields.computeIfAbsent(rs.getLong("agreement_id"), k -> EnumSet.noneOf(CooperationField.class))
				.add(CooperationField.valueOf(rs.getString("field")));
		});
		return jdbc.sql("select * from partnership.agreement where partnership_id = :id order by id")
			.param("id", partnershipId)
			.query((rs, n) -> {
				long id = rs.getLong("id");
				var termKind = Term.Kind.valueOf(rs.getString("term_kind"));
				var term = termKind == Term.Kind.FIXED ? Term.years(rs.getInt("term_years"))
						: termKind == Term.Kind.INDEFINITE ? Term.INDEFINITE : Term.UNSPECIFIED;
				return new Agreement(id, AgreementKind.valueOf(rs.getString("kind")), rs.getString("title"),
						PartialDate.parse(rs.getString("signed_on")), rs.getString("signed_at"),
						parties.getOrDefault(id, List.of()), term, fields.getOrDefault(id, Set.of()),
						rs.getInt("revision"), (Long) rs.getObject("amends_id"), rs.getString("note"),
						rs.getString("source"));
			})
			.list();
	}

	/** One page of the open-data feed, in the order of change; removed partnerships only when asked since a moment. */
	List<RegistryChange> changes(RegistryQuery query) {
		var filters = new ArrayList<String>();
		var params = new HashMap<String, Object>();
		if (query.places() != null) {
			filters.add("(place_a = any(:places) or place_b = any(:places))");
			params.put("places", query.places().toArray(Long[]::new));
		}
		if (query.type() != null) {
			filters.add("type = :type");
			params.put("type", query.type().name());
		}
		if (query.fromYear() != null) {
			filters.add("cast(substr(since, 1, 4) as integer) >= :fromYear");
			params.put("fromYear", query.fromYear());
		}
		if (query.toYear() != null) {
			filters.add("cast(substr(since, 1, 4) as integer) <= :toYear");
			params.put("toYear", query.toYear());
		}
		var live = new ArrayList<>(filters);
		var removed = new ArrayList<>(filters);
		if (query.updatedSince() != null) {
			live.add("updated_at >= :updatedSince");
			removed.add("removed_at >= :updatedSince");
			params.put("updatedSince", java.sql.Timestamp.from(query.updatedSince()));
		}
		var sql = new StringBuilder("select * from (select id, slug, place_a, place_b, type, since, status, "
				+ "updated_at as changed_at, false as removed from partnership.partnership" + where(live));
		if (query.updatedSince() != null) {
			sql.append(" union all select id, slug, place_a, place_b, type, since, null, removed_at, true "
					+ "from partnership.removed_partnership").append(where(removed));
		}
		sql.append(") c");
		if (query.after() != null) {
			sql.append(" where (changed_at, id) > (:afterAt, :afterId)");
			params.put("afterAt", java.sql.Timestamp.from(query.after().changedAt()));
			params.put("afterId", query.after().id());
		}
		sql.append(" order by changed_at, id limit :limit");
		// one more than asked, to know whether another page follows
		params.put("limit", query.limit() + 1);
		return jdbc.sql(sql.toString()).params(params).query((rs, n) -> {
			var status = rs.getString("status");
			return new RegistryChange(rs.getLong("id"), rs.getString("slug"), rs.getLong("place_a"),
					rs.getLong("place_b"), PartnershipType.valueOf(rs.getString("type")),
					PartialDate.parse(rs.getString("since")), status == null ? null : PartnershipStatus.valueOf(status),
					rs.getTimestamp("changed_at").toInstant(), rs.getBoolean("removed"));
		}).list();
	}

	/**
	 * The moment up to which the feed is complete: now, or the start of the oldest transaction still running, whose
	 * changes will carry a later stamp than anything a reader has seen. A reader asks next time from here.
	 */
	java.time.Instant completeUpTo() {
		return jdbc.sql("""
				select least(now(), coalesce((select min(xact_start) from pg_stat_activity
				  where datname = current_database() and pid <> pg_backend_pid() and xact_start is not null
				    and backend_type = 'client backend'), now()))""")
			.query(java.sql.Timestamp.class).single().toInstant();
	}

	private static String where(List<String> conditions) {
		return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
	}

	private static PartnershipSummary summary(ResultSet rs, int row) throws SQLException {
		return new PartnershipSummary(rs.getLong("id"), rs.getString("slug"), rs.getLong("place_a"),
				rs.getLong("place_b"), PartnershipType.valueOf(rs.getString("type")),
				PartialDate.parse(rs.getString("since")), PartnershipStatus.valueOf(rs.getString("status")),
				rs.getBoolean("curated"));
	}

	private static String text(PartialDate date) {
		return date == null ? null : date.toString();
	}
}
