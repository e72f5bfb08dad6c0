package org.amity.interop;

import java.time.Year;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.amity.city.Countries;
import org.amity.city.Gazetteer;
import org.amity.city.NewPlace;
import org.amity.city.Place;
import org.amity.city.PlaceIndex;
import org.amity.city.PlaceLevel;
import org.amity.city.PlaceNotFoundException;
import org.amity.interop.ColumnMapping.Field;
import org.amity.interop.TextEncodings.Encoding;
import org.amity.partnership.Partnership;
import org.amity.partnership.PartnershipRefusedException;
import org.amity.partnership.PartnershipType;
import org.amity.partnership.Partnerships;
import org.amity.shared.NotFoundException;
import org.amity.shared.PartialDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The import wizard's use cases, for staff (the {@code /manage} pages and the non-GET API, guarded by the identity
 * module): upload a city's table of partners (CSV, XLSX or text pasted from a web page), preview it with its
 * encoding named, map its columns, see per row what a commit would create, merge or refuse and why, choose among
 * candidate places where the gazetteer is not sure, commit in one transaction, and undo a committed import whole.
 *
 * <p>
 * Partner places are resolved as the twin-city import resolves them ({@link PlaceNameParser} and the gazetteer's
 * index by country and name); a name the index does not know is looked up by the gazetteer's search, and what that
 * finds is offered as candidates, never taken silently.
 */
@Service
public class ImportWizard {

	static final String KIND = "wizard";

	private final ImportDrafts drafts;
	private final ImportLog log;
	private final Gazetteer gazetteer;
	private final Partnerships partnerships;
	private final JdbcClient jdbc;
	private final org.amity.identity.Access access;

	ImportWizard(ImportDrafts drafts, ImportLog log, Gazetteer gazetteer, Partnerships partnerships, JdbcClient jdbc,
			org.amity.identity.Access access) {
		this.access = access;
		this.drafts = drafts;
		this.log = log;
		this.gazetteer = gazetteer;
		this.partnerships = partnerships;
		this.jdbc = jdbc;
	}

	/** Keeps an uploaded file as a draft once it reads as a table; a file that does not is refused whole. */
	public UUID upload(String source, String fileName, byte[] content) {
		UploadedTable.read(content, null);
		var id = drafts.create(sourceName(source, fileName), fileName, false, content);
		applyRemembered(id);
		return id;
	}

