package org.amity.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.amity.shared.PartialDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.context.support.ResourceBundleMessageSource;

class FormatsTest {

	static final Formats formats = new Formats(messages());

	@ParameterizedTest(name = "{0} in {1} reads \"{2}\"")
	@CsvSource({ "1988, en, 1988", "1988-09, en, September 1988", "1988-09-03, en, 3 September 1988",
			"1988, ko, 1988년", "1988-09, ko, 1988년 9월", "1988-09-03, ko, 1988년 9월 3일", "1988, ja, 1988年",
			"1988-09, ja, 1988年9月", "1988-09-03, ja, 1988年9月3日", "1988-09, id, September 1988",
			"2015-02-03, id, 3 Februari 2015" })
	void a_partial_date_is_shown_as_precisely_as_it_is_known_in_the_readers_language(String date, String lang,
			String shown) {
		assertThat(formats.date(PartialDate.parse(date), Locale.forLanguageTag(lang))).isEqualTo(shown);
	}

	static ResourceBundleMessageSource messages() {
		var messages = new ResourceBundleMessageSource();
		messages.setBasename("i18n/messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}
}
