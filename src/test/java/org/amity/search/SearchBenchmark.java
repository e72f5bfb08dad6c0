package org.amity.search;

import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.amity.shared.LocalizedText;
import org.amity.shared.search.SearchDocument;
import org.postgresql.PGConnection;

/**
 * Indexes 100,000 generated documents in Korean, Japanese, Indonesian and English into the embedded Lucene backend,
 * runs a mixed query load against it from a fixed number of threads, and runs the same queries as PostgreSQL
 * {@code ILIKE} over the same documents in an embedded PostgreSQL, as the reference measured in the same run. Prints
 * indexing documents per second, query p50/p95/p99 of both (Lucene also by CPU time), their ratios at p50 and p95, the
 * load average at the start and the end, and the goals (p95 ≤ 20 ms, ≥ 10× faster than ILIKE).
 * <p>
 * A plain {@code main}, not a test: {@code ./mvnw verify} never runs it, and it reports rather than gates. Run it with
 * {@code bench/search.sh}. The generator is seeded, so every run indexes and asks the same.
 *
 * <pre>
 * arguments: [--docs=N] [--queries=N] [--ilike-queries=N] [--warmup=N] [--seed=N] [--threads=N]
 * </pre>
 */
public final class SearchBenchmark {

	static final double GOAL_P95_MILLIS = 20;
	static final double GOAL_OVER_ILIKE = 10;

