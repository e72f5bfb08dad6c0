package org.amity.evaluation;

import java.util.List;
import java.util.Optional;

import org.amity.shared.LocalizedText;

/**
 * A survey: a template of multilingual items that people answer, before and after an exchange when it measures change.
 * In {@link Mode#ANONYMOUS} mode a respondent pairs their two answers with a code they make up; in {@link Mode#LINKED}
 * mode answers are tied to a participant record, which is only kept with the respondent's recorded consent.
 */
public record Survey(long id, LocalizedText title, Long partnershipId, Mode mode, String instrument, boolean demo,
		List<Item> items) {

	public enum Mode {
		ANONYMOUS, LINKED
	}

	/** When an answer was given: before or after the exchange. */
	public enum Wave {
		PRE, POST
	}

	/** Who answered: a participant of the exchange or someone of the comparison group who did not take part. */
	public enum Group {
		PARTICIPANT, COMPARISON
	}

	public enum ItemKind {
		LIKERT, SINGLE_CHOICE, MULTIPLE_CHOICE, FREE_TEXT
	}

	/** The anchors of a five-point Likert item: agreement with a statement, or how positive an impression is. */
	public enum Scale {
		AGREEMENT, IMPRESSION
	}

	public static final int LIKERT_POINTS = 5;

	/** One question; {@code scale} is set for Likert items only, {@code options} for choice items only. */
	public record Item(long id, String code, ItemKind kind, LocalizedText text, Scale scale, List<Option> options) {

		public Optional<Option> option(String code) {
			return options.stream().filter(o -> o.code().equals(code)).findFirst();
		}

		public boolean isChoice() {
			return kind == ItemKind.SINGLE_CHOICE || kind == ItemKind.MULTIPLE_CHOICE;
		}
	}

	public record Option(String code, LocalizedText text) {
	}

	public Optional<Item> item(String code) {
		return items.stream().filter(i -> i.code().equals(code)).findFirst();
	}
}
