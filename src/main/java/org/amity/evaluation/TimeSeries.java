package org.amity.evaluation;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Time series read beside partnerships: tourism arrivals between two countries, national opinion polls, budgets. A CSV
 * file is first previewed (its columns and first rows), then imported with a mapping that says which column holds the
 * year or date and which the value; the series always keeps its unit and source. A file that is not UTF-8, not CSV, or
 * has one unreadable row is refused whole, with the line, and nothing is written.
 */
@Service
public class TimeSeries {

	public static final int MAX_BYTES = 2 * 1024 * 1024;
	static final int MAX_POINTS = 10_000;
	private static final Pattern PERIOD = Pattern.compile("(\\d{4})(?:[-/.](\\d{1,2})(?:[-/.](\\d{1,2}))?)?");
	private static final Pattern GROUPED = Pattern.compile("-?\\d{1,3}(,\\d{3})+(\\.\\d+)?");

	public enum Kind {
		TOURISM, OPINION, BUDGET, OTHER
	}

	/** What a series is: its name, kind, unit and source, and the partnership or the pair of countries it belongs to. */
	public record NewSeries(String name, Kind kind, String unit, String source, Long partnershipId, String countryA,
			String countryB, boolean demo) {
	}

	/** A stored series with its points in time order. */
	public record Series(long id, String name, Kind kind, String unit, String source, Long partnershipId,
			String countryA, String countryB, boolean demo, List<Point> points) {
	}

	/** A value at a year ({@code 2019}), a month ({@code 2019-07}) or a day. */
	public record Point(String period, BigDecimal value) {

		public int year() {
			return Integer.parseInt(period.substring(0, 4));
		}
	}

	/** The columns of an uploaded file and its first rows, to choose the mapping from. */
	public record Preview(List<String> columns, List<List<String>> rows, int rowCount) {
	}

	/** Which column is the year or date and which the value. */
	public record Mapping(String periodColumn, String valueColumn) {
	}

	private final JdbcClient jdbc;
	private final StaffScope scope;

	TimeSeries(JdbcClient jdbc, StaffScope scope) {
		this.jdbc = jdbc;
		this.scope = scope;
	}

	public Preview preview(byte[] file) {
		var records = parse(file);
		var header = records.get(0);
		var rows = records.subList(1, Math.min(records.size(), 6)).stream().map(r -> r.toList()).toList();
		return new Preview(header.toList(), rows, records.size() - 1);
	}

	/** Imports a file by its mapping; every row must read, or nothing is written. */
	@Transactional
	public Series importCsv(byte[] file, Mapping mapping, NewSeries series) {
		var records = parse(file);
		var header = records.get(0).toList();
		int period = header.indexOf(mapping.periodColumn());
		int value = header.indexOf(mapping.valueColumn());
		if (period < 0 || value < 0 || period == value) {
			throw new EvaluationRefusedException(EvaluationRefusedException.Reason.MALFORMED_FILE, "mapping",
					"the mapping names columns the file does not have");
		}
		var points = new LinkedHashMap<String, Double>();
		for (var record : records.subList(1, records.size())) {
			long line = record.getRecordNumber();
			if (record.size() <= Math.max(period, value)) {
				throw rowRefused("columns", line);
			}
			var p = period(record.get(period));
			var v = number(record.get(value));
			if (p == null) {
				throw rowRefused("period", line);
			}
			if (v == null) {
				throw rowRefused("value", line);
			}
			if (points.put(p, v) != null) {
				throw rowRefused("duplicate", line);
			}
		}
		return importSeries(series, points);
	}