	/** Keeps pasted text (tab-separated cells or a table's HTML) as a draft. */
	public UUID paste(String source, String text) {
		UploadedTable.paste(text);
		var id = drafts.create(sourceName(source, null), null, true,
				text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		applyRemembered(id);
		return id;
	}

	private void applyRemembered(UUID id) {
		var draft = draft(id);
		var table = table(draft);
		var remembered = drafts.remembered(draft.source(), draft.fileName())
			.filter(r -> r.mapping().within(table.header().size()).isComplete());
		if (remembered.isPresent()) {
			var r = remembered.get();
			drafts.saveMapping(id, r.encoding(), r.owner(), r.mapping().within(table.header().size()), true);
		}
		else {
			// a guess from the header, shown for the person to confirm
			drafts.saveMapping(id, null, null, ColumnMapping.guess(table.header()), false);
		}
	}

	private static String sourceName(String source, String fileName) {
		var name = source == null || source.isBlank() ? (fileName == null || fileName.isBlank() ? "pasted table" : fileName)
				: source.strip();
		return name.length() > 200 ? name.substring(0, 200) : name;
	}

	public Draft draft(UUID id) {
		return drafts.find(id).orElseThrow(() -> new NotFoundException("import", id.toString()));
	}

	/** The draft's table as read now, in its chosen encoding or the detected one. */
	public Preview preview(UUID id) {
		var draft = draft(id);
		var table = table(draft);
		var mapping = draft.mapping();
		var rows = table.rows().stream().limit(20).map(r -> {
			var cells = new ArrayList<String>(table.header().size());
			for (int i = 0; i < table.header().size(); i++) {
				cells.add(r.cell(i));
			}
			return new TableRow(r.line(), cells);
		}).toList();
		return new Preview(draft, table.format().name(), table.encoding(), table.header(), rows, table.rows().size(),
				mapping);
	}

	/** Saves the mapping, the encoding chosen instead of the detected one, and the city whose list this is. */
	public void map(UUID id, String encoding, String ownerSlug, ColumnMapping mapping) {
		var draft = draft(id);
		var chosen = Encoding.of(encoding).orElse(null);
		if (!draft.pasted()) {
			UploadedTable.read(draft.content(), chosen);
		}
		var owner = ownerSlug == null ? "" : ownerSlug.strip();
		if (owner.isEmpty() || gazetteer.findBySlug(owner).isEmpty()) {
			throw new MappingRefusedException(MappingRefusedException.Reason.UNKNOWN_OWNER);
		}
		if (!mapping.isComplete()) {
			throw new MappingRefusedException(MappingRefusedException.Reason.INCOMPLETE);
		}
		var values = mapping.columns().values();
		if (new HashSet<>(values).size() != values.size()) {
			throw new MappingRefusedException(MappingRefusedException.Reason.COLUMN_TWICE);
		}
		drafts.saveMapping(id, chosen == null ? null : chosen.name(), owner, mapping, true);
		drafts.remember(draft.source(), draft.fileName(), mapping, owner, chosen == null ? null : chosen.name());
	}

	/** Records the person's choice for uncertain rows: a place id, {@code NEW} for a new place, {@code SKIP}. */
	public void choose(UUID id, Map<Long, String> choices) {
		var draft = draft(id);
		var merged = new HashMap<>(draft.choices());
		choices.forEach((line, choice) -> {
			if (choice != null && (choice.equals("NEW") || choice.equals("SKIP") || choice.matches("\\d{1,18}"))) {
				merged.put(line, choice);
			}
		});
		drafts.saveChoices(id, merged);
	}

	/** What a commit would do with each row, and why; nothing is written. */
	public Plan dryRun(UUID id) {
		var draft = draft(id);
		if (!draft.confirmed()) {
			throw new MappingRefusedException(MappingRefusedException.Reason.INCOMPLETE);
		}
		return plan(draft, gazetteer.index());
	}

	/**
	 * Commits the draft in one transaction under the import lock: the plan is made again inside it (the registry may
	 * have changed since the dry run), rows still uncertain are left out with their reason, and every created and
	 * merged record is kept beside the import's report so that it can be undone.
	 */
	public long commit(UUID id) {
		var draft = draft(id);
		if (!draft.confirmed()) {
			throw new MappingRefusedException(MappingRefusedException.Reason.INCOMPLETE);
		}
		// a city's list is committed by that city's staff
		long ownerCity = gazetteer.findBySlug(draft.owner())
			.orElseThrow(() -> new MappingRefusedException(MappingRefusedException.Reason.UNKNOWN_OWNER))
			.id();
		access.requireStaffOf(ownerCity);
		var report = new ImportReport(KIND, draft.source());
		var changes = new ArrayList<Change>();
		long importId = log.runUndoable(report, r -> apply(draft, report, changes), recorded -> {
			for (int i = 0; i < changes.size(); i++) {
				var c = changes.get(i);
				var before = c.before;
				jdbc.sql("""
						insert into interop.import_change (import_id, seq, kind, target_id, version_after, before_type,
						  before_since, before_status, before_curated, before_history, added_source)
						values (:import, :seq, :kind, :target, :version, :type, :since, :status, :curated, :history, :source)
						""")
					.param("import", recorded)
					.param("seq", i)
					.param("kind", c.kind.name())
					.param("target", c.targetId)
					.param("version", c.versionAfter)
					.param("type", before == null ? null : before.type().name())
					.param("since", before == null || before.since() == null ? null : before.since().toString())
					.param("status", before == null ? null : before.status().name())
					.param("curated", before == null ? null : before.curated())
					.param("history", before == null ? null : before.historyLength())
					.param("source", c.addedSource)
					.update();
			}
			jdbc.sql("update interop.import_run set owner_city = :city where id = :id")
				.param("city", ownerCity)
				.param("id", recorded)
				.update();
			drafts.delete(id);
		});
		return importId;
	}

	private void apply(Draft draft, ImportReport report, List<Change> changes) {
		var index = gazetteer.index();
		var plan = plan(draft, index);
		var owner = plan.owner();
		var pairs = partnerships.pairIndex(draft.source());
		var newPlaces = new LinkedHashMap<String, Place>();
		var merged = new HashMap<Long, Change>();
		for (var row : plan.rows()) {
			report.rowRead();
			switch (row.outcome()) {
				case REFUSE -> report.unresolved(row.line(), row.reportReason(), row.detail());
				case CHOOSE -> report.unresolved(row.line(), ImportReport.Problem.Reason.UNCERTAIN_PLACE,
						row.partnerName() + ": " + row.candidates().size() + " candidates, none chosen");
				case SKIP -> report.unresolved(row.line(), ImportReport.Problem.Reason.SKIPPED,
						row.partnerName() + " skipped by choice");
				case CREATE, MERGE -> {
					var partner = row.partner();
					if (partner == null) {
						partner = newPlaces.computeIfAbsent(row.country() + "|" + row.partnerName(), k -> {
							var level = row.level() == PlaceLevel.WARD ? PlaceLevel.CITY : row.level();
							var created = gazetteer.register(List.of(new NewPlace(row.country(), level, null,
									row.partnerName(), Map.of(), List.of(), null, null, row.population(), null,
									draft.source())), index).get(0);
							report.placesCreated(1);
							changes.add(new Change(ChangeKind.PLACE_CREATED, created.id(), null, null, null));
							return created;
						});
					}
					var existing = pairs.find(owner.id(), partner.id());
					if (existing.isPresent() && !merged.containsKey(existing.get())
							&& changes.stream().noneMatch(c -> c.kind == ChangeKind.PARTNERSHIP_CREATED
									&& c.targetId == existing.get())) {
						var before = partnerships.find(existing.get()).orElseThrow();
						var change = new Change(ChangeKind.PARTNERSHIP_MERGED, before.id(), Partnerships.Before.of(before),
								before.sources().stream().anyMatch(s -> s.name().equals(draft.source())) ? null
										: draft.source(),
								null);
						merged.put(before.id(), change);
						changes.add(change);
					}
					if (existing.isPresent()) {
						report.countMergedIntoExisting();
					}
					var reference = "line " + row.line() + (row.notes().isBlank() ? "" : ": " + row.notes());
					var recorded = partnerships.recordOfficial(owner.id(), partner.id(),
							pairs.newSlug(owner.slug(), partner.slug()), row.type(), row.date(),
							new Partnership.Source(draft.source(), reference.length() > 500 ? reference.substring(0, 500) : reference));
					if (existing.isEmpty()) {
						report.partnershipsCreated(1);
						changes.add(new Change(ChangeKind.PARTNERSHIP_CREATED, recorded.id(), null, null, null));
					}
					pairs.remember(owner.id(), partner.id(), recorded.id());
				}
			}
		}
		for (var change : changes) {
			if (change.kind != ChangeKind.PLACE_CREATED) {
				change.versionAfter = partnerships.find(change.targetId).orElseThrow().version();
			}
		}
	}

	/**
	 * Undoes a committed import whole: the partnerships it created are removed, those it merged into get back their
	 * facts from before, and the places it created are removed. Refused, with what stands in the way, when anything
	 * changed since depends on it.
	 */
	public Undone undo(long importId) {
		var run = log.find(importId).orElseThrow(() -> new NotFoundException("import", String.valueOf(importId)));
		requireOwnerStaff(importId);
		if (!run.undoable()) {
			throw new UndoRefusedException(UndoRefusedException.Reason.NOT_UNDOABLE, List.of());
		}
		if (run.undone()) {
			throw new UndoRefusedException(UndoRefusedException.Reason.ALREADY_UNDONE, List.of());
		}
		return log.locked(() -> {
			var changes = jdbc.sql("select * from interop.import_change where import_id = :id order by seq")
				.param("id", importId)
				.query((rs, n) -> {
					var kind = ChangeKind.valueOf(rs.getString("kind"));
					var before = rs.getString("before_type") == null ? null
							: new Partnerships.Before(PartnershipType.valueOf(rs.getString("before_type")),
									PartialDate.parse(rs.getString("before_since")),
									org.amity.partnership.PartnershipStatus.valueOf(rs.getString("before_status")),
									rs.getBoolean("before_curated"), rs.getInt("before_history"));
					var change = new Change(kind, rs.getLong("target_id"), before, rs.getString("added_source"), null);
					change.versionAfter = (Integer) rs.getObject("version_after");
					return change;
				})
				.list();
			var blockers = new ArrayList<String>();
			var created = new HashSet<Long>();
			for (var change : changes) {
				if (change.kind == ChangeKind.PLACE_CREATED) {
					continue;
				}
				if (change.kind == ChangeKind.PARTNERSHIP_CREATED) {
					created.add(change.targetId);
				}
				var now = partnerships.find(change.targetId);
				if (now.isEmpty() || now.get().version() != change.versionAfter) {
					blockers.add(now.map(Partnership::slug).orElse("#" + change.targetId));
				}
			}
			var places = changes.stream().filter(c -> c.kind == ChangeKind.PLACE_CREATED).map(c -> c.targetId).toList();
			for (var place : places) {
				var others = partnerships.involving(place).stream().filter(p -> !created.contains(p.id())).toList();
				var name = gazetteer.find(place).map(Place::slug).orElse("#" + place);
				if (!others.isEmpty() || !gazetteer.children(place).isEmpty()) {
					blockers.add(name);
				}
			}
			if (!blockers.isEmpty()) {
				throw new UndoRefusedException(UndoRefusedException.Reason.CHANGED_SINCE, blockers);
			}
			try {
				var toRemove = new LinkedHashMap<Long, Integer>();
				for (var change : changes) {
					if (change.kind == ChangeKind.PARTNERSHIP_CREATED) {
						toRemove.put(change.targetId, change.versionAfter);
					}
					else if (change.kind == ChangeKind.PARTNERSHIP_MERGED) {
						partnerships.restoreImported(change.targetId, change.versionAfter, change.before,
								change.addedSource);
					}
				}
				partnerships.removeImported(toRemove);
			}
			catch (PartnershipRefusedException e) {
				throw new UndoRefusedException(UndoRefusedException.Reason.CHANGED_SINCE, List.of(e.getMessage()));
			}
			gazetteer.removeImported(places);
			jdbc.sql("update interop.import_run set undone_at = now() where id = :id").param("id", importId).update();
			int restored = (int) changes.stream().filter(c -> c.kind == ChangeKind.PARTNERSHIP_MERGED).count();
			int removed = (int) changes.stream().filter(c -> c.kind == ChangeKind.PARTNERSHIP_CREATED).count();
			return new Undone(importId, removed, restored, places.size());
		});
	}

	/** The imports the caller's cities committed, newest first (every import for a platform admin). */
	public List<ImportLog.ImportRun> imports(int limit) {
		var caller = access.requireSignedIn();
		if (caller.isPlatformAdmin()) {
			return log.recent(limit);
		}
		return log.recentOwnedBy(caller.staffCities(), limit);
	}

	/** An import, for the staff of the city whose list it was (an import of Amity's own: platform admins). */
	public ImportLog.ImportRun run(long id) {
		var run = log.find(id).orElseThrow(() -> new NotFoundException("import", String.valueOf(id)));
		requireOwnerStaff(id);
		return run;
	}

	public Optional<String> reportCsv(long id) {
		requireOwnerStaff(id);
		return log.reportCsv(id);
	}

	private void requireOwnerStaff(long importId) {
		var owner = log.ownerOf(importId);
		if (owner.isPresent()) {
			access.requireStaffOf(owner.get());
		}
		else {
			access.requirePlatformAdmin();
		}
	}

	UploadedTable table(Draft draft) {
		if (draft.pasted()) {
			return UploadedTable.paste(new String(draft.content(), java.nio.charset.StandardCharsets.UTF_8));
		}
		return UploadedTable.read(draft.content(), Encoding.of(draft.encoding()).orElse(null));
	}

	private Plan plan(Draft draft, PlaceIndex index) {
		var owner = gazetteer.findBySlug(draft.owner()).orElseThrow(() -> new PlaceNotFoundException(draft.owner()));
		var table = table(draft);
		var mapping = draft.mapping();
		var dates = new OfficialDates(Year.now().getValue());
		var pairs = partnerships.pairIndex(draft.source());
		var seen = new HashMap<String, Long>();
		var rows = new ArrayList<PlannedRow>();
		for (var row : table.rows()) {
			rows.add(planRow(row, mapping, owner, index, pairs, dates, seen, draft.choices()));
		}
		return new Plan(draft, owner, table.header(), rows);
	}

	private PlannedRow planRow(UploadedTable.Row row, ColumnMapping mapping, Place owner, PlaceIndex index,
			Partnerships.PairIndex pairs, OfficialDates dates, Map<String, Long> seen, Map<Long, String> choices) {
		var values = new EnumMap<Field, String>(Field.class);
		mapping.columns().forEach((field, column) -> values.put(field, row.cell(column)));
		var b = new PlannedRow.Builder(row.line(), values);
		var name = values.getOrDefault(Field.PARTNER, "");
		if (name.isBlank()) {
			return b.refuse(RowReason.MISSING_NAME);
		}
		if (name.length() > 300) {
			return b.refuse(RowReason.NAME_TOO_LONG);
		}
		var countryText = values.getOrDefault(Field.PARTNER_COUNTRY, "");
		var country = Countries.resolve(countryText);
		if (country.isEmpty()) {
			return b.refuse(RowReason.UNKNOWN_COUNTRY);
		}
		b.country = country.get();
		var type = relationship(values.getOrDefault(Field.TYPE, ""));
		if (type.isEmpty()) {
			return b.refuse(RowReason.UNKNOWN_TYPE);
		}
		b.type = type.get();
		var date = dates.read(values.getOrDefault(Field.DATE, ""));
		if (date.isProblem()) {
			b.dateProblem = date.problem();
			return b.refuse(RowReason.INVALID_DATE);
		}
		b.date = date.date();
		b.population = population(values.getOrDefault(Field.POPULATION, ""));
		var parsed = PlaceNameParser.parse(name);
		var kind = values.getOrDefault(Field.PARTNER_KIND, "");
		b.level = kind.isBlank() ? (parsed.isWard() ? PlaceLevel.CITY : parsed.level()) : level(kind);

		var choice = choices.get(row.line());
		List<Place> exact = exact(index, country.get(), parsed, b.level);
		Place partner = null;
		boolean newPlace = false;
		if ("SKIP".equals(choice)) {
			return b.done(Outcome.SKIP, RowReason.SKIPPED);
		}
		if (choice != null && choice.matches("\\d+")) {
			partner = index.byId(Long.parseLong(choice)).filter(p -> p.country().equals(country.get())).orElse(null);
		}
		if (partner == null && "NEW".equals(choice)) {
			newPlace = true;
		}
		if (partner == null && !newPlace) {
			if (exact.size() == 1) {
				partner = exact.get(0);
			}
			else if (exact.size() > 1) {
				b.candidates = exact;
				return b.done(Outcome.CHOOSE, RowReason.SEVERAL_PLACES);
			}
			else {
				var similar = gazetteer.search(name, 20).stream()
					.filter(p -> p.country().equals(country.get()))
					.limit(5)
					.toList();
				if (!similar.isEmpty()) {
					b.candidates = similar;
					return b.done(Outcome.CHOOSE, RowReason.SIMILAR_PLACES);
				}
				newPlace = true;
			}
		}
		b.partner = partner;
		b.partnerName = partner == null ? (parsed.isWard() ? name.strip() : parsed.name()) : partner.name();
		if (partner != null && partner.id() == owner.id()) {
			return b.refuse(RowReason.SAME_PLACE);
		}
		var key = partner == null ? "new|" + country.get() + "|" + org.amity.shared.Names.key(b.partnerName)
				: String.valueOf(partner.id());
		if (seen.containsKey(key)) {
			b.duplicateOf = seen.get(key);
			return b.done(Outcome.MERGE, RowReason.LISTED_TWICE);
		}
		seen.put(key, row.line());
		if (partner != null) {
			var existing = pairs.find(owner.id(), partner.id());
			if (existing.isPresent()) {
				b.existing = partnerships.find(existing.get()).map(Partnership::slug).orElse(null);
				return b.done(Outcome.MERGE, RowReason.EXISTING_PARTNERSHIP);
			}
		}
		return b.done(Outcome.CREATE, newPlace ? RowReason.NEW_PLACE : RowReason.KNOWN_PLACE);
	}

	/** Places known by exactly this name, as the twin-city import finds them; a ward below its known city. */
	private static List<Place> exact(PlaceIndex index, String country, PlaceNameParser.Parsed parsed, PlaceLevel level) {
		if (parsed.isWard()) {
			var parents = index.find(country, null, parsed.parent()).stream()
				.filter(p -> p.level() != PlaceLevel.WARD)
				.toList();
			if (parents.size() == 1) {
				var wards = index.find(country, parents.get(0).id(), parsed.name());
				if (!wards.isEmpty()) {
					return wards;
				}
			}
			parsed = parsed.asWritten();
		}
		var names = level == PlaceLevel.STATE ? List.of(parsed.name(), parsed.name() + " State", "State of " + parsed.name())
				: List.of(parsed.name());
		var found = new ArrayList<Place>();
		for (var candidate : names) {
			for (var place : index.find(country, null, candidate)) {
				if (!found.contains(place)) {
					found.add(place);
				}
			}
		}
		var sameLevel = found.stream().filter(p -> p.level() == level).toList();
		return sameLevel.size() == 1 ? sameLevel : found;
	}

	/** The relationship as official tables write it in the four languages; a blank cell is a sister relationship. */
	static Optional<PartnershipType> relationship(String text) {
		var t = fold(text);
		if (t.isEmpty()) {
			return Optional.of(PartnershipType.SISTER);
		}
		if (t.matches(".*(sister|twin|자매|姉妹|kembar|bersaudara|saudara).*")) {
			return Optional.of(PartnershipType.SISTER);
		}
		if (t.matches(".*(friend|우호|友好|친선|persahabatan|sahabat).*")) {
			return Optional.of(PartnershipType.FRIENDSHIP);
		}
		if (t.matches(".*(partner|cooperation|교류|협력|協力|交流|提携|kerja ?sama|kemitraan).*")) {
			return Optional.of(PartnershipType.PARTNERSHIP);
		}
		return Optional.empty();
	}

	private static PlaceLevel level(String kind) {
		var k = fold(kind);
		if (k.matches(".*(state|prefecture|province|region|도|성|주|県|省|州|provinsi|prefektur).*")) {
			return PlaceLevel.STATE;
		}
		if (k.matches(".*(ward|district|borough|구|区|kecamatan).*")) {
			return PlaceLevel.WARD;
		}
		return PlaceLevel.CITY;
	}

	/** Case and width folded, Hangul kept precomposed (a matching key would split it into jamo). */
	private static String fold(String text) {
		return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).strip();
	}

