package org.amity.approval;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
class ProposalRepository {

	private static final JsonMapper JSON = JsonMapper.builder().build();
	private static final TypeReference<Map<String, String>> FIELDS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	ProposalRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(Proposal p) {
		return jdbc.sql("""
				insert into approval.proposal (record_kind, record_id, record_label, proposing_city, approving_city,
				    current_state, proposed_state, base_version, status, reason, proposed_by, proposed_by_name,
				    proposed_at, decided_by, decided_by_name, decided_at, applied_directly)
				values (:kind, :recordId, :label, :proposing, :approving, cast(:current as jsonb),
				    cast(:proposed as jsonb), :base, :status, :reason, :by, :byName, :at, :decidedBy, :decidedByName,
				    :decidedAt, :direct)
				returning id""")
			.param("kind", p.kind()).param("recordId", p.recordId()).param("label", p.recordLabel())
			.param("proposing", p.proposingCity()).param("approving", p.approvingCity())
			.param("current", JSON.writeValueAsString(p.current()))
			.param("proposed", JSON.writeValueAsString(p.proposed())).param("base", p.baseVersion())
			.param("status", p.status().name()).param("reason", p.reason()).param("by", p.proposedBy())
			.param("byName", p.proposedByName()).param("at", Timestamp.from(p.proposedAt()))
			.param("decidedBy", p.decidedBy()).param("decidedByName", p.decidedByName())
			.param("decidedAt", p.decidedAt() == null ? null : Timestamp.from(p.decidedAt()))
			.param("direct", p.appliedDirectly())
			.query(Long.class).single();
	}

	/** Saves a decision, only over the status it was read in: two deciders at once cannot both win. */
	boolean update(Proposal p, ProposalStatus readAs) {
		return jdbc.sql("""
				update approval.proposal
				   set status = :status, reason = :reason, decided_by = :decidedBy, decided_by_name = :decidedByName,
				       decided_at = :decidedAt
				 where id = :id and status = :readAs""")
			.param("status", p.status().name()).param("reason", p.reason()).param("decidedBy", p.decidedBy())
			.param("decidedByName", p.decidedByName())
			.param("decidedAt", p.decidedAt() == null ? null : Timestamp.from(p.decidedAt()))
			.param("id", p.id()).param("readAs", readAs.name())
			.update() == 1;
	}

	Optional<Proposal> find(long id) {
		return jdbc.sql("select * from approval.proposal where id = :id").param("id", id)
			.query(ProposalRepository::row).optional();
	}

	/** Locks the proposal's row for a decision, so that a replayed or concurrent decision waits and then sees it. */
	Optional<Proposal> lock(long id) {
		return jdbc.sql("select * from approval.proposal where id = :id for update").param("id", id)
			.query(ProposalRepository::row).optional();
	}

	List<Proposal> pendingFor(String kind, long recordId) {
		return jdbc.sql("""
				select * from approval.proposal
				 where record_kind = :kind and record_id = :recordId and status = 'PENDING' order by id""")
			.param("kind", kind).param("recordId", recordId).query(ProposalRepository::row).list();
	}

	/** Proposals either of these cities takes part in, pending first, newest first. */
	List<Proposal> involving(Collection<Long> cities, int limit) {
		return jdbc.sql("""
				select * from approval.proposal
				 where proposing_city in (:cities) or approving_city in (:cities)
				 order by (status = 'PENDING') desc, proposed_at desc, id desc limit :limit""")
			.param("cities", cities).param("limit", limit).query(ProposalRepository::row).list();
	}

	List<Proposal> all(int limit) {
		return jdbc.sql("""
				select * from approval.proposal order by (status = 'PENDING') desc, proposed_at desc, id desc
				 limit :limit""")
			.param("limit", limit).query(ProposalRepository::row).list();
	}

	List<Proposal> byRecord(String kindPrefix, long recordId) {
		return jdbc.sql("""
				select * from approval.proposal where starts_with(record_kind, :prefix) and record_id = :recordId
				 order by id desc""")
			.param("prefix", kindPrefix).param("recordId", recordId).query(ProposalRepository::row).list();
	}

	static Proposal row(ResultSet rs, int n) throws SQLException {
		return new Proposal(rs.getLong("id"), rs.getString("record_kind"), rs.getLong("record_id"),
				rs.getString("record_label"), rs.getLong("proposing_city"), rs.getLong("approving_city"),
				JSON.readValue(rs.getString("current_state"), FIELDS),
				JSON.readValue(rs.getString("proposed_state"), FIELDS), rs.getLong("base_version"),
				ProposalStatus.valueOf(rs.getString("status")), rs.getString("reason"), rs.getLong("proposed_by"),
				rs.getString("proposed_by_name"), instant(rs.getTimestamp("proposed_at")),
				(Long) rs.getObject("decided_by"), rs.getString("decided_by_name"),
				instant(rs.getTimestamp("decided_at")), rs.getBoolean("applied_directly"));
	}

	private static Instant instant(Timestamp t) {
		return t == null ? null : t.toInstant();
	}
}
