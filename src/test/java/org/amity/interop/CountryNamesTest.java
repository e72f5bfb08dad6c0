package org.amity.interop;

import static org.assertj.core.api.Assertions.assertThat;

import org.amity.city.Countries;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Country names as partner tables write them, in English, Korean, Japanese and Indonesian, resolved to ISO codes. */
class CountryNamesTest {

	@ParameterizedTest(name = "\"{0}\" is {1}")
	@CsvSource(delimiter = '|', textBlock = """
			United States        | US
			미국                 | US
			미합중국              | US
			アメリカ合衆国         | US
			アメリカ              | US
			Amerika Serikat      | US
			中国                 | CN
			중화인민공화국         | CN
			中華人民共和国         | CN
			Tiongkok             | CN
			Republik Rakyat Tiongkok | CN
			일본                 | JP
			日本                 | JP
			Jepang               | JP
			대한민국              | KR
			韓国                 | KR
			Korea Selatan        | KR
			독일                 | DE
			ドイツ                | DE
			Jerman               | DE
			러시아                | RU
			ロシア連邦             | RU
			Rusia                | RU
			Federasi Rusia       | RU
			Swedia               | SE
			Kanada               | CA
			베트남                | VN
			Belanda              | NL
			호주                 | AU
			オーストラリア          | AU
			""")
	void a_country_name_in_any_of_the_four_languages_resolves_to_its_iso_code(String name, String code) {
		assertThat(Countries.resolve(name)).as(name).contains(code);
	}
}
