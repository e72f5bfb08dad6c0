package org.amity.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.amity.city.Countries;
import org.amity.city.Gazetteer;
import org.amity.partnership.Partnerships;
import org.amity.shared.LocalizedText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo data that shows what evaluation reads once a partnership's work is recorded: Seoul–Tokyo programs, participants,
 * events, volunteering and a campaign from 2016 on (after the real 2015 joint statement, so the real reading of the
 * dormant decade and the 2014 revival stays as the records have it), and a youth-exchange survey answered before and
 * after by 40 participants and 40 people of a comparison group, generated from a fixed seed so every run shows the same
 * figures. Everything it writes is flagged as demo and shown as such; {@code amity.demo.enabled=false} (the
 * {@code production} profile) leaves it out.
 */
@Component
@ConditionalOnProperty(name = "amity.demo.enabled", havingValue = "true", matchIfMissing = true)
@Order(10)
class DemoData implements ApplicationRunner {

	static final long SEED = 20250804L;
	static final int PARTICIPANTS = 40;
	static final int COMPARISON = 40;
	static final int FIRST_YEAR = 2016;

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final Partnerships partnerships;
	private final Gazetteer gazetteer;
	private final Indicators indicators;
	private final Surveys surveys;
	private final TimeSeries series;
	private final JdbcClient jdbc;
	private final TransactionTemplate transaction;
	private final org.amity.identity.CurrentUser currentUser;

	DemoData(Partnerships partnerships, Gazetteer gazetteer, Indicators indicators, Surveys surveys,
			TimeSeries series, JdbcClient jdbc, TransactionTemplate transaction,
			org.amity.identity.CurrentUser currentUser) {
		this.currentUser = currentUser;
		this.partnerships = partnerships;
		this.gazetteer = gazetteer;
		this.indicators = indicators;
		this.surveys = surveys;
		this.series = series;
		this.jdbc = jdbc;
		this.transaction = transaction;
	}

	@Override
	public void run(ApplicationArguments args) {
		// Amity's own seeding, not a person's change: it may create records of any partnership
		currentUser.runAs(org.amity.identity.Caller.system(), this::load);
	}

	void load() {
		var partnership = partnerships.findBySlug("seoul-kr-tokyo-jp").orElse(null);
		var seoul = gazetteer.findBySlug("seoul-kr").orElse(null);
		if (partnership == null || seoul == null) {
			return; // the real records are not loaded: nothing to add demo work to
		}
		boolean loaded = jdbc.sql("select exists (select 1 from evaluation.survey where demo and partnership_id = :p)")
			.param("p", partnership.id())
			.query(Boolean.class)
			.single();
		if (loaded) {
			return;
		}
		log.info("Loading the Seoul–Tokyo demo exchange, events and survey (amity.demo.enabled=false leaves them out)");
		var fromSeoul = partnership.placeA() == seoul.id() ? Indicators.Direction.A_TO_B : Indicators.Direction.B_TO_A;
		var fromTokyo = fromSeoul == Indicators.Direction.A_TO_B ? Indicators.Direction.B_TO_A
				: Indicators.Direction.A_TO_B;
		transaction.executeWithoutResult(status -> {
			activities(partnership.id(), fromSeoul, fromTokyo).forEach(a -> indicators.record(a, true));
			survey(partnership.id());
			series.importSeries(new TimeSeries.NewSeries("Visitors from Korea to Japan (demo figures)",
					TimeSeries.Kind.TOURISM, "thousand visitors", "Amity demo data (illustrative, not official)", null,
					"JP", "KR", true), visitors());
		});
	}

