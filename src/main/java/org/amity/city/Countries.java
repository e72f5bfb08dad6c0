package org.amity.city;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.amity.shared.Names;

/**
 * ISO 3166-1 alpha-2 countries with their names in the platform's languages, and the resolution of country names as
 * registries and scraped lists write them ("England, United Kingdom", "Georgia (country)", "대한민국", "日本").
 */
public final class Countries {

	/** Kosovo has no ISO code of its own; XK is the code the European Commission and most registries use. */
	private static final Map<String, Map<String, String>> EXTRA = Map.of("XK",
			Map.of("en", "Kosovo", "ko", "코소보", "ja", "コソボ", "id", "Kosovo"));

	private static final Map<String, String> ALIASES = Map.ofEntries(Map.entry("england", "GB"),
			Map.entry("scotland", "GB"), Map.entry("wales", "GB"), Map.entry("northern ireland", "GB"),
			Map.entry("great britain", "GB"), Map.entry("uk", "GB"), Map.entry("united states of america", "US"),
			Map.entry("usa", "US"), Map.entry("south korea", "KR"), Map.entry("republic of korea", "KR"),
			Map.entry("korea", "KR"), Map.entry("north korea", "KP"), Map.entry("russia", "RU"),
			Map.entry("czech republic", "CZ"), Map.entry("republic of ireland", "IE"), Map.entry("ivory coast", "CI"),
			Map.entry("cape verde", "CV"), Map.entry("east timor", "TL"), Map.entry("timor leste", "TL"),
			Map.entry("micronesia", "FM"), Map.entry("federated states of micronesia", "FM"),
			Map.entry("congo", "CG"), Map.entry("democratic republic of the congo", "CD"),
			Map.entry("eswatini", "SZ"), Map.entry("swaziland", "SZ"), Map.entry("bosnia and hercegovina", "BA"),
			Map.entry("north macedonia", "MK"), Map.entry("macedonia", "MK"), Map.entry("turkey", "TR"),
			Map.entry("turkiye", "TR"), Map.entry("vietnam", "VN"), Map.entry("laos", "LA"), Map.entry("syria", "SY"),
			Map.entry("iran", "IR"), Map.entry("brunei", "BN"), Map.entry("taiwan", "TW"), Map.entry("palestine", "PS"),
			Map.entry("west bank", "PS"), Map.entry("northern cyprus", "CY"), Map.entry("moldavia", "MD"),
			Map.entry("moldova", "MD"), Map.entry("georgia country", "GE"), Map.entry("grece", "GR"),
			Map.entry("japa", "JP"), Map.entry("kazakhstah", "KZ"), Map.entry("madagaskar", "MG"),
			Map.entry("surinam", "SR"), Map.entry("island", "IS"), Map.entry("in italy", "IT"),
			Map.entry("sao tome and principe", "ST"), Map.entry("the bahamas", "BS"), Map.entry("bahamas", "BS"),
			Map.entry("the gambia", "GM"), Map.entry("gambia", "GM"), Map.entry("myanmar", "MM"),
			Map.entry("burma", "MM"), Map.entry("vatican city", "VA"), Map.entry("holy see", "VA"),
			Map.entry("falkland islands", "FK"), Map.entry("faroe islands", "FO"), Map.entry("aland islands", "AX"),
			Map.entry("saint kitts and nevis", "KN"), Map.entry("saint lucia", "LC"),
			Map.entry("saint vincent and the grenadines", "VC"), Map.entry("reunion", "RE"),
			Map.entry("korea selatan", "KR"), Map.entry("korea utara", "KP"), Map.entry("韓国", "KR"),
			Map.entry("大韓民国", "KR"), Map.entry("한국", "KR"), Map.entry("일본", "JP"), Map.entry("미국", "US"),
			Map.entry("米国", "US"), Map.entry("英国", "GB"), Map.entry("영국", "GB"), Map.entry("중국", "CN"),
			Map.entry("中国", "CN"), Map.entry("amerika serikat", "US"), Map.entry("inggris", "GB"),
			Map.entry("jepang", "JP"), Map.entry("tiongkok", "CN"), Map.entry("cina", "CN"), Map.entry("hong kong", "HK"), Map.entry("macau", "MO"),
			Map.entry("macao", "MO"), Map.entry("czechia", "CZ"), Map.entry("the netherlands", "NL"),
			Map.entry("holland", "NL"), Map.entry("palestinian territories", "PS"),
			// official long forms and everyday names that partner tables of Korean, Japanese and Indonesian offices use
			Map.entry("미합중국", "US"), Map.entry("아메리카합중국", "US"), Map.entry("アメリカ", "US"),
			Map.entry("중화인민공화국", "CN"), Map.entry("中華人民共和国", "CN"), Map.entry("中华人民共和国", "CN"),
			Map.entry("republik rakyat tiongkok", "CN"), Map.entry("republik rakyat cina", "CN"),
			Map.entry("ロシア連邦", "RU"), Map.entry("러시아연방", "RU"), Map.entry("federasi rusia", "RU"),
			Map.entry("russian federation", "RU"), Map.entry("호주", "AU"), Map.entry("豪州", "AU"),
			Map.entry("日本国", "JP"), Map.entry("일본국", "JP"), Map.entry("republik korea", "KR"),
			Map.entry("ドイツ連邦共和国", "DE"), Map.entry("독일연방공화국", "DE"), Map.entry("フランス共和国", "FR"),
			Map.entry("프랑스공화국", "FR"), Map.entry("대만", "TW"), Map.entry("中華民国", "TW"),
			Map.entry("인도네시아공화국", "ID"), Map.entry("インドネシア共和国", "ID"));

