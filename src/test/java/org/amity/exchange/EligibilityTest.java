package org.amity.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

class EligibilityTest {

	final Call call = TestCalls.open2027(20);

	EligibilityPolicy.Verdict verdict(String policy, Profile profile, int prior) {
		return EligibilityPolicy.judgeAll(call, new EligibilityPolicy.Facts(profile, TestCalls.SEOUL_TO_TOKYO, prior))
			.stream().filter(v -> v.policy().equals(policy)).findFirst().orElseThrow();
	}

	@Test
	void an_applicant_who_meets_every_rule_sees_each_named_policy_met() {
		var verdicts = EligibilityPolicy.judgeAll(call,
				new EligibilityPolicy.Facts(TestCalls.eligibleSeoulite(), TestCalls.SEOUL_TO_TOKYO, 0));
		assertThat(verdicts).extracting(EligibilityPolicy.Verdict::policy)
			.containsExactly("age", "residence", "language", "prior");
		assertThat(verdicts).allMatch(EligibilityPolicy.Verdict::met);
	}

	@Test
	void age_is_counted_on_the_day_the_call_closes_and_explained_with_the_bounds() {
		// turns 18 on the closing day
		var justEighteen = new Profile(LocalDate.of(2009, 1, 31), 1L, Map.of("ja", CallSettings.LanguageLevel.C1));
		assertThat(verdict("age", justEighteen, 0).met()).isTrue();
		var seventeen = new Profile(LocalDate.of(2009, 2, 1), 1L, Map.of());
		var young = verdict("age", seventeen, 0);
		assertThat(young.met()).isFalse();
		assertThat(young.reason()).isEqualTo("too-young");
		assertThat(young.arguments()).containsExactly(17, 18, 30);
		assertThat(verdict("age", new Profile(LocalDate.of(1990, 1, 1), 1L, Map.of()), 0).reason())
			.isEqualTo("too-old");
	}

	@Test
	void a_rule_whose_facts_are_not_given_yet_is_not_met_and_says_so() {
		var age = verdict("age", Profile.EMPTY, 0);
		assertThat(age.met()).isFalse();
		assertThat(age.reason()).isEqualTo("unknown");
		assertThat(verdict("residence", Profile.EMPTY, 0).reason()).isEqualTo("unknown");
	}

	@Test
	void an_applicant_must_live_in_the_city_they_would_be_sent_from() {
		var tokyoite = new Profile(LocalDate.of(2004, 5, 1), 2L, Map.of());
		assertThat(verdict("residence", tokyoite, 0).met()).isFalse();
		assertThat(EligibilityPolicy.judgeAll(call, new EligibilityPolicy.Facts(tokyoite, TestCalls.TOKYO_TO_SEOUL, 0))
			.stream().filter(v -> v.policy().equals("residence")).findFirst().orElseThrow().met()).isTrue();
	}

	@Test
	void a_language_level_below_the_calls_is_not_enough() {
		var a2 = new Profile(LocalDate.of(2004, 5, 1), 1L, Map.of("ja", CallSettings.LanguageLevel.A2));
		var verdict = verdict("language", a2, 0);
		assertThat(verdict.met()).isFalse();
		assertThat(verdict.arguments()).containsExactly("ja", "B1", "A2");
		assertThat(verdict("language", new Profile(null, null, Map.of("ja", CallSettings.LanguageLevel.B1)), 0).met())
			.isTrue();
	}

	@Test
	void someone_who_took_part_before_is_not_eligible_when_the_call_is_for_first_timers() {
		var verdict = verdict("prior", TestCalls.eligibleSeoulite(), 1);
		assertThat(verdict.met()).isFalse();
		assertThat(verdict.reason()).isEqualTo("already");
	}

	@Test
	void a_call_without_rules_lists_no_policies() {
		var settings = new CallSettings(call.settings().quotas(), CallSettings.Eligibility.NONE, null, null, null);
		var open = new Call(1, 1, 2027, call.title(), call.opens(), call.closes(), true, settings, false);
		assertThat(EligibilityPolicy.judgeAll(open, new EligibilityPolicy.Facts(Profile.EMPTY, null, 3))).isEmpty();
	}
}
