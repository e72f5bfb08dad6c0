package org.amity.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.amity.interop.TextEncodings.Encoding;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The encodings Korean and Japanese offices save their lists in are found, named, and read back exactly. */
class TextEncodingsTest {

	static final String KOREAN = "번호,자매도시,국가,결연일자\n1,도쿄,일본,1988. 9. 3\n2,베이징,중국,1993. 10. 23\n3,파리,프랑스,1991. 10. 15\n";

	static final String KOREAN_CP949 = "도시,비고\n똠양시,똠방각하 쀍\n";

	static final String JAPANESE = "番号,姉妹都市,国名,提携年月日\n1,ニューヨーク,アメリカ合衆国,1960年2月29日\n2,北京市,中国,1979年3月14日\n3,ソウル特別市,大韓民国,1988年9月3日\n";

	static final String JAPANESE_CP932 = "都市,備考\n①東京都,㈱とうきょう髙島屋\n";

	@ParameterizedTest(name = "{0} text saved as {1} is detected as {2}")
	@CsvSource({ "KOREAN,EUC-KR,EUC_KR", "KOREAN,x-windows-949,EUC_KR", "KOREAN_CP949,x-windows-949,CP949",
			"JAPANESE,Shift_JIS,SHIFT_JIS", "JAPANESE,windows-31j,SHIFT_JIS", "JAPANESE_CP932,windows-31j,CP932",
			"KOREAN,UTF-8,UTF_8", "JAPANESE,UTF-8,UTF_8", "KOREAN,UTF-16LE,UTF_16LE", "KOREAN,UTF-16BE,UTF_16BE",
			"JAPANESE,UTF-16LE,UTF_16LE", "JAPANESE,UTF-16BE,UTF_16BE", "LATIN,UTF-16LE,UTF_16LE",
			"LATIN,UTF-16BE,UTF_16BE", "LATIN,UTF-8,UTF_8" })
	void a_saved_list_is_detected_in_its_encoding_and_read_back_exactly(String sample, String charset,
			Encoding expected) {
		var text = text(sample);
		var detected = TextEncodings.detect(text.getBytes(Charset.forName(charset))).orElseThrow();
		assertThat(detected.encoding()).isEqualTo(expected);
		assertThat(detected.byteOrderMark()).isFalse();
		assertThat(detected.text()).isEqualTo(text);
	}

	@ParameterizedTest(name = "a byte order mark names {0}")
	@CsvSource({ "UTF-8,UTF_8", "UTF-16LE,UTF_16LE", "UTF-16BE,UTF_16BE" })
	void a_byte_order_mark_is_detected_and_dropped(String charset, Encoding expected) {
		var bytes = ("\uFEFF" + KOREAN).getBytes(Charset.forName(charset));
		var detected = TextEncodings.detect(bytes).orElseThrow();
		assertThat(detected.encoding()).isEqualTo(expected);
		assertThat(detected.byteOrderMark()).isTrue();
		assertThat(detected.name()).endsWith("BOM");
		assertThat(detected.text()).isEqualTo(KOREAN);
	}

	@Test
	void a_chosen_encoding_that_does_not_fit_the_bytes_reads_nothing() {
		var sjis = JAPANESE.getBytes(Charset.forName("Shift_JIS"));
		assertThat(TextEncodings.decode(sjis, Encoding.EUC_KR)).isEmpty();
		assertThat(TextEncodings.decode(sjis, Encoding.UTF_8)).isEmpty();
		assertThat(TextEncodings.decode(sjis, Encoding.SHIFT_JIS).orElseThrow().text()).isEqualTo(JAPANESE);
	}

	@Test
	void a_chosen_encoding_overrides_the_detected_one() {
		var bytes = "city\nMünchen\n".getBytes(StandardCharsets.ISO_8859_1);
		assertThat(TextEncodings.decode(bytes, Encoding.ISO_8859_1).orElseThrow().text()).contains("München");
	}

	private static String text(String sample) {
		return switch (sample) {
			case "KOREAN" -> KOREAN;
			case "KOREAN_CP949" -> KOREAN_CP949;
			case "JAPANESE" -> JAPANESE;
			case "JAPANESE_CP932" -> JAPANESE_CP932;
			default -> "partner,country,date\nSan Francisco,United States,1960\nParis,France,1982\n";
		};
	}
}