	/** The demo's activity per year: what a revived partnership might run, with the 2019 tension and 2020 pandemic. */
	static List<PartnershipActivity> activities(long id, Indicators.Direction fromSeoul,
			Indicators.Direction fromTokyo) {
		var list = new ArrayList<PartnershipActivity>();
		// year, programs, participants Seoul→Tokyo, Tokyo→Seoul, events, attendance, volunteers, hours, campaigns, reach
		int[][] years = { { 2016, 1, 15, 12, 1, 900, 0, 0, 0, 0 }, { 2017, 1, 18, 16, 1, 1100, 20, 160, 0, 0 },
				{ 2018, 2, 24, 22, 1, 1500, 30, 240, 0, 0 }, { 2019, 1, 8, 6, 0, 0, 0, 0, 1, 12000 },
				{ 2020, 0, 0, 0, 0, 0, 0, 0, 1, 48000 }, { 2022, 0, 0, 0, 1, 600, 10, 60, 0, 0 },
				{ 2023, 1, 20, 20, 1, 1800, 35, 280, 0, 0 }, { 2024, 2, 30, 26, 1, 2100, 40, 320, 1, 30000 },
				{ 2025, 1, 40, 0, 1, 2300, 45, 360, 0, 0 } };
		for (var y : years) {
			int year = y[0];
			String ref = "demo:" + year + ":";
			if (y[1] > 0) {
				list.add(new PartnershipActivity(id, year, Indicators.Measure.PROGRAM, null, y[1],
						"Seoul–Tokyo youth exchange", ref + "programs"));
				list.add(new PartnershipActivity(id, year, Indicators.Measure.CALL, null, 1, null, ref + "calls"));
				list.add(new PartnershipActivity(id, year, Indicators.Measure.APPLICATION, fromSeoul, y[2] * 3, null,
						ref + "applications:seoul"));
				list.add(new PartnershipActivity(id, year, Indicators.Measure.PARTICIPANT, fromSeoul, y[2], null,
						ref + "participants:seoul"));
				if (y[3] > 0) {
					list.add(new PartnershipActivity(id, year, Indicators.Measure.APPLICATION, fromTokyo, y[3] * 2, null,
							ref + "applications:tokyo"));
					list.add(new PartnershipActivity(id, year, Indicators.Measure.PARTICIPANT, fromTokyo, y[3], null,
							ref + "participants:tokyo"));
				}
			}
			if (y[4] > 0) {
				list.add(new PartnershipActivity(id, year, Indicators.Measure.EVENT, null, y[4], "Seoul–Tokyo Week",
						ref + "events"));
				list.add(new PartnershipActivity(id, year, Indicators.Measure.ATTENDANCE, null, y[5], null,
						ref + "attendance"));
			}
			if (y[6] > 0) {
				list.add(new PartnershipActivity(id, year, Indicators.Measure.VOLUNTEER, null, y[6], null,
						ref + "volunteers"));
				list.add(new PartnershipActivity(id, year, Indicators.Measure.VOLUNTEER_HOURS, null, y[7], null,
						ref + "volunteer-hours"));
			}
			if (y[8] > 0) {
				list.add(new PartnershipActivity(id, year, Indicators.Measure.CAMPAIGN, null, y[8],
						"#SeoulTokyoFriends", ref + "campaigns"));
				list.add(new PartnershipActivity(id, year, Indicators.Measure.REACH, null, y[9], null, ref + "reach"));
			}
		}
		return list;
	}

	static Map<String, Double> visitors() {
		var points = new HashMap<String, Double>();
		double[] thousands = { 5090, 7140, 7538, 5584, 488, 19, 1013, 6958, 8818, 9200 };
		for (int i = 0; i < thousands.length; i++) {
			points.put(String.valueOf(2016 + i), thousands[i]);
		}
		return points;
	}

	private void survey(long partnershipId) {
		var japan = LocalizedText.of(Countries.name("JP", Locale.ENGLISH), Countries.name("JP", Locale.KOREAN),
				Countries.name("JP", Locale.JAPANESE), Countries.name("JP", Locale.forLanguageTag("id")));
		var tokyo = LocalizedText.of("Tokyo", "도쿄", "東京", "Tokyo");
		var survey = surveys.createMutualUnderstanding(
				LocalizedText.of("Seoul–Tokyo youth exchange 2025: how we see each other",
						"2025 서울–도쿄 청소년 교류: 서로를 어떻게 보는가", "2025年ソウル–東京青少年交流：互いをどう見るか",
						"Pertukaran pemuda Seoul–Tokyo 2025: bagaimana kita saling memandang"),
				partnershipId, Survey.Mode.ANONYMOUS, japan, tokyo, true);
		answer(survey.id(), new Random(SEED));
	}

