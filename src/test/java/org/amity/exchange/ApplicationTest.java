package org.amity.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ApplicationTest {

	final Call call = TestCalls.open2027(20);

	static ExchangeRefusedException.Reason reason(Throwable e) {
		return ((ExchangeRefusedException) e).reason();
	}

	List<EligibilityPolicy.Verdict> verdicts(Application a) {
		return EligibilityPolicy.judgeAll(call, new EligibilityPolicy.Facts(a.profile(), a.direction(), 0));
	}

	@Test
	void a_new_application_is_a_draft_whose_to_do_list_names_what_is_missing() {
		var a = TestCalls.draft(call, 1);
		assertThat(a.status()).isEqualTo(ApplicationStatus.DRAFT);
		assertThat(a.todo(call, verdicts(a))).filteredOn(t -> !t.done()).extracting(Application.Todo::key)
			.containsExactly("motivation", "transcript", "age", "residence", "language", "submit");
	}

	@Test
	void a_draft_can_be_saved_again_and_again_and_keeps_the_last_answers() {
		var a = TestCalls.draft(call, 1);
		a.saveDraft(call, null, Map.of("motivation", "first"));
		a.saveDraft(call, TestCalls.eligibleSeoulite(), Map.of("motivation", "second", "diet", ""));
		assertThat(a.answers()).containsExactly(Map.entry("motivation", "second"));
		assertThat(a.status()).isEqualTo(ApplicationStatus.DRAFT);
	}

	@Test
	void an_answer_to_a_question_the_form_does_not_ask_or_an_overlong_one_is_refused() {
		var a = TestCalls.draft(call, 1);
		assertThatThrownBy(() -> a.saveDraft(call, null, Map.of("role", "admin")))
			.satisfies(e -> assertThat(reason(e)).isEqualTo(ExchangeRefusedException.Reason.FIELD_UNKNOWN));
		assertThatThrownBy(() -> a.saveDraft(call, null, Map.of("diet", "x".repeat(301))))
			.satisfies(e -> assertThat(reason(e)).isEqualTo(ExchangeRefusedException.Reason.FIELD_TOO_LONG));
		assertThat(a.answers()).isEmpty();
	}

	@Test
	void an_incomplete_application_cannot_be_submitted_and_the_refusal_names_what_is_left() {
		var a = TestCalls.draft(call, 1);
		a.saveDraft(call, TestCalls.eligibleSeoulite(), Map.of());
		assertThatThrownBy(() -> a.submit(call, verdicts(a), TestCalls.DURING))
			.isInstanceOfSatisfying(ExchangeRefusedException.class, e -> {
				assertThat(e.reason()).isEqualTo(ExchangeRefusedException.Reason.REQUIRED_ITEMS_MISSING);
				assertThat(e.details()).containsExactly("motivation", "transcript");
			});
		assertThat(a.status()).isEqualTo(ApplicationStatus.DRAFT);
	}

	@Test
	void an_ineligible_applicant_cannot_submit() {
		var a = TestCalls.draft(call, 1);
		a.saveDraft(call, new Profile(LocalDate.of(2012, 1, 1), 1L, Map.of()), Map.of("motivation", "m"));
		assertThatThrownBy(() -> a.submit(call, verdicts(a), TestCalls.DURING))
			.isInstanceOfSatisfying(ExchangeRefusedException.class,
					e -> assertThat(e.details()).containsExactly("age", "language"));
	}

	@Test
	void nobody_can_start_or_submit_an_application_after_the_call_closed() {
		var closedCall = call;
		assertThatThrownBy(() -> Application.start(closedCall, TestCalls.SEOUL_TO_TOKYO,
				new Application.Applicant("A", "a@example.org", "en", "k"), TestCalls.AFTER))
			.satisfies(e -> assertThat(reason(e)).isEqualTo(ExchangeRefusedException.Reason.CALL_NOT_OPEN));
		var a = TestCalls.draft(call, 1);
		a.saveDraft(call, TestCalls.eligibleSeoulite(), Map.of("motivation", "m"));
		a.attach(call, new Application.StoredDocument(1, "transcript", DocumentType.PDF, 1, "t.pdf", TestCalls.DURING));
		assertThatThrownBy(() -> a.submit(call, verdicts(a), TestCalls.AFTER))
			.satisfies(e -> assertThat(reason(e)).isEqualTo(ExchangeRefusedException.Reason.CALL_NOT_OPEN));
	}

	@Test
	void a_direction_the_call_offers_no_places_in_is_refused() {
		assertThatThrownBy(() -> Application.start(call, new Direction(1, 9),
				new Application.Applicant("A", "a@example.org", "en", "k"), TestCalls.DURING))
			.satisfies(e -> assertThat(reason(e)).isEqualTo(ExchangeRefusedException.Reason.DIRECTION_UNKNOWN));
	}

	@Test
	void a_document_in_a_format_the_slot_does_not_accept_is_refused() {
		var a = TestCalls.draft(call, 1);
		assertThatThrownBy(() -> a.attach(call,
				new Application.StoredDocument(1, "transcript", DocumentType.PNG, 1, "t.png", TestCalls.DURING)))
			.satisfies(e -> assertThat(reason(e)).isEqualTo(ExchangeRefusedException.Reason.DOCUMENT_TYPE));
	}

	@Test
	void a_complete_application_is_submitted_and_announces_it() {
		var a = TestCalls.submitted(call, 5);
		assertThat(a.status()).isEqualTo(ApplicationStatus.SUBMITTED);
		assertThat(a.takeEvents()).containsExactly(new ApplicationSubmitted(5, 7, 3, TestCalls.SEOUL_TO_TOKYO, 2027));
	}

	@Test
	void a_submitted_application_can_no_longer_be_edited() {
		var a = TestCalls.submitted(call, 5);
		assertThatThrownBy(() -> a.saveDraft(call, null, Map.of("motivation", "changed")))
			.satisfies(e -> assertThat(reason(e)).isEqualTo(ExchangeRefusedException.Reason.TRANSITION));
	}

	@Test
	void the_status_follows_only_the_allowed_transitions() {
		var a = TestCalls.submitted(call, 5);
		assertThatThrownBy(() -> a.confirm(call, TestCalls.DURING))
			.satisfies(e -> assertThat(reason(e)).isEqualTo(ExchangeRefusedException.Reason.TRANSITION));
		a.startReview(TestCalls.AFTER);
		a.accept(call, "selected", TestCalls.AFTER);
		a.confirm(call, TestCalls.AFTER);
		assertThat(a.status()).isEqualTo(ApplicationStatus.CONFIRMED);
		assertThat(a.history()).extracting(Application.StatusChange::to).containsExactly(ApplicationStatus.DRAFT,
				ApplicationStatus.SUBMITTED, ApplicationStatus.UNDER_REVIEW, ApplicationStatus.ACCEPTED,
				ApplicationStatus.CONFIRMED);
	}

	@Test
	void a_rejected_or_withdrawn_application_is_settled() {
		var a = TestCalls.submitted(call, 5);
		a.startReview(TestCalls.AFTER);
		a.reject(call, "score", TestCalls.AFTER);
		assertThatThrownBy(() -> a.withdraw(call, null, TestCalls.AFTER)).isInstanceOf(ExchangeRefusedException.class);
		assertThatThrownBy(() -> a.accept(call, "again", TestCalls.AFTER)).isInstanceOf(ExchangeRefusedException.class);
	}

	@Test
	void withdrawing_an_accepted_place_frees_it_and_withdrawing_a_draft_does_not() {
		var accepted = TestCalls.submitted(call, 5);
		accepted.startReview(TestCalls.AFTER);
		accepted.accept(call, "selected", TestCalls.AFTER);
		accepted.takeEvents();
		assertThat(accepted.withdraw(call, "declined", TestCalls.AFTER)).isTrue();
		assertThat(accepted.takeEvents())
			.containsExactly(new ApplicationWithdrawn(5, 7, 3, TestCalls.SEOUL_TO_TOKYO, 2027, true));
		var draft = TestCalls.draft(call, 6);
		assertThat(draft.withdraw(call, null, TestCalls.DURING)).isFalse();
		assertThat(draft.status()).isEqualTo(ApplicationStatus.WITHDRAWN);
	}
}
