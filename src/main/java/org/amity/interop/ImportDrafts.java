package org.amity.interop;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.amity.shared.Names;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Tables being prepared in the wizard, kept in PostgreSQL between its steps (any instance may serve the next step),
 * and the mappings remembered per source: by the source's name and by the pattern of the file's name, digits
 * folded ({@code sister-cities-2023.csv} and {@code sister-cities-2024.csv} are one pattern).
 */
@Repository
class ImportDrafts {

	private final JdbcClient jdbc;

	ImportDrafts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	UUID create(String source, String fileName, boolean pasted, byte[] content) {
		// drafts nobody finished within two days are dropped
		jdbc.sql("delete from interop.import_draft where created_at < now() - interval '2 days'").update();
		var id = UUID.randomUUID();
		jdbc.sql("""
				insert into interop.import_draft (id, source, file_name, pasted, content)
				values (:id, :source, :file, :pasted, :content)
				""")
			.param("id", id)
			.param("source", source)
			.param("file", fileName)
			.param("pasted", pasted)
			.param("content", content)
			.update();
		return id;
	}

	Optional<ImportWizard.Draft> find(UUID id) {
		return jdbc.sql("select * from interop.import_draft where id = :id")
			.param("id", id)
			.query((rs, n) -> new ImportWizard.Draft(rs.getObject("id", UUID.class), rs.getString("source"),
					rs.getString("file_name"), rs.getBoolean("pasted"), rs.getBytes("content"),
					rs.getString("encoding"), rs.getString("owner"), ColumnMapping.parse(rs.getString("mapping")),
					rs.getBoolean("mapping_confirmed"), choices(rs.getString("choices"))))
			.optional();
	}

	void saveMapping(UUID id, String encoding, String owner, ColumnMapping mapping, boolean confirmed) {
		jdbc.sql("""
				update interop.import_draft set encoding = :enc, owner = :owner, mapping = :mapping,
				       mapping_confirmed = :confirmed where id = :id
				""")
			.param("confirmed", confirmed)
			.param("enc", encoding)
			.param("owner", owner)
			.param("mapping", mapping.toText())
			.param("id", id)
			.update();
	}

	void saveChoices(UUID id, Map<Long, String> choices) {
		var text = new StringBuilder();
		choices.forEach((line, choice) -> text.append(line).append('=').append(choice).append(';'));
		jdbc.sql("update interop.import_draft set choices = :choices where id = :id")
			.param("choices", text.toString())
			.param("id", id)
			.update();
	}

	void delete(UUID id) {
		jdbc.sql("delete from interop.import_draft where id = :id").param("id", id).update();
	}

	void remember(String source, String fileName, ColumnMapping mapping, String owner, String encoding) {
		for (var key : keys(source, fileName)) {
			jdbc.sql("""
					insert into interop.import_mapping (source_key, mapping, owner, encoding) values (:key, :m, :o, :e)
					on conflict (source_key) do update set mapping = :m, owner = :o, encoding = :e, updated_at = now()
					""")
				.param("key", key)
				.param("m", mapping.toText())
				.param("o", owner)
				.param("e", encoding)
				.update();
		}
	}

	/** The mapping remembered for this source's name, or else for its file name's pattern. */
	Optional<Remembered> remembered(String source, String fileName) {
		for (var key : keys(source, fileName)) {
			var found = jdbc.sql("select mapping, owner, encoding from interop.import_mapping where source_key = :key")
				.param("key", key)
				.query((rs, n) -> new Remembered(ColumnMapping.parse(rs.getString(1)), rs.getString(2), rs.getString(3)))
				.optional();
			if (found.isPresent()) {
				return found;
			}
		}
		return Optional.empty();
	}

	private static java.util.List<String> keys(String source, String fileName) {
		var keys = new java.util.ArrayList<String>();
		keys.add("source:" + Names.key(source));
		if (fileName != null && !fileName.isBlank()) {
			keys.add("file:" + filePattern(fileName));
		}
		return keys;
	}

	/** {@code Sister_Cities 2023-05.CSV} and {@code sister-cities-2024.csv} share the pattern {@code sister cities #}. */
	static String filePattern(String fileName) {
		var name = fileName.replaceAll("\\.[A-Za-z0-9]{1,5}$", "");
		return Names.key(name).replaceAll("\\d+", "#").replaceAll("#(\\s#)+", "#");
	}

	private static Map<Long, String> choices(String text) {
		var choices = new HashMap<Long, String>();
		if (text != null) {
			for (var part : text.split(";")) {
				var pair = part.split("=", 2);
				if (pair.length == 2) {
					try {
						choices.put(Long.parseLong(pair[0]), pair[1]);
					}
					catch (NumberFormatException e) {
						// not a choice this version wrote
					}
				}
			}
		}
		return choices;
	}

	/** A mapping remembered for a source, with the city whose list it was and the encoding chosen. */
	record Remembered(ColumnMapping mapping, String owner, String encoding) {
	}
}
