package org.amity.interop;

import java.util.List;

import org.amity.city.Countries;
import org.amity.evaluation.ContextEvent;
import org.amity.evaluation.ContextTimeline;
import org.amity.shared.InvalidPartialDateException;
import org.amity.shared.PartialDate;
import org.springframework.stereotype.Service;

/** Imports a bilateral context timeline ({@code date,kind,title}) between two countries. */
@Service
public class ContextImport {

	static final List<String> COLUMNS = List.of("date", "kind", "title");

	private final ContextTimeline timeline;
	private final ImportLog log;

	ContextImport(ContextTimeline timeline, ImportLog log) {
		this.timeline = timeline;
		this.log = log;
	}

	public ImportReport run(byte[] file, String countryA, String countryB, String sourceName, ImportProgress progress) {
		var table = CsvTable.read(file, COLUMNS);
		if (!Countries.isKnown(countryA) || !Countries.isKnown(countryB) || countryA.equals(countryB)) {
			throw new IllegalArgumentException("A context timeline is between two different ISO countries");
		}
		var report = new ImportReport("context", sourceName);
		return log.run(report, work -> {
			for (var row : table.rows()) {
				report.rowRead();
				var title = row.get("title");
				if (title.isBlank() || title.length() > 1000) {
					report.unresolved(row.line(), ImportReport.Problem.Reason.MALFORMED_ROW,
							"the title must have 1 to 1000 characters");
					continue;
				}
				ContextEvent.Kind kind;
				try {
					kind = ContextEvent.Kind.parse(row.get("kind"));
				}
				catch (IllegalArgumentException e) {
					report.unresolved(row.line(), ImportReport.Problem.Reason.UNKNOWN_KIND, row.get("kind"));
					continue;
				}
				try {
					var date = PartialDate.parse(row.get("date"));
					if (date == null) {
						throw new InvalidPartialDateException("");
					}
					if (!timeline.record(countryA, countryB, date, kind, title, sourceName)) {
						report.countMergedIntoExisting();
					}
				}
				catch (InvalidPartialDateException e) {
					report.unresolved(row.line(), ImportReport.Problem.Reason.INVALID_DATE, row.get("date"));
				}
			}
			progress.advance("context", 1, 1);
		});
	}
}
