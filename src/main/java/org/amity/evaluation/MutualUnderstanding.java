package org.amity.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import org.amity.shared.LocalizedText;

/**
 * The built-in mutual-understanding instrument, asked of participants before and after an exchange and of a comparison
 * group: impressions of the other country and of the other city, trust, agreement with stereotypes, intention to visit,
 * acquaintances there and main sources of information, and what the respondent would add in their own words. Items
 * name the other country and city in each language.
 */
public final class MutualUnderstanding {

	public static final String INSTRUMENT = "mutual-understanding";

	private MutualUnderstanding() {
	}

	public static List<Surveys.NewItem> items(LocalizedText country, LocalizedText city) {
		var items = new ArrayList<Surveys.NewItem>();
		items.add(likert("impression_country", Survey.Scale.IMPRESSION, text(country,
				"My impression of %s", "%s에 대한 나의 인상", "%sに対する私の印象", "Kesan saya tentang %s")));
		items.add(likert("impression_city", Survey.Scale.IMPRESSION, text(city,
				"My impression of %s", "%s에 대한 나의 인상", "%sに対する私の印象", "Kesan saya tentang %s")));
		items.add(likert("trust", Survey.Scale.AGREEMENT, text(country,
				"Most people in %s can be trusted", "%s 사람들은 대체로 믿을 수 있다", "%sの人々の多くは信頼できる",
				"Kebanyakan orang di %s dapat dipercaya")));
		items.add(likert("stereotypes", Survey.Scale.AGREEMENT, text(country,
				"The common stereotypes about people from %s are accurate",
				"%s 사람들에 대한 흔한 고정관념은 정확하다", "%sの人々についてのよくある固定観念は正しい",
				"Stereotip umum tentang orang dari %s itu tepat")));
		items.add(likert("intention_visit", Survey.Scale.AGREEMENT, text(city,
				"I intend to visit %s in the next five years", "앞으로 5년 안에 %s을(를) 방문할 생각이다",
				"今後5年以内に%sを訪れるつもりだ", "Saya berniat mengunjungi %s dalam lima tahun ke depan")));
		items.add(new Surveys.NewItem("acquaintances", Survey.ItemKind.SINGLE_CHOICE, text(city,
				"How many people do you know personally in %s?", "%s에 개인적으로 아는 사람이 몇 명 있습니까?",
				"%sに個人的な知り合いは何人いますか？", "Berapa orang yang Anda kenal secara pribadi di %s?"), null,
				List.of(option("none", "None", "없음", "いない", "Tidak ada"),
						option("one_two", "One or two", "한두 명", "1～2人", "Satu atau dua"),
						option("three_five", "Three to five", "세 명에서 다섯 명", "3～5人", "Tiga sampai lima"),
						option("more", "More than five", "다섯 명 넘게", "6人以上", "Lebih dari lima"))));
		items.add(new Surveys.NewItem("information_sources", Survey.ItemKind.MULTIPLE_CHOICE, text(country,
				"Where does most of what you know about %s come from? (choose all that apply)",
				"%s에 대해 아는 것은 주로 어디에서 왔습니까? (해당하는 것을 모두 고르세요)",
				"%sについて知っていることの多くはどこから得ましたか（当てはまるものをすべて選択）",
				"Dari mana sebagian besar pengetahuan Anda tentang %s? (pilih semua yang sesuai)"), null,
				List.of(option("news", "News on television, radio or in newspapers", "텔레비전·라디오·신문 뉴스",
						"テレビ・ラジオ・新聞のニュース", "Berita di televisi, radio, atau surat kabar"),
						option("social_media", "Social media", "소셜 미디어", "ソーシャルメディア", "Media sosial"),
						option("culture", "Films, dramas, music, comics", "영화·드라마·음악·만화", "映画・ドラマ・音楽・漫画",
								"Film, drama, musik, komik"),
						option("school", "School or university", "학교나 대학", "学校・大学", "Sekolah atau universitas"),
						option("people", "Family, friends, people I met", "가족·친구·만난 사람들", "家族・友人・出会った人",
								"Keluarga, teman, orang yang saya temui"),
						option("travel", "Travel there", "그곳 여행", "現地への旅行", "Bepergian ke sana"))));
		items.add(new Surveys.NewItem("comment", Survey.ItemKind.FREE_TEXT, text(country,
				"Is there anything you would like to say about %s or about this exchange?",
				"%s이나 이번 교류에 대해 하고 싶은 말이 있습니까?", "%sやこの交流について伝えたいことはありますか？",
				"Adakah yang ingin Anda sampaikan tentang %s atau pertukaran ini?"), null, List.of()));
		return items;
	}

	/** The Likert items whose change between before and after the instrument reads. */
	public static final List<String> LIKERT_CODES = List.of("impression_country", "impression_city", "trust",
			"stereotypes", "intention_visit");

	private static Surveys.NewItem likert(String code, Survey.Scale scale, LocalizedText text) {
		return new Surveys.NewItem(code, Survey.ItemKind.LIKERT, text, scale, List.of());
	}

	private static Survey.Option option(String code, String en, String ko, String ja, String id) {
		return new Survey.Option(code, LocalizedText.of(en, ko, ja, id));
	}

	private static LocalizedText text(LocalizedText name, String en, String ko, String ja, String id) {
		BiFunction<String, String, String> fill = (pattern, language) -> pattern.formatted(
				name.exactly(language).orElse(name.in(java.util.Locale.ENGLISH)));
		return LocalizedText.of(fill.apply(en, "en"), fill.apply(ko, "ko"), fill.apply(ja, "ja"), fill.apply(id, "id"));
	}
}