	/**
	 * Stores a series, by staff of its partnership's cities or of a city in one of its two countries (platform admins
	 * any).
	 */
	@Transactional
	public Series importSeries(NewSeries series, Map<String, Double> points) {
		validate(series);
		if (series.partnershipId() != null) {
			scope.requirePartnership(series.partnershipId());
		}
		else {
			scope.requireCountries(series.countryA(), series.countryB());
		}
		if (points.isEmpty() || points.size() > MAX_POINTS) {
			throw new EvaluationRefusedException(EvaluationRefusedException.Reason.MALFORMED_FILE, "rows",
					"a series has 1 to " + MAX_POINTS + " points");
		}
		boolean pair = series.partnershipId() == null;
		var a = pair ? min(series.countryA(), series.countryB()) : null;
		var b = pair ? max(series.countryA(), series.countryB()) : null;
		long id = jdbc.sql("""
				insert into evaluation.series (name, kind, unit, source, partnership_id, country_a, country_b, demo)
				values (:name, :kind, :unit, :source, :partnership, :a, :b, :demo) returning id
				""")
			.param("name", series.name().strip())
			.param("kind", series.kind().name())
			.param("unit", series.unit().strip())
			.param("source", series.source().strip())
			.param("partnership", series.partnershipId())
			.param("a", a)
			.param("b", b)
			.param("demo", series.demo())
			.query(Long.class)
			.single();
		points.forEach((period, value) -> jdbc
			.sql("insert into evaluation.series_point (series_id, period, value) values (:s, :p, :v)")
			.param("s", id)
			.param("p", period)
			.param("v", BigDecimal.valueOf(value))
			.update());
		return find(id);
	}

	/** The series of a partnership and of its two countries. */
	@Transactional(readOnly = true)
	public List<Series> forPartnership(long partnershipId, String countryA, String countryB) {
		return jdbc.sql("""
				select id from evaluation.series where partnership_id = :p
				or (country_a = :a and country_b = :b) order by kind, name, id
				""")
			.param("p", partnershipId)
			.param("a", min(countryA, countryB))
			.param("b", max(countryA, countryB))
			.query(Long.class)
			.list()
			.stream()
			.map(this::find)
			.toList();
	}

	/** The series the caller may manage: of their cities' partnerships or countries (all for a platform admin). */
	@Transactional(readOnly = true)
	public List<Series> managed() {
		var caller = scope.requireStaff();
		var countries = scope.countries(caller);
		return all().stream()
			.filter(s -> s.partnershipId() != null ? scope.mayManagePartnership(caller, s.partnershipId())
					: scope.mayManageCountries(caller, countries, s.countryA(), s.countryB()))
			.toList();
	}

	@Transactional(readOnly = true)
	public List<Series> all() {
		return jdbc.sql("select id from evaluation.series order by id").query(Long.class).list().stream()
			.map(this::find).toList();
	}

	@Transactional
	public void delete(long id) {
		jdbc.sql("delete from evaluation.series where id = :id").param("id", id).update();
	}

	private Series find(long id) {
		var points = jdbc.sql("select period, value from evaluation.series_point where series_id = :s order by period")
			.param("s", id)
			.query((rs, n) -> new Point(rs.getString("period"), rs.getBigDecimal("value").stripTrailingZeros()))
			.list();
		return jdbc.sql("select * from evaluation.series where id = :id")
			.param("id", id)
			.query((rs, n) -> new Series(rs.getLong("id"), rs.getString("name"), Kind.valueOf(rs.getString("kind")),
					rs.getString("unit"), rs.getString("source"),
					rs.getObject("partnership_id") == null ? null : rs.getLong("partnership_id"),
					rs.getString("country_a"), rs.getString("country_b"), rs.getBoolean("demo"), points))
			.optional()
			.orElseThrow(() -> new org.amity.shared.NotFoundException("series", String.valueOf(id)));
	}

	private static void validate(NewSeries series) {
		if (series.name() == null || series.name().isBlank() || series.name().length() > 200) {
			throw metadata("name");
		}
		if (series.unit() == null || series.unit().isBlank() || series.unit().length() > 50) {
			throw metadata("unit");
		}
		if (series.source() == null || series.source().isBlank() || series.source().length() > 500) {
			throw metadata("source");
		}
		if (series.kind() == null) {
			throw metadata("kind");
		}
		if (series.partnershipId() == null && (series.countryA() == null || series.countryB() == null
				|| !series.countryA().matches("[A-Z]{2}") || !series.countryB().matches("[A-Z]{2}")
				|| series.countryA().equals(series.countryB()))) {
			throw metadata("countries");
		}
	}