	private SearchBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		var options = new HashMap<String, Long>(Map.of("docs", 100_000L, "queries", 2_000L, "ilike-queries", 200L,
				"warmup", 500L, "seed", 20261129L, "threads", 2L));
		for (var arg : args) {
			var parts = arg.replaceFirst("^--", "").split("=", 2);
			if (parts.length != 2 || !options.containsKey(parts[0])) {
				System.err.println("search benchmark: unknown argument " + arg);
				System.exit(2);
			}
			options.put(parts[0], Long.parseLong(parts[1]));
		}
		try {
			run(options);
			System.exit(0);
		}
		catch (Exception e) {
			System.err.println("search benchmark failed:");
			e.printStackTrace();
			System.exit(1);
		}
	}

	private static void run(Map<String, Long> options) throws Exception {
		int count = options.get("docs").intValue();
		int threadCount = options.get("threads").intValue();
		var generator = new Generator(options.get("seed"));
		var documents = generator.documents(count);
		var queries = generator.queries(options.get("queries").intValue() + options.get("warmup").intValue());
		var loadAtStart = loadAverage();
		System.out.printf(Locale.ROOT,
				"Java %s, %d cores, load average %s at the start; %,d generated documents (%s); %,d queries from %d threads after %,d warm-up%n%n",
				System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), loadAtStart, count,
				kinds(documents), options.get("queries"), threadCount, options.get("warmup"));

		// Indexing: every kind replaced as the indexer does it, commit and facet state included.
		var backend = new LuceneSearchBackend();
		var byKind = new LinkedHashMap<String, List<SearchDocument>>();
		documents.forEach(d -> byKind.computeIfAbsent(d.kind(), k -> new ArrayList<>()).add(d));
		var process = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
		long cpuBefore = process.getProcessCpuTime();
		long started = System.nanoTime();
		byKind.forEach(backend::replace);
		double indexSeconds = (System.nanoTime() - started) / 1e9;
		double indexCpuSeconds = (process.getProcessCpuTime() - cpuBefore) / 1e9;
		System.out.printf(Locale.ROOT,
				"Lucene indexing: %,d documents in %.1f s = %,.0f docs/s  (%.1f s of CPU on all threads = %,.0f docs per CPU-second; %d segments)%n",
				backend.size(), indexSeconds, count / indexSeconds, indexCpuSeconds, count / indexCpuSeconds,
				backend.segments());

		int warmup = options.get("warmup").intValue();
		// the warm-up runs on the same threads as the measured queries, so the JIT has compiled what they run
		measure(backend, queries.subList(0, warmup), threadCount);
		var measured = measure(backend, queries.subList(warmup, queries.size()), threadCount);
		var lucene = measured.wall;
		report("Lucene queries: ", "20 hits with snippets and three facets each; the answer to a request asked before (its count, facets and best hits) is kept until the index changes, as in the app", measured);
		// the same queries again with every request searched afresh: what a query asked for the first
		// time since the index last changed costs
		backend.keepAnswers(0);
		report("  found afresh:  ", "every request searched, counted and weighed again", measure(backend, queries.subList(warmup, queries.size()), threadCount));
		backend.keepAnswers(LuceneSearchBackend.ANSWERED_REQUESTS);

		if (options.get("ilike-queries") == 0) {
			System.out.printf(Locale.ROOT, "%nload average %s at the end%n", loadAverage());
			printGoals(lucene, null);
			return;
		}
		var ilike = ilike(documents, queries.subList(warmup, queries.size()), options.get("ilike-queries").intValue());
		System.out.printf(Locale.ROOT,
				"ILIKE queries:   p50 %6.2f ms  p95 %6.2f ms  p99 %6.2f ms  max %7.2f ms  (%,d queries one after the other; the text as typed, %%text%% over 8 columns, first 20 by id, and the count)%n",
				percentile(ilike, 50), percentile(ilike, 95), percentile(ilike, 99), ilike[ilike.length - 1],
				ilike.length);
		System.out.printf(Locale.ROOT, "%nload average %s at the end%n", loadAverage());
		printGoals(lucene, ilike);
	}

	private static void report(String label, String what, Measured measured) {
		var wall = measured.wall;
		var cpu = measured.cpu;
		System.out.printf(Locale.ROOT,
				"%s p50 %6.2f ms  p95 %6.2f ms  p99 %6.2f ms  max %7.2f ms  (%,d queries, %,.0f queries/s, %,.0f matches on average; %s)%n",
				label, percentile(wall, 50), percentile(wall, 95), percentile(wall, 99), wall[wall.length - 1], wall.length,
				wall.length / measured.seconds, (double) measured.matched / wall.length, what);
		System.out.printf(Locale.ROOT,
				"  of which CPU: p50 %6.2f ms  p95 %6.2f ms  p99 %6.2f ms  (the thread's own CPU time: what the wall time is when no other process competes for the cores)%n",
				percentile(cpu, 50), percentile(cpu, 95), percentile(cpu, 99));
		var slowest = new ArrayList<>(measured.byText.entrySet());
		slowest.removeIf(e -> e.getValue()[1] < 5);
		slowest.sort((a, b) -> Double.compare(b.getValue()[0] / b.getValue()[1], a.getValue()[0] / a.getValue()[1]));
		var listed = new ArrayList<String>();
		for (var entry : slowest.subList(0, Math.min(5, slowest.size()))) {
			listed.add(String.format(Locale.ROOT, "%s %.1f ms", entry.getKey(), entry.getValue()[0] / entry.getValue()[1]));
		}
		System.out.println("  slowest texts asked 5 times or more, mean CPU: " + String.join(", ", listed));
	}

	private static void printGoals(double[] lucene, double[] ilike) {
		double p95 = percentile(lucene, 95);
		System.out.printf(Locale.ROOT, "goal: query p95 ≤ %.0f ms → %s (%.2f ms)%n", GOAL_P95_MILLIS,
				p95 <= GOAL_P95_MILLIS ? "PASS" : "FAIL", p95);
		if (ilike == null) {
			return;
		}
		double ratio50 = percentile(ilike, 50) / percentile(lucene, 50);
		double ratio95 = percentile(ilike, 95) / p95;
		System.out.printf(Locale.ROOT, "ILIKE / Lucene: %.0f× at p50, %.0f× at p95%n", ratio50, ratio95);
		System.out.printf(Locale.ROOT, "goal: ≥ %.0f× faster than ILIKE at p50 → %s (%.0f×)%n", GOAL_OVER_ILIKE,
				ratio50 >= GOAL_OVER_ILIKE ? "PASS" : "FAIL", ratio50);
		System.out.printf(Locale.ROOT, "goal: ≥ %.0f× faster than ILIKE at p95 → %s (%.0f×)%n", GOAL_OVER_ILIKE,
				ratio95 >= GOAL_OVER_ILIKE ? "PASS" : "FAIL", ratio95);
	}

	private record Measured(double[] wall, double[] cpu, long matched, double seconds, Map<String, double[]> byText) {
	}

	/**
	 * The queries shared out among a fixed number of threads, each taking the next one as soon as it is done (a
	 * closed load); times sorted.
	 */
	private static Measured measure(LuceneSearchBackend backend, List<SearchRequest> queries, int threadCount)
			throws Exception {
		var wall = new double[queries.size()];
		var cpu = new double[queries.size()];
		var next = new java.util.concurrent.atomic.AtomicInteger();
		var matched = new java.util.concurrent.atomic.AtomicLong();
		var threads = ManagementFactory.getThreadMXBean();
		var texts = new String[queries.size()];
		var pool = java.util.concurrent.Executors.newFixedThreadPool(threadCount);
		long started = System.nanoTime();
		try {
			var running = new ArrayList<java.util.concurrent.Future<?>>();
			for (int t = 0; t < threadCount; t++) {
				running.add(pool.submit(() -> {
					for (int i = next.getAndIncrement(); i < queries.size(); i = next.getAndIncrement()) {
						long c = threads.getCurrentThreadCpuTime();
						long at = System.nanoTime();
						matched.addAndGet(backend.search(queries.get(i)).total());
						wall[i] = (System.nanoTime() - at) / 1e6;
						cpu[i] = (threads.getCurrentThreadCpuTime() - c) / 1e6;
						texts[i] = queries.get(i).text();
					}
					return null;
				}));
			}
			for (var thread : running) {
				thread.get();
			}
		}
		finally {
			pool.shutdownNow();
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		// CPU time and count per query text, for the slowest ones
		var byText = new HashMap<String, double[]>();
		for (int i = 0; i < texts.length; i++) {
			var sum = byText.computeIfAbsent(texts[i], t -> new double[2]);
			sum[0] += cpu[i];
			sum[1]++;
		}
		Arrays.sort(wall);
		Arrays.sort(cpu);
		return new Measured(wall, cpu, matched.get(), seconds, byText);
	}

	/** The load average over 1, 5 and 15 minutes, so that a run on a busy machine shows as one. */
	private static String loadAverage() {
		try {
			var fields = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
			return fields[0] + " / " + fields[1] + " / " + fields[2];
		}
		catch (Exception e) {
			return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
		}
	}

	/**
	 * The reference: the documents in one PostgreSQL table (a column per language of title and body), each query's
	 * text as typed matched with ILIKE against every column, as a search without an index of words would do.
	 */
	private static double[] ilike(List<SearchDocument> documents, List<SearchRequest> queries, int limit)
			throws Exception {
		var directory = Path.of("target/bench-search-postgres");
		Files.createDirectories(directory);
		try (var postgres = EmbeddedPostgres.builder()
			.setDataDirectory(Files.createTempDirectory(directory, "run-"))
			.setCleanDataDirectory(true)
			.setServerConfig("fsync", "off")
			.setServerConfig("shared_buffers", "256MB")
			.start(); Connection connection = postgres.getPostgresDatabase().getConnection()) {
			try (var statement = connection.createStatement()) {
				statement.execute("""
						create table document (kind text, id text, title_en text, title_ko text, title_ja text,
						  title_id text, body_en text, body_ko text, body_ja text, body_id text, countries text[],
						  year int, primary key (kind, id))""");
			}
			var csv = new StringBuilder();
			for (var d : documents) {
				csv.append(cell(d.kind())).append(',').append(cell(d.id()));
				for (var language : LocalizedText.LANGUAGES) {
					csv.append(',').append(cell(d.title().exactly(language).orElse("")));
				}
				for (var language : LocalizedText.LANGUAGES) {
					csv.append(',').append(cell(d.body().exactly(language).orElse("")));
				}
				csv.append(',').append(cell("{" + String.join(",", d.countries()) + "}"));
				csv.append(',').append(d.year() == null ? "" : d.year()).append('\n');
			}
			connection.unwrap(PGConnection.class).getCopyAPI()
				.copyIn("copy document from stdin (format csv)", new StringReader(csv.toString()));
			try (var statement = connection.createStatement()) {
				statement.execute("vacuum analyze document");
			}
			var sql = """
					select kind, id, count(*) over () from document
					where title_en ilike ? or title_ko ilike ? or title_ja ilike ? or title_id ilike ?
					   or body_en ilike ? or body_ko ilike ? or body_ja ilike ? or body_id ilike ?
					order by id limit 20""";
			int n = Math.min(limit, queries.size());
			var times = new double[n];
			try (var statement = connection.prepareStatement(sql)) {
				for (int i = -Math.min(10, n); i < n; i++) {
					var query = queries.get(Math.floorMod(i, n));
					var pattern = "%" + query.text().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
					for (int p = 1; p <= 8; p++) {
						statement.setString(p, pattern);
					}
					long t = System.nanoTime();
					try (var rows = statement.executeQuery()) {
						while (rows.next()) {
							rows.getString(2);
						}
					}
					if (i >= 0) {
						times[i] = (System.nanoTime() - t) / 1e6;
					}
				}
			}
			Arrays.sort(times);
			return times;
		}
	}

	private static String cell(String text) {
		return '"' + text.replace("\"", "\"\"") + '"';
	}

	private static double percentile(double[] sorted, int percent) {
		int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
	}

	private static String kinds(List<SearchDocument> documents) {
		var counts = new LinkedHashMap<String, Integer>();
		documents.forEach(d -> counts.merge(d.kind(), 1, Integer::sum));
		var parts = new ArrayList<String>();
		counts.forEach((kind, n) -> parts.add(String.format(Locale.ROOT, "%,d %ss", n, kind)));
		return String.join(", ", parts);
	}

	/**
	 * Documents and queries from fixed vocabularies in the four languages and a seeded random: places, partnerships,
	 * programs, events and organisations titled and described in each language, and queries as readers type them
	 * (names in any script, a word with a Korean particle, a Latin name with a typo, both spellings of an Indonesian
	 * compound, part of a Japanese word, two words, sometimes a facet).
	 */
	static final class Generator {

		/** English, Korean, Japanese, Indonesian; and the country. */
		static final String[][] CITIES = { { "Tokyo", "도쿄", "東京", "Tokyo", "JP" }, { "Seoul", "서울", "ソウル", "Seoul", "KR" },
				{ "Jakarta", "자카르타", "ジャカルタ", "Jakarta", "ID" }, { "Osaka", "오사카", "大阪", "Osaka", "JP" },
				{ "Busan", "부산", "釜山", "Busan", "KR" }, { "Surabaya", "수라바야", "スラバヤ", "Surabaya", "ID" },
				{ "Kyoto", "교토", "京都", "Kyoto", "JP" }, { "Incheon", "인천", "仁川", "Incheon", "KR" },
				{ "Bandung", "반둥", "バンドン", "Bandung", "ID" }, { "Yokohama", "요코하마", "横浜", "Yokohama", "JP" },
				{ "Daegu", "대구", "大邱", "Daegu", "KR" }, { "Medan", "메단", "メダン", "Medan", "ID" },
				{ "Nagoya", "나고야", "名古屋", "Nagoya", "JP" }, { "Gwangju", "광주", "光州", "Gwangju", "KR" },
				{ "Semarang", "세마랑", "スマラン", "Semarang", "ID" }, { "Sapporo", "삿포로", "札幌", "Sapporo", "JP" },
				{ "Daejeon", "대전", "大田", "Daejeon", "KR" }, { "Makassar", "마카사르", "マカッサル", "Makassar", "ID" },
				{ "Fukuoka", "후쿠오카", "福岡", "Fukuoka", "JP" }, { "Ulsan", "울산", "蔚山", "Ulsan", "KR" },
				{ "Paris", "파리", "パリ", "Paris", "FR" }, { "Berlin", "베를린", "ベルリン", "Berlin", "DE" },
				{ "London", "런던", "ロンドン", "London", "GB" }, { "New York", "뉴욕", "ニューヨーク", "New York", "US" },
				{ "Beijing", "베이징", "北京", "Beijing", "CN" }, { "Cairo", "카이로", "カイロ", "Kairo", "EG" },
				{ "Moscow", "모스크바", "モスクワ", "Moskwa", "RU" }, { "Rome", "로마", "ローマ", "Roma", "IT" },
				{ "Sydney", "시드니", "シドニー", "Sydney", "AU" }, { "São Paulo", "상파울루", "サンパウロ", "São Paulo", "BR" } };

		static final String[][] TOPICS = { { "youth exchange", "청소년 교류", "青少年交流", "pertukaran pemuda" },
				{ "sister-city agreement", "자매도시 협정", "姉妹都市協定", "perjanjian kota kembar" },
				{ "cultural festival", "문화 축제", "文化祭", "festival kebudayaan" },
				{ "disaster response training", "재난 대응 훈련", "防災訓練", "pelatihan tanggap bencana" },
				{ "economic cooperation", "경제 협력", "経済協力", "kerjasama ekonomi" },
				{ "environmental cooperation", "환경 협력", "環境協力", "bekerja sama di bidang lingkungan" },
				{ "student homestay", "학생 홈스테이", "学生ホームステイ", "tinggal bersama keluarga pelajar" },
				{ "sports tournament", "스포츠 대회", "スポーツ大会", "turnamen olahraga" },
				{ "photo exhibition", "사진전", "写真展", "pameran foto" },
				{ "tourism promotion", "관광 홍보", "観光振興", "promosi pariwisata" },
				{ "urban safety forum", "도시 안전 포럼", "都市安全フォーラム", "forum keselamatan kota" },
				{ "kimchi cooking class", "김치 요리 교실", "キムチ料理教室", "kelas memasak kimchi" },
				{ "music concert", "음악회", "音楽会", "konser musik" },
				{ "medical volunteer program", "의료 봉사 프로그램", "医療ボランティア事業", "program relawan kesehatan" },
				{ "smart city workshop", "스마트시티 워크숍", "スマートシティ研修", "lokakarya kota cerdas" },
				{ "official visit of the mayor", "시장 공식 방문", "市長の公式訪問", "kunjungan resmi wali kota" } };

		static final String[][] VERBS = { { "hold", "개최합니다", "開催します", "menyelenggarakan" },
				{ "plan", "계획합니다", "計画しています", "merencanakan" },
				{ "renew", "갱신합니다", "更新します", "memperbarui" }, { "celebrate", "기념합니다", "記念します", "merayakan" } };

		static final String[] KINDS = { "place", "place", "place", "partnership", "partnership", "partnership",
				"program", "program", "event", "event", "actor" };

		private final Random random;
		private final List<String> names = new ArrayList<>();

		Generator(long seed) {
			this.random = new Random(seed);
		}

		List<SearchDocument> documents(int count) {
			var documents = new ArrayList<SearchDocument>(count);
			for (int i = 0; i < count; i++) {
				var kind = KINDS[random.nextInt(KINDS.length)];
				var a = CITIES[random.nextInt(CITIES.length)];
				var b = CITIES[random.nextInt(CITIES.length)];
				var topic = TOPICS[random.nextInt(TOPICS.length)];
				var verb = VERBS[random.nextInt(VERBS.length)];
				int year = 1950 + random.nextInt(76);
				var name = name();
				var title = switch (kind) {
					case "place" -> LocalizedText.of(name + " " + a[0], name + " " + a[1], name + " " + a[2], name + " " + a[3]);
					case "partnership" -> LocalizedText.of(a[0] + " – " + b[0], a[1] + " – " + b[1], a[2] + "・" + b[2],
							a[3] + " – " + b[3]);
					default -> LocalizedText.of(a[0] + " " + topic[0] + " " + name, a[1] + " " + topic[1] + " " + name,
							a[2] + topic[2] + " " + name, topic[3] + " " + a[3] + " " + name);
				};
				var body = LocalizedText.of(
						a[0] + " and " + b[0] + " " + verb[0] + " a " + topic[0] + " with " + name + " in " + year
								+ ". Partners from both cities take part.",
						a[1] + "와 " + b[1] + "는 " + year + "년에 " + name + "와 함께 " + topic[1] + "를 " + verb[1]
								+ ". 두 도시의 자매도시 관계를 잇는 사업입니다.",
						a[2] + "と" + b[2] + "は" + year + "年に" + name + "と共に" + topic[2] + "を" + verb[2]
								+ "。両都市の姉妹都市交流の一環です。",
						a[3] + " dan " + b[3] + " " + verb[3] + " " + topic[3] + " bersama " + name + " pada tahun "
								+ year + ". Kedua kota bekerja sama sebagai kota kembar.");
				documents.add(new SearchDocument(kind, kind + "-" + i, "/" + kind + "s/" + i, title, body, List.of(),
						new java.util.TreeSet<>(List.of(a[4], b[4])), kind.equals("place") ? null : year, random.nextDouble()));
			}
			return documents;
		}

		/** A made-up proper name, such as an organisation's; rare words make rare queries. */
		private String name() {
			var syllables = new String[] { "ka", "ri", "to", "ma", "su", "ne", "lo", "pa", "di", "ya", "ban", "gor",
					"sen", "mi", "ra", "tu" };
			var name = new StringBuilder();
			int length = 2 + random.nextInt(3);
			for (int i = 0; i < length; i++) {
				name.append(syllables[random.nextInt(syllables.length)]);
			}
			name.setCharAt(0, Character.toUpperCase(name.charAt(0)));
			if (names.size() < 5_000) {
				names.add(name.toString());
			}
			return name.toString();
		}

		List<SearchRequest> queries(int count) {
			var queries = new ArrayList<SearchRequest>(count);
			var languages = new Locale[] { Locale.ENGLISH, Locale.KOREAN, Locale.JAPANESE, Locale.forLanguageTag("id") };
			for (int i = 0; i < count; i++) {
				var a = CITIES[random.nextInt(CITIES.length)];
				var b = CITIES[random.nextInt(CITIES.length)];
				var topic = TOPICS[random.nextInt(TOPICS.length)];
				int language = random.nextInt(4);
				var text = switch (random.nextInt(10)) {
					case 0 -> a[language];
					case 1 -> a[language] + " " + b[language];
					case 2 -> topic[language];
					case 3 -> a[0].length() > 4 ? typo(a[0]) : a[0];
					case 4 -> random.nextBoolean() ? "kerjasama" : "bekerja sama";
					case 5 -> "자매도시를";
					case 6 -> "姉妹都市";
					case 7 -> names.get(random.nextInt(names.size()));
					case 8 -> a[2].length() > 2 ? a[2].substring(0, a[2].length() - 1) : a[2];
					default -> a[language] + " " + topic[language].split(" ")[0];
				};
				Set<String> kinds = random.nextInt(4) == 0 ? Set.of(KINDS[random.nextInt(KINDS.length)]) : Set.of();
				Set<String> countries = random.nextInt(6) == 0 ? Set.of(a[4]) : Set.of();
				queries.add(new SearchRequest(text, kinds, countries, Set.of(), languages[language], 20));
			}
			return queries;
		}

		/** One letter swapped with the next: the commonest typo. */
		private String typo(String word) {
			int at = 1 + random.nextInt(word.length() - 2);
			var chars = word.toCharArray();
			var c = chars[at];
			chars[at] = chars[at + 1];
			chars[at + 1] = c;
			return new String(chars);
		}
	}
}
