package org.amity.exchange;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.amity.shared.LocalizedText;

/** A 2027 university exchange call between Seoul (place 1) and Tokyo (place 2), for domain tests. */
final class TestCalls {

	static final Direction SEOUL_TO_TOKYO = new Direction(1, 2);
	static final Direction TOKYO_TO_SEOUL = new Direction(2, 1);

	private TestCalls() {
	}

	static CallSettings settings(int places) {
		return new CallSettings(
				List.of(new CallSettings.Quota(SEOUL_TO_TOKYO, places), new CallSettings.Quota(TOKYO_TO_SEOUL, places)),
				new CallSettings.Eligibility(18, 30, true, "ja", CallSettings.LanguageLevel.B1, true),
				List.of(new CallSettings.Field("motivation", LocalizedText.of("en", "Motivation"),
						CallSettings.FieldType.LONG_TEXT, true),
						new CallSettings.Field("diet", LocalizedText.of("en", "Diet"), CallSettings.FieldType.TEXT,
								false)),
				List.of(new CallSettings.Document("transcript", LocalizedText.of("en", "Transcript"),
						Set.of(DocumentType.PDF), true)),
				List.of(new CallSettings.Criterion("academic", LocalizedText.of("en", "Academic record"), 10, 2),
						new CallSettings.Criterion("motivation", LocalizedText.of("en", "Motivation"), 10, 1)));
	}

	static Call open2027(int places) {
		return new Call(7, 3, 2027, LocalizedText.of("en", "Seoul–Tokyo university exchange 2027"),
				LocalDate.of(2026, 11, 1), LocalDate.of(2027, 1, 31), true, settings(places), false);
	}

	static final java.time.Instant DURING = java.time.Instant.parse("2026-12-01T10:00:00Z");
	static final java.time.Instant AFTER = java.time.Instant.parse("2027-02-15T10:00:00Z");

	static Profile eligibleSeoulite() {
		return new Profile(LocalDate.of(2004, 5, 1), 1L, Map.of("ja", CallSettings.LanguageLevel.B2));
	}

	static Application draft(Call call, long id) {
		var a = Application.start(call, SEOUL_TO_TOKYO,
				new Application.Applicant("Kim Minji", "minji@example.org", "ko", "k" + id), DURING);
		return a.withId(id);
	}

	static Application submitted(Call call, long id) {
		var a = draft(call, id);
		a.saveDraft(call, eligibleSeoulite(), Map.of("motivation", "I study Japanese history."));
		a.attach(call, new Application.StoredDocument(1, "transcript", DocumentType.PDF, 100, "t.pdf", DURING));
		a.submit(call, EligibilityPolicy.judgeAll(call, new EligibilityPolicy.Facts(a.profile(), SEOUL_TO_TOKYO, 0)),
				DURING);
		return a;
	}
}
