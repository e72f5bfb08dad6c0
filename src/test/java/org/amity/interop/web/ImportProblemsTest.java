package org.amity.interop.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.amity.interop.ImportRejectedException;
import org.amity.shared.web.ApiProblems;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mock.web.MockHttpServletRequest;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ImportProblemsTest {

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void a_file_that_is_not_utf8_is_a_422_naming_its_line_and_a_too_large_one_a_413() {
		var messages = new ResourceBundleMessageSource();
		messages.setBasenames("i18n/problems");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		var handler = new ImportProblems(new ApiProblems(messages));
		var request = new MockHttpServletRequest("POST", "/api/v1/imports");
		LocaleContextHolder.setLocale(Locale.forLanguageTag("id"));
		var notUtf8 = handler.rejected(new ImportRejectedException(ImportRejectedException.Reason.NOT_UTF8, 3, "x"),
				request);
		assertThat(notUtf8.getStatus()).isEqualTo(422);
		assertThat(notUtf8.getDetail()).contains("baris 3");
		assertThat(notUtf8.getProperties()).containsEntry("line", 3L);
		var tooLarge = handler.rejected(new ImportRejectedException(ImportRejectedException.Reason.TOO_LARGE, 0, "x"),
				request);
		assertThat(tooLarge.getStatus()).isEqualTo(413);
	}
}
