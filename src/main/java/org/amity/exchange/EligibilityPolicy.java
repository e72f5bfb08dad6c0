package org.amity.exchange;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/**
 * One eligibility rule of a call, named so that the applicant sees which rules they meet and why they do not meet
 * another. A rule the call does not set is not listed.
 */
public sealed interface EligibilityPolicy {

	/** The rules in the order an applicant reads them. */
	List<EligibilityPolicy> ALL = List.of(new AgePolicy(), new ResidencePolicy(), new LanguageLevelPolicy(),
			new FirstParticipationPolicy());

	/** The facts a rule judges: the applicant's profile and how many exchanges they already took part in. */
	record Facts(Profile profile, Direction direction, int priorParticipations) {
	}

	/** Whether the call sets this rule. */
	boolean applies(CallSettings.Eligibility rules);

	Verdict judge(CallSettings.Eligibility rules, Call call, Facts facts);

	/**
	 * A rule's verdict: {@code policy} names the rule (a message key suffix), {@code reason} why it passed or failed,
	 * with the arguments the explanation needs. A rule whose facts are not given yet is not met, and says so.
	 */
	record Verdict(String policy, boolean met, String reason, List<Object> arguments) {

		public Verdict {
			arguments = List.copyOf(arguments);
		}
	}

	static List<Verdict> judgeAll(Call call, Facts facts) {
		var rules = call.settings().eligibility();
		return ALL.stream().filter(policy -> policy.applies(rules)).map(policy -> policy.judge(rules, call, facts))
			.toList();
	}

	/** Age on the day the call closes, between the call's bounds. */
	final class AgePolicy implements EligibilityPolicy {

		@Override
		public boolean applies(CallSettings.Eligibility rules) {
			return rules.minAge() != null || rules.maxAge() != null;
		}

		@Override
		public Verdict judge(CallSettings.Eligibility rules, Call call, Facts facts) {
			int min = rules.minAge() == null ? 0 : rules.minAge();
			int max = rules.maxAge() == null ? 200 : rules.maxAge();
			LocalDate born = facts.profile().birthDate();
			if (born == null) {
				return new Verdict("age", false, "unknown", List.of(min, max));
			}
			int age = Period.between(born, call.closes()).getYears();
			if (age < min) {
				return new Verdict("age", false, "too-young", List.of(age, min, max));
			}
			if (age > max) {
				return new Verdict("age", false, "too-old", List.of(age, min, max));
			}
			return new Verdict("age", true, "within", List.of(age, min, max));
		}
	}

	/** Applicants live in the city they would be sent from. */
	final class ResidencePolicy implements EligibilityPolicy {

		@Override
		public boolean applies(CallSettings.Eligibility rules) {
			return rules.residesInSendingCity();
		}

		@Override
		public Verdict judge(CallSettings.Eligibility rules, Call call, Facts facts) {
			var residence = facts.profile().residence();
			if (residence == null || facts.direction() == null) {
				return new Verdict("residence", false, "unknown", List.of());
			}
			return residence == facts.direction().from() ? new Verdict("residence", true, "sending-city", List.of())
					: new Verdict("residence", false, "elsewhere", List.of());
		}
	}

	/** A level at least the call's in the call's language. */
	final class LanguageLevelPolicy implements EligibilityPolicy {

		@Override
		public boolean applies(CallSettings.Eligibility rules) {
			return rules.language() != null && rules.minLanguageLevel() != null;
		}

		@Override
		public Verdict judge(CallSettings.Eligibility rules, Call call, Facts facts) {
			var level = facts.profile().level(rules.language());
			var args = List.<Object>of(rules.language(), rules.minLanguageLevel().name(), level.name());
			return level.compareTo(rules.minLanguageLevel()) >= 0 ? new Verdict("language", true, "enough", args)
					: new Verdict("language", false, "below", args);
		}
	}

	/** Places go to people who have not taken part in an exchange before. */
	final class FirstParticipationPolicy implements EligibilityPolicy {

		@Override
		public boolean applies(CallSettings.Eligibility rules) {
			return rules.firstParticipationOnly();
		}

		@Override
		public Verdict judge(CallSettings.Eligibility rules, Call call, Facts facts) {
			return facts.priorParticipations() == 0 ? new Verdict("prior", true, "first", List.of())
					: new Verdict("prior", false, "already", List.of(facts.priorParticipations()));
		}
	}
}