	private static Long population(String text) {
		var digits = text.replaceAll("[\\s,.'명人만]|jiwa|orang", "");
		if (!digits.matches("\\d{1,12}")) {
			return null;
		}
		return Long.parseLong(digits);
	}

	/** A table in the wizard: its file or pasted text, and what the person has settled so far. */
	public record Draft(UUID id, String source, String fileName, boolean pasted, byte[] content, String encoding,
			String owner, ColumnMapping mapping, boolean confirmed, Map<Long, String> choices) {
	}

	/** The first rows of a draft as read, with its format, encoding and the mapping to confirm. */
	public record Preview(Draft draft, String format, String encoding, List<String> header,
			List<TableRow> rows, int rowCount, ColumnMapping mapping) {
	}

	/** A row of the table as read, one cell per header column. */
	public record TableRow(long line, List<String> cells) {
	}

	/** What a commit would do with every row. */
	public record Plan(Draft draft, Place owner, List<String> header, List<PlannedRow> rows) {

		public long count(Outcome outcome) {
			return rows.stream().filter(r -> r.outcome() == outcome).count();
		}
	}

	public enum Outcome {
		CREATE, MERGE, CHOOSE, SKIP, REFUSE
	}

	/** Why a row has its outcome; each has a sentence in the four languages. */
	public enum RowReason {
		KNOWN_PLACE, NEW_PLACE, EXISTING_PARTNERSHIP, LISTED_TWICE, SEVERAL_PLACES, SIMILAR_PLACES, SKIPPED,
		MISSING_NAME, NAME_TOO_LONG, UNKNOWN_COUNTRY, UNKNOWN_TYPE, INVALID_DATE, SAME_PLACE
	}