	/** Participants gain about one point on impressions, trust and intention and lose some stereotypes; others not. */
	void answer(long surveyId, Random random) {
		String[] comments = { "도쿄 친구들이 생각보다 훨씬 친절했다.", "역사 문제를 솔직하게 이야기할 수 있어서 좋았다.",
				"다시 도쿄에 가고 싶다.", "언어가 어려웠지만 금방 친해졌다.", "뉴스에서 보던 일본과 달랐다.",
				"홈스테이 가족이 정말 따뜻했다." };
		String[] japanese = { "ソウルの学生と話せてよかった。", "また会いたい友達ができた。", "交流がもっと続いてほしい。",
				"ニュースとは違う印象を持った。", "言葉の壁はあったが楽しかった。" };
		for (int i = 0; i < PARTICIPANTS + COMPARISON; i++) {
			boolean participant = i < PARTICIPANTS;
			var group = participant ? Survey.Group.PARTICIPANT : Survey.Group.COMPARISON;
			var code = (participant ? "DEMO-P" : "DEMO-C") + String.format("%02d", i);
			// a handful of respondents in Tokyo answered in Japanese, two in English: fewer than five, withheld
			var language = participant && i >= 30 && i < 35 ? "ja" : participant && i >= 35 && i < 37 ? "en" : "ko";
			var before = new HashMap<String, Surveys.Answer>();
			var after = new HashMap<String, Surveys.Answer>();
			for (var item : MutualUnderstanding.LIKERT_CODES) {
				boolean stereotype = item.equals("stereotypes");
				int pre = clamp((int) Math.round((stereotype ? 3.4 : 2.7) + random.nextGaussian() * 0.9));
				double shift = participant ? (stereotype ? -0.8 : 1.0) : (stereotype ? -0.05 : 0.1);
				int post = clamp((int) Math.round(pre + shift + random.nextGaussian() * 0.7));
				before.put(item, Surveys.Answer.number(pre));
				after.put(item, Surveys.Answer.number(post));
			}
			before.put("acquaintances", Surveys.Answer.choices(random.nextInt(10) < 8 ? "none" : "one_two"));
			after.put("acquaintances", Surveys.Answer.choices(participant
					? (random.nextBoolean() ? "three_five" : "one_two") : random.nextInt(10) < 8 ? "none" : "one_two"));
			var sources = List.of("news", "social_media", "culture", "school", "people", "travel");
			before.put("information_sources", Surveys.Answer.choices(pick(sources, random, false)));
			after.put("information_sources", Surveys.Answer.choices(pick(sources, random, participant)));
			if (participant && language.equals("ko") && i % 3 == 0) {
				after.put("comment", Surveys.Answer.text(comments[(i / 3) % comments.length]));
			}
			if (participant && language.equals("ja")) {
				after.put("comment", Surveys.Answer.text(japanese[i - 30]));
			}
			if (participant && language.equals("en")) {
				after.put("comment", Surveys.Answer.text("I would like to go back to Tokyo."));
			}
			surveys.respond(surveyId, new Surveys.Response(code, Survey.Wave.PRE, group, null, false, language,
					before, true));
			surveys.respond(surveyId, new Surveys.Response(code, Survey.Wave.POST, group, null, false, language,
					after, true));
		}
	}

	private static String[] pick(List<String> sources, Random random, boolean met) {
		var chosen = new ArrayList<String>();
		for (var source : sources) {
			if ((source.equals("people") && met) || random.nextInt(3) == 0) {
				chosen.add(source);
			}
		}
		if (chosen.isEmpty()) {
			chosen.add("news");
		}
		return chosen.toArray(String[]::new);
	}

	private static int clamp(int point) {
		return Math.max(1, Math.min(Survey.LIKERT_POINTS, point));
	}
}
