package org.amity.city;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

import org.amity.shared.Copy;
import org.amity.shared.Names;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class PlaceRepository {

	private static final String SELECT = """
			select p.id, p.slug, p.country, p.level, p.parent_id, p.name, p.latitude, p.longitude, p.population,
			       p.wikidata, n.lang, n.name as other_name, n.preferred
			  from city.place p left join city.place_name n on n.place_id = p.id
			""";

	private final JdbcClient jdbc;
	private final DataSource dataSource;

	PlaceRepository(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
	}

	Optional<Place> findById(long id) {
		return load(SELECT + " where p.id = :id", Map.of("id", id)).stream().findFirst();
	}

	Optional<Place> findBySlug(String slug) {
		return load(SELECT + " where p.slug = :slug", Map.of("slug", slug)).stream().findFirst();
	}

	List<Place> findAllById(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return load(SELECT + " where p.id = any(:ids)", Map.of("ids", ids.toArray(Long[]::new)));
	}

	List<Place> findAll() {
		return load(SELECT, Map.of());
	}

	List<Place> findChildren(long parentId) {
		return load(SELECT + " where p.parent_id = :parent", Map.of("parent", parentId));
	}

	void deleteAll(Collection<Long> ids) {
		if (!ids.isEmpty()) {
			jdbc.sql("delete from city.place where id in (:ids)").param("ids", ids).update();
		}
	}

	/** Moves on with every committed change of places or their names (a database trigger keeps it). */
	long contentVersion() {
		return jdbc.sql("select version from city.content_version where id = 1").query(Long.class).single();
	}

	/** Places from the curated gazetteer rather than from an import. */
	Set<Long> curatedIds() {
		return new HashSet<>(jdbc.sql("select id from city.place where source = 'gazetteer'").query(Long.class).list());
	}

	int count() {
		return jdbc.sql("select count(*) from city.place").query(Integer.class).single();
	}

	Collection<String> allSlugs() {
		return jdbc.sql("select slug from city.place").query(String.class).list();
	}

	/**
	 * Writes places and their names with PostgreSQL COPY, which is what makes importing the world's twin cities take
	 * well under a second. The caller's transaction holds both.
	 */
	List<Long> insertAll(List<NewPlace> places, List<String> slugs) {
		if (places.isEmpty()) {
			return List.of();
		}
		var ids = jdbc.sql("select nextval(pg_get_serial_sequence('city.place', 'id')) from generate_series(1, :n)")
			.param("n", places.size())
			.query(Long.class)
			.list();
		var placeRows = new StringBuilder(places.size() * 96);
		var nameRows = new StringBuilder(places.size() * 64);
		for (int i = 0; i < places.size(); i++) {
			var place = places.get(i);
			long id = ids.get(i);
			Copy.row(placeRows, id, slugs.get(i), place.country(), place.level().name(), place.parentId(), place.name(),
					place.latitude(), place.longitude(), place.population(), place.wikidata(), place.source());
			var written = new java.util.HashSet<String>();
			written.add("en|" + place.name());
			Copy.row(nameRows, id, "en", place.name(), true, Names.key(place.name()));
			for (var entry : place.names().entrySet()) {
				if (written.add(entry.getKey() + "|" + entry.getValue())) {
					Copy.row(nameRows, id, entry.getKey(), entry.getValue(), !entry.getKey().equals("en"),
							Names.key(entry.getValue()));
				}
			}
			for (var alias : place.aliases()) {
				if (written.add("und|" + alias)) {
					Copy.row(nameRows, id, "und", alias, false, Names.key(alias));
				}
			}
		}
		Copy.into(dataSource, "city.place (id, slug, country, level, parent_id, name, latitude, longitude, population, "
				+ "wikidata, source)", placeRows);
		Copy.into(dataSource, "city.place_name (place_id, lang, name, preferred, name_key)", nameRows);
		return ids;
	}

	void addNames(long placeId, Map<String, String> names, List<String> aliases) {
		names.forEach((lang, name) -> jdbc.sql("""
				insert into city.place_name (place_id, lang, name, preferred, name_key)
				values (:id, :lang, :name, not exists (select 1 from city.place_name where place_id = :id and lang = :lang and preferred), :key)
				on conflict do nothing
				""").param("id", placeId).param("lang", lang).param("name", name).param("key", Names.key(name)).update());
		aliases.forEach(alias -> jdbc.sql("""
				insert into city.place_name (place_id, lang, name, preferred, name_key)
				values (:id, 'und', :name, false, :key) on conflict do nothing
				""").param("id", placeId).param("name", alias).param("key", Names.key(alias)).update());
	}

	void setCoordinatesWhereMissing(Map<Long, double[]> coordinates) {
		if (coordinates.isEmpty()) {
			return;
		}
		var rows = new StringBuilder();
		coordinates.forEach((id, point) -> Copy.row(rows, id, point[0], point[1]));
		jdbc.sql("create temporary table if not exists place_point (id bigint, latitude float8, longitude float8) on commit drop").update();
		Copy.into(dataSource, "place_point (id, latitude, longitude)", rows);
		jdbc.sql("""
				update city.place p set latitude = t.latitude, longitude = t.longitude
				  from place_point t where t.id = p.id and p.latitude is null
				""").update();
	}

	private List<Place> load(String sql, Map<String, ?> params) {
		var rows = new LinkedHashMap<Long, PlaceBuilder>();
		jdbc.sql(sql + " order by p.id").params(params).query(rs -> {
			long id = rs.getLong("id");
			var builder = rows.get(id);
			if (builder == null) {
				builder = new PlaceBuilder(id, rs.getString("slug"), rs.getString("country"),
						PlaceLevel.valueOf(rs.getString("level")), (Long) rs.getObject("parent_id"), rs.getString("name"),
						(Double) rs.getObject("latitude"), (Double) rs.getObject("longitude"),
						(Long) rs.getObject("population"), rs.getString("wikidata"));
				rows.put(id, builder);
			}
			var lang = rs.getString("lang");
			if (lang != null) {
				var other = rs.getString("other_name");
				if (rs.getBoolean("preferred") || ("en".equals(lang) && other.equals(builder.name))) {
					builder.names.putIfAbsent(lang, other);
				}
				else {
					builder.aliases.add(other);
				}
			}
		});
		return rows.values().stream().map(PlaceBuilder::build).toList();
	}

	private static final class PlaceBuilder {

		final long id;
		final String slug, country, name, wikidata;
		final PlaceLevel level;
		final Long parentId, population;
		final Double latitude, longitude;
		final Map<String, String> names = new LinkedHashMap<>();
		final List<String> aliases = new ArrayList<>();

		PlaceBuilder(long id, String slug, String country, PlaceLevel level, Long parentId, String name, Double latitude,
				Double longitude, Long population, String wikidata) {
			this.id = id;
			this.slug = slug;
			this.country = country;
			this.level = level;
			this.parentId = parentId;
			this.name = name;
			this.latitude = latitude;
			this.longitude = longitude;
			this.population = population;
			this.wikidata = wikidata;
		}

		Place build() {
			return new Place(id, slug, country, level, parentId, name, names, aliases, latitude, longitude, population,
					wikidata);
		}
	}

	Set<Long> idsInCountry(String country) {
		return new HashSet<>(jdbc.sql("select id from city.place where country = :country").param("country", country)
			.query(Long.class).list());
	}
}
