package org.amity.interop;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * What an import did: rows read, places and partnerships created, rows merged into records that already existed, and
 * rows it could not resolve, each with its line and reason. Kept with the import and downloadable as CSV.
 */
public final class ImportReport {

	private final String kind;
	private final String source;
	private int rowsRead;
	private int placesCreated;
	private int partnershipsCreated;
	private int agreementsCreated;
	private int mergedDuplicates;
	private int mergedIntoExisting;
	private int namesMerged;
	private int coordinatesAttached;
	private final List<Problem> unresolved = new ArrayList<>();

	public ImportReport(String kind, String source) {
		this.kind = kind;
		this.source = source;
	}

	void rowRead() {
		rowsRead++;
	}

	void placesCreated(int n) {
		placesCreated += n;
	}

	void partnershipsCreated(int n) {
		partnershipsCreated += n;
	}

	void agreementCreated() {
		agreementsCreated++;
	}

	/** The row repeats a pair read earlier in the same file (B–A after A–B, or a spelling variant). */
	void mergedDuplicate() {
		mergedDuplicates++;
	}

	/** The row names a partnership the registry already had (from a curated list or an earlier import). */
	void countMergedIntoExisting() {
		mergedIntoExisting++;
	}

	/** A name resolved to a place through a variant spelling (a ward written two ways, a country alias). */
	void nameMerged() {
		namesMerged++;
	}

	void coordinatesAttached(int n) {
		coordinatesAttached += n;
	}

	void unresolved(long line, Problem.Reason reason, String detail) {
		unresolved.add(new Problem(line, reason, detail));
	}

	public String kind() {
		return kind;
	}

	public String source() {
		return source;
	}

	public int rowsRead() {
		return rowsRead;
	}

	public int placesCreated() {
		return placesCreated;
	}

	public int partnershipsCreated() {
		return partnershipsCreated;
	}

	public int agreementsCreated() {
		return agreementsCreated;
	}

	public int mergedDuplicates() {
		return mergedDuplicates;
	}

	public int mergedIntoExisting() {
		return mergedIntoExisting;
	}

	public int namesMerged() {
		return namesMerged;
	}

	public int coordinatesAttached() {
		return coordinatesAttached;
	}

	public List<Problem> unresolved() {
		return Collections.unmodifiableList(unresolved);
	}

	public String summary() {
		return String.format(
				"%s from %s: %d rows read, %d places created, %d partnerships created, %d agreements created, "
						+ "%d duplicate rows merged, %d rows merged into existing partnerships, %d names matched "
						+ "through variants, %d coordinates attached, %d rows unresolved",
				kind, source, rowsRead, placesCreated, partnershipsCreated, agreementsCreated, mergedDuplicates,
				mergedIntoExisting, namesMerged, coordinatesAttached, unresolved.size());
	}

	/** The report as CSV: a summary block, then one line per unresolved row. */
	public String toCsv() {
		var out = new StringBuilder();
		try (var csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
			csv.printRecord("measure", "value");
			csv.printRecord("kind", kind);
			csv.printRecord("source", source);
			csv.printRecord("rows_read", rowsRead);
			csv.printRecord("places_created", placesCreated);
			csv.printRecord("partnerships_created", partnershipsCreated);
			csv.printRecord("agreements_created", agreementsCreated);
			csv.printRecord("merged_duplicate_rows", mergedDuplicates);
			csv.printRecord("merged_into_existing", mergedIntoExisting);
			csv.printRecord("names_matched_through_variants", namesMerged);
			csv.printRecord("coordinates_attached", coordinatesAttached);
			csv.printRecord("unresolved_rows", unresolved.size());
			csv.println();
			csv.printRecord("line", "reason", "detail");
			for (var problem : unresolved) {
				csv.printRecord(problem.line(), problem.reason(), problem.detail());
			}
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		return out.toString();
	}

	/** A row the import could not take, and why. */
	public record Problem(long line, Reason reason, String detail) {

		public enum Reason {
			MALFORMED_ROW, MISSING_NAME, UNKNOWN_COUNTRY, SAME_PLACE_TWICE, INVALID_DATE, UNKNOWN_TYPE, UNKNOWN_PLACE,
			UNKNOWN_KIND, NO_PARTNERSHIP, UNCERTAIN_PLACE, SKIPPED
		}
	}
}
