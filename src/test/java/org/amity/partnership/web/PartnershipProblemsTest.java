package org.amity.partnership.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.amity.partnership.PartnershipRefusedException;
import org.amity.shared.web.ApiProblems;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mock.web.MockHttpServletRequest;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PartnershipProblemsTest {

	static ApiProblems problems() {
		var messages = new ResourceBundleMessageSource();
		messages.setBasenames("i18n/problems");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return new ApiProblems(messages);
	}

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void a_concurrent_change_is_a_409_and_a_refused_transition_a_422_in_the_callers_language() {
		LocaleContextHolder.setLocale(Locale.JAPANESE);
		var handler = new PartnershipProblems(problems());
		var request = new MockHttpServletRequest("PUT", "/api/v1/partnerships/1");
		var conflict = handler.refused(new PartnershipRefusedException(
				PartnershipRefusedException.Reason.CONCURRENT_CHANGE, "changed"), request);
		assertThat(conflict.getStatus()).isEqualTo(409);
		assertThat(conflict.getDetail()).contains("他の人");
		var refused = handler.refused(new PartnershipRefusedException(
				PartnershipRefusedException.Reason.STATUS_TRANSITION, "no"), request);
		assertThat(refused.getStatus()).isEqualTo(422);
		assertThat(refused.getProperties()).containsEntry("reason", "STATUS_TRANSITION");
	}
}
