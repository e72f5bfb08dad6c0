package org.amity.actor;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.amity.shared.LocalizedText;
import org.amity.shared.PartialDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ActorRepository {

	private final JdbcClient jdbc;

	ActorRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Organisation> findBySlug(String slug) {
		return jdbc.sql("select * from actor.organisation where slug = :slug")
			.param("slug", slug)
			.query(ActorRepository::organisation)
			.optional();
	}

	Optional<Organisation> findById(long id) {
		return jdbc.sql("select * from actor.organisation where id = :id")
			.param("id", id)
			.query(ActorRepository::organisation)
			.optional();
	}

	List<Organisation> findAll(List<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select * from actor.organisation where id in (:ids)")
			.param("ids", ids)
			.query(ActorRepository::organisation)
			.list();
	}

	/** The directory, filtered by kind and seat when given, ordered by English name then slug. */
	List<Organisation> directory(ActorKind kind, Long placeId) {
		return jdbc.sql("""
				select * from actor.organisation
				where (cast(:kind as text) is null or kind = :kind)
				  and (cast(:place as bigint) is null or place_id = :place)
				order by coalesce(name->>'en', name->>'ko', name->>'ja', slug), slug
				""")
			.param("kind", kind == null ? null : kind.name())
			.param("place", placeId)
			.query(ActorRepository::organisation)
			.list();
	}

	List<Long> seats() {
		return jdbc.sql("select distinct place_id from actor.organisation where place_id is not null")
			.query(Long.class)
			.list();
	}

	long insert(Organisation o) {
		return jdbc.sql("""
				insert into actor.organisation (slug, kind, name, place_id, website, demo)
				values (:slug, :kind, cast(:name as jsonb), :place, :website, :demo) returning id
				""")
			.param("slug", o.slug())
			.param("kind", o.kind().name())
			.param("name", Texts.json(o.name()))
			.param("place", o.placeId())
			.param("website", o.website())
			.param("demo", o.demo())
			.query(Long.class)
			.single();
	}

	/** Writes names and website if the organisation is still at the version read; answers whether it was. */
	boolean correct(long id, LocalizedText name, String website, long baseVersion) {
		return jdbc.sql("""
				update actor.organisation set name = cast(:name as jsonb), website = :website, version = version + 1
				where id = :id and version = :version
				""")
			.param("name", Texts.json(name))
			.param("website", website)
			.param("id", id)
			.param("version", baseVersion)
			.update() == 1;
	}

	long insert(Person p) {
		return jdbc.sql("""
				insert into actor.person (name, email, organisation_id, position, contact, demo)
				values (:name, :email, :org, :position, :contact, :demo) returning id
				""")
			.param("name", p.name())
			.param("email", p.email())
			.param("org", p.organisationId())
			.param("position", p.position())
			.param("contact", p.contact())
			.param("demo", p.demo())
			.query(Long.class)
			.single();
	}

	List<Person> people(long organisationId) {
		return jdbc.sql("select * from actor.person where organisation_id = :id order by contact desc, name")
			.param("id", organisationId)
			.query((rs, n) -> new Person(rs.getLong("id"), rs.getString("name"), rs.getString("email"),
					(Long) rs.getObject("organisation_id"), rs.getString("position"), rs.getBoolean("contact"),
					rs.getBoolean("demo")))
			.list();
	}

	/** Inserts a relation, or returns the existing one's id when the same role towards the same target exists. */
	long insert(Relation r) {
		return jdbc.sql("""
				insert into actor.relation (organisation_id, role, target_kind, target_id, target_label, valid_from,
				                            valid_until, demo)
				values (:org, :role, :kind, :target, cast(:label as jsonb), :from, :until, :demo)
				on conflict (organisation_id, role, target_kind, target_id)
				do update set target_label = excluded.target_label,
				  valid_until = case when excluded.valid_until is null then null else actor.relation.valid_until end
				returning id
				""")
			.param("org", r.organisationId())
			.param("role", r.role().name())
			.param("kind", r.target().kind().name())
			.param("target", r.target().id())
			.param("label", Texts.json(r.target().label()))
			.param("from", r.from() == null ? null : r.from().toString())
			.param("until", r.until() == null ? null : r.until().toString())
			.param("demo", r.demo())
			.query(Long.class)
			.single();
	}

	/** Dates the end of a role that still holds; answers whether it still held. */
	boolean end(long relationId, PartialDate until) {
		return jdbc.sql("update actor.relation set valid_until = :until where id = :id and valid_until is null")
			.param("until", until.toString()).param("id", relationId).update() > 0;
	}

	List<Relation> relationsOf(long organisationId) {
		return jdbc.sql("select * from actor.relation where organisation_id = :id order by valid_from nulls last, id")
			.param("id", organisationId)
			.query(ActorRepository::relation)
			.list();
	}

	/** Relations that point at an organisation (its members, its representative offices). */
	List<Relation> relationsTo(Target.Kind kind, long targetId) {
		return jdbc.sql("""
				select * from actor.relation where target_kind = :kind and target_id = :id
				order by valid_from nulls last, id
				""")
			.param("kind", kind.name())
			.param("id", targetId)
			.query(ActorRepository::relation)
			.list();
	}

	int deleteDemo() {
		return jdbc.sql("delete from actor.organisation where demo").update();
	}

	private static Organisation organisation(ResultSet rs, int row) throws SQLException {
		return new Organisation(rs.getLong("id"), rs.getString("slug"), ActorKind.valueOf(rs.getString("kind")),
				Texts.text(rs.getString("name")), (Long) rs.getObject("place_id"), rs.getString("website"),
				rs.getBoolean("demo"), rs.getLong("version"));
	}

	private static Relation relation(ResultSet rs, int row) throws SQLException {
		var from = rs.getString("valid_from");
		var until = rs.getString("valid_until");
		return new Relation(rs.getLong("id"), rs.getLong("organisation_id"), MembershipRole.valueOf(rs.getString("role")),
				new Target(Target.Kind.valueOf(rs.getString("target_kind")), rs.getLong("target_id"),
						Texts.text(rs.getString("target_label"))),
				from == null ? null : PartialDate.parse(from), until == null ? null : PartialDate.parse(until),
				rs.getBoolean("demo"));
	}
}