	private static EvaluationRefusedException metadata(String field) {
		return new EvaluationRefusedException(EvaluationRefusedException.Reason.MALFORMED_FILE, field,
				"the series needs its " + field);
	}

	private static EvaluationRefusedException rowRefused(String what, long line) {
		// the header is record 1, so a record's number is its line when no quoted cell spans lines
		return new EvaluationRefusedException(EvaluationRefusedException.Reason.MALFORMED_FILE, what,
				"line " + line + ": unreadable " + what, line);
	}

	static String period(String text) {
		var matcher = PERIOD.matcher(text.strip());
		if (!matcher.matches()) {
			return null;
		}
		try {
			int year = Integer.parseInt(matcher.group(1));
			if (year < 1800 || year > 2200) {
				return null;
			}
			if (matcher.group(2) == null) {
				return String.valueOf(year);
			}
			int month = Integer.parseInt(matcher.group(2));
			if (matcher.group(3) == null) {
				return YearMonth.of(year, month).toString();
			}
			return LocalDate.of(year, month, Integer.parseInt(matcher.group(3))).toString();
		}
		catch (DateTimeException e) {
			return null;
		}
	}

	/** A number as spreadsheets write it: {@code 1234.5}, {@code 1,234.5}, {@code 12%} (as 12); never a word. */
	static Double number(String text) {
		var clean = text.strip().replace(" ", "").replace("\u00a0", "");
		if (clean.endsWith("%")) {
			clean = clean.substring(0, clean.length() - 1);
		}
		if (GROUPED.matcher(clean).matches()) {
			clean = clean.replace(",", "");
		}
		if (!clean.matches("-?\\d+(\\.\\d+)?")) {
			return null;
		}
		return Double.valueOf(clean);
	}

	static List<CSVRecord> parse(byte[] file) {
		if (file == null || file.length == 0) {
			throw new EvaluationRefusedException(EvaluationRefusedException.Reason.MALFORMED_FILE, "empty",
					"the file is empty");
		}
		if (file.length > MAX_BYTES) {
			throw new EvaluationRefusedException(EvaluationRefusedException.Reason.MALFORMED_FILE, "size",
					"the file is larger than " + MAX_BYTES + " bytes", MAX_BYTES / 1024 / 1024);
		}
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(file))
				.toString();
		}
		catch (CharacterCodingException e) {
			throw new EvaluationRefusedException(EvaluationRefusedException.Reason.MALFORMED_FILE, "encoding",
					"the file is not UTF-8");
		}
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		if (text.indexOf('\0') >= 0) {
			throw new EvaluationRefusedException(EvaluationRefusedException.Reason.MALFORMED_FILE, "encoding",
					"the file holds a NUL character");
		}
		var delimiter = text.lines().findFirst().orElse("").contains(";") && !text.lines().findFirst().orElse("")
			.contains(",") ? ';' : ',';
		try (var parser = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).setTrim(true)
			.get()
			.parse(new StringReader(text))) {
			var records = parser.getRecords();
			if (records.size() < 2) {
				throw new EvaluationRefusedException(EvaluationRefusedException.Reason.MALFORMED_FILE, "rows",
						"the file needs a header and at least one row");
			}
			var header = records.get(0).toList().stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
			if (header.stream().anyMatch(String::isBlank) || header.stream().distinct().count() != header.size()) {
				throw new EvaluationRefusedException(EvaluationRefusedException.Reason.MALFORMED_FILE, "header",
						"every column needs a distinct name");
			}
			return new ArrayList<>(records);
		}
		catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
			throw new EvaluationRefusedException(EvaluationRefusedException.Reason.MALFORMED_FILE, "csv",
					"the file is not well-formed CSV");
		}
	}

	private static String min(String a, String b) {
		return a.compareTo(b) <= 0 ? a : b;
	}

	private static String max(String a, String b) {
		return a.compareTo(b) <= 0 ? b : a;
	}
}