	private static final Set<String> LANGUAGES = Set.of("en", "ko", "ja", "id");

	private static final Map<String, String> BY_KEY = new HashMap<>();
	private static final Set<String> CODES = new TreeSet<>();

	static {
		for (var code : Locale.getISOCountries()) {
			CODES.add(code);
			BY_KEY.put(Names.key(code), code);
			var country = new Locale("", code);
			for (var language : LANGUAGES) {
				var name = country.getDisplayCountry(Locale.forLanguageTag(language));
				BY_KEY.putIfAbsent(Names.key(name), code);
				// CLDR writes "Bosnia & Herzegovina" and "St. Lucia" where registries write "and" and "Saint"
				BY_KEY.putIfAbsent(Names.key(name.replace("&", " and ").replace("St. ", "Saint ")), code);
			}
		}
		EXTRA.forEach((code, names) -> {
			CODES.add(code);
			BY_KEY.put(Names.key(code), code);
			names.values().forEach(name -> BY_KEY.putIfAbsent(Names.key(name), code));
		});
		ALIASES.forEach((alias, code) -> BY_KEY.put(Names.key(alias), code));
	}

	private Countries() {
	}

	public static boolean isKnown(String code) {
		return code != null && CODES.contains(code);
	}

	/**
	 * The ISO code of a country name in any of the platform's languages or a common variant. A name with a region
	 * before or after a comma ("Algarve, Portugal", "England, United Kingdom") resolves by its most specific part
	 * that is a country.
	 */
	public static Optional<String> resolve(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		var whole = BY_KEY.get(Names.key(text));
		if (whole != null) {
			return Optional.of(whole);
		}
		var parts = text.split(",");
		for (var part : parts) {
			var code = BY_KEY.get(Names.key(part));
			if (code != null) {
				return Optional.of(code);
			}
		}
		return Optional.empty();
	}

	/** The country's name in the reader's language. */
	public static String name(String code, Locale locale) {
		var extra = EXTRA.get(code);
		if (extra != null) {
			return extra.getOrDefault(locale.getLanguage(), extra.get("en"));
		}
		return new Locale("", code).getDisplayCountry(locale);
	}
}
