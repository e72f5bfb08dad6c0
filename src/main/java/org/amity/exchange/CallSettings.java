package org.amity.exchange;

import java.util.List;
import java.util.Set;

import org.amity.shared.LocalizedText;

/**
 * What a call asks for and how it decides: places per direction, eligibility rules, the application form's fields
 * and documents, and the criteria reviewers score against.
 */
public record CallSettings(List<Quota> quotas, Eligibility eligibility, List<Field> fields, List<Document> documents,
		List<Criterion> criteria) {

	public CallSettings {
		quotas = List.copyOf(quotas == null ? List.of() : quotas);
		eligibility = eligibility == null ? Eligibility.NONE : eligibility;
		fields = List.copyOf(fields == null ? List.of() : fields);
		documents = List.copyOf(documents == null ? List.of() : documents);
		criteria = List.copyOf(criteria == null ? List.of() : criteria);
		if (quotas.isEmpty() || quotas.stream().anyMatch(q -> q.places() < 1 || q.places() > 10_000)) {
			throw new ExchangeRefusedException(ExchangeRefusedException.Reason.QUOTA_INVALID,
					"A call offers at least one place in some direction");
		}
		if (quotas.stream().map(Quota::direction).distinct().count() != quotas.size()) {
			throw new ExchangeRefusedException(ExchangeRefusedException.Reason.QUOTA_INVALID,
					"One quota per direction");
		}
	}

	/** Places offered in one direction in the call's year: 20 from Seoul to Tokyo. */
	public record Quota(Direction direction, int places) {
	}

	/**
	 * The rules an applicant must meet, each checked by a named policy. Null means the rule does not apply. Ages are
	 * counted on the day the call closes; language levels follow the CEFR scale.
	 */
	public record Eligibility(Integer minAge, Integer maxAge, boolean residesInSendingCity, String language,
			LanguageLevel minLanguageLevel, boolean firstParticipationOnly) {

		public static final Eligibility NONE = new Eligibility(null, null, false, null, null, false);
	}

	public enum LanguageLevel {
		NONE, A1, A2, B1, B2, C1, C2
	}

	public enum FieldType {
		TEXT, LONG_TEXT, DATE, NUMBER
	}

	/** A question of the form; its key names the answer, its label is shown in the applicant's language. */
	public record Field(String key, LocalizedText label, FieldType type, boolean required) {

		public int maxLength() {
			return type == FieldType.LONG_TEXT ? 5_000 : 300;
		}
	}

	/** A document to upload and the formats accepted for it, recognised by their content. */
	public record Document(String key, LocalizedText label, Set<DocumentType> types, boolean required) {
	}

	/** What reviewers score, from 0 to {@code max}, counted with its weight. */
	public record Criterion(String key, LocalizedText label, int max, int weight) {
	}

	public java.util.Optional<Quota> quota(Direction direction) {
		return quotas.stream().filter(q -> q.direction().equals(direction)).findFirst();
	}
}
