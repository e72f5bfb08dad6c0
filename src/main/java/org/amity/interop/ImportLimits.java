package org.amity.interop;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVFormat;

/** What the wizard's pages and API tell people before they upload: size limit, encodings, and a report's rows. */
public final class ImportLimits {

	/** The largest file the wizard takes. */
	public static final int MAX_BYTES = UploadedTable.MAX_BYTES;

	/** The encodings a person may choose instead of the detected one, by name. */
	public static final List<String> ENCODINGS = Arrays.stream(TextEncodings.Encoding.values())
		.map(TextEncodings.Encoding::name)
		.toList();

	private ImportLimits() {
	}

	/** The encoding's name as people know it ({@code CP949} for {@code CP949}, {@code UTF-8} for {@code UTF_8}). */
	public static String label(String encoding) {
		return TextEncodings.Encoding.of(encoding).map(TextEncodings.Encoding::label).orElse(encoding);
	}

	/** The rows an import could not take, read back from its kept report. */
	public static List<ImportReport.Problem> problems(String reportCsv) {
		var problems = new ArrayList<ImportReport.Problem>();
		int blank = reportCsv.indexOf("\r\n\r\n");
		if (blank < 0) {
			return problems;
		}
		try (var parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
			.parse(new StringReader(reportCsv.substring(blank + 4)))) {
			for (var record : parser) {
				try {
					problems.add(new ImportReport.Problem(Long.parseLong(record.get(0)),
							ImportReport.Problem.Reason.valueOf(record.get(1)), record.get(2)));
				}
				catch (IllegalArgumentException e) {
					// a reason this version no longer has is left out of the page; the CSV keeps it
				}
			}
		}
		catch (IOException | IllegalStateException e) {
			return problems;
		}
		return problems;
	}
}