	/** One row's outcome: what it read, the place it resolved to (or the candidates), and why. */
	public record PlannedRow(long line, Map<Field, String> values, Outcome outcome, RowReason reason,
			String country, PartnershipType type, PartialDate date, OfficialDates.Problem dateProblem,
			PlaceLevel level, Long population, Place partner, String partnerName, List<Place> candidates,
			String existing, Long duplicateOf) {

		public String value(Field field) {
			return values.getOrDefault(field, "");
		}

		public String partnerName() {
			return partnerName != null ? partnerName : value(Field.PARTNER);
		}

		public String notes() {
			return value(Field.NOTES);
		}

		public String dateProblemName() {
			return dateProblem == null ? null : dateProblem.name();
		}

		ImportReport.Problem.Reason reportReason() {
			return switch (reason) {
				case MISSING_NAME -> ImportReport.Problem.Reason.MISSING_NAME;
				case NAME_TOO_LONG -> ImportReport.Problem.Reason.MALFORMED_ROW;
				case UNKNOWN_COUNTRY -> ImportReport.Problem.Reason.UNKNOWN_COUNTRY;
				case UNKNOWN_TYPE -> ImportReport.Problem.Reason.UNKNOWN_TYPE;
				case INVALID_DATE -> ImportReport.Problem.Reason.INVALID_DATE;
				case SAME_PLACE -> ImportReport.Problem.Reason.SAME_PLACE_TWICE;
				default -> ImportReport.Problem.Reason.MALFORMED_ROW;
			};
		}

		String detail() {
			return switch (reason) {
				case UNKNOWN_COUNTRY -> "'" + value(Field.PARTNER_COUNTRY) + "' is not a country Amity knows";
				case UNKNOWN_TYPE -> "'" + value(Field.TYPE) + "' is not a relationship Amity knows";
				case INVALID_DATE -> "'" + value(Field.DATE) + "': " + dateProblem;
				case SAME_PLACE -> partnerName() + " is the list's own city";
				case MISSING_NAME -> "the partner is empty";
				default -> reason.name();
			};
		}

		static final class Builder {

			final long line;
			final Map<Field, String> values;
			String country;
			PartnershipType type;
			PartialDate date;
			OfficialDates.Problem dateProblem;
			PlaceLevel level;
			Long population;
			Place partner;
			String partnerName;
			List<Place> candidates = List.of();
			String existing;
			Long duplicateOf;

			Builder(long line, Map<Field, String> values) {
				this.line = line;
				this.values = values;
			}

			PlannedRow refuse(RowReason reason) {
				return done(Outcome.REFUSE, reason);
			}

			PlannedRow done(Outcome outcome, RowReason reason) {
				return new PlannedRow(line, Map.copyOf(values), outcome, reason, country, type, date, dateProblem, level,
						population, partner, partnerName, candidates, existing, duplicateOf);
			}
		}
	}

	/** The outcome of an undo. */
	public record Undone(long importId, int partnershipsRemoved, int partnershipsRestored, int placesRemoved) {
	}

	enum ChangeKind {
		PLACE_CREATED, PARTNERSHIP_CREATED, PARTNERSHIP_MERGED
	}

	private static final class Change {

		final ChangeKind kind;
		final long targetId;
		final Partnerships.Before before;
		final String addedSource;
		Integer versionAfter;

		Change(ChangeKind kind, long targetId, Partnerships.Before before, String addedSource, Integer versionAfter) {
			this.kind = kind;
			this.targetId = targetId;
			this.before = before;
			this.addedSource = addedSource;
			this.versionAfter = versionAfter;
		}
	}
}
