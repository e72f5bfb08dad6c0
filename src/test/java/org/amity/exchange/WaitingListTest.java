package org.amity.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class WaitingListTest {

	@Test
	void the_first_in_line_is_promoted_and_everyone_behind_moves_up_with_the_reason_recorded() {
		var list = new WaitingList(List.of(11L, 12L, 13L));
		assertThat(list.promoteFirst("application 4 declined")).contains(11L);
		assertThat(list.order()).containsExactly(12L, 13L);
		assertThat(list.changes()).containsExactly(new WaitingList.Change(11, 1, null, "application 4 declined"),
				new WaitingList.Change(12, 2, 1, "moved up: application 4 declined"),
				new WaitingList.Change(13, 3, 2, "moved up: application 4 declined"));
	}

	@Test
	void an_empty_waiting_list_promotes_nobody() {
		assertThat(new WaitingList(List.of()).promoteFirst("declined")).isEmpty();
	}

	@Test
	void someone_leaving_the_list_moves_only_those_behind_them() {
		var list = new WaitingList(List.of(11L, 12L, 13L));
		list.remove(12, "withdrew");
		assertThat(list.order()).containsExactly(11L, 13L);
		assertThat(list.changes()).extracting(WaitingList.Change::applicationId).containsExactly(12L, 13L);
	}

	@Test
	void a_coordinator_can_move_someone_only_with_a_reason_and_every_shifted_position_is_recorded() {
		var list = new WaitingList(List.of(11L, 12L, 13L));
		assertThatThrownBy(() -> list.move(13, 1, " "))
			.isInstanceOfSatisfying(ExchangeRefusedException.class,
					e -> assertThat(e.reason()).isEqualTo(ExchangeRefusedException.Reason.REASON_REQUIRED));
		list.move(13, 1, "scoring error corrected");
		assertThat(list.order()).containsExactly(13L, 11L, 12L);
		assertThat(list.changes()).extracting(WaitingList.Change::applicationId, WaitingList.Change::from,
				WaitingList.Change::to)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(13L, 3, 1),
					org.assertj.core.groups.Tuple.tuple(11L, 1, 2), org.assertj.core.groups.Tuple.tuple(12L, 2, 3));
		assertThat(list.position(11)).contains(2);
	}

	@Test
	void a_full_direction_puts_the_next_applicants_on_the_waiting_list_in_ranking_order() {
		var t = Instant.parse("2026-12-01T00:00:00Z");
		var ranking = List.of(new Ranking.Entry(1, 90, 2, t), new Ranking.Entry(2, 80, 2, t),
				new Ranking.Entry(3, 70, 2, t), new Ranking.Entry(4, 20, 2, t), new Ranking.Entry(5, 0, 0, t));
		var outcome = Selection.select(ranking, 2, 40);
		assertThat(outcome.accepted()).containsExactly(1L, 2L);
		assertThat(outcome.waitlisted()).containsExactly(3L, 5L);
		assertThat(outcome.rejected()).containsExactly(4L);
	}

	@Test
	void a_ranking_weighs_criteria_averages_reviewers_and_breaks_ties_by_earlier_submission() {
		var settings = TestCalls.settings(20);
		var early = Instant.parse("2026-11-02T00:00:00Z");
		var late = Instant.parse("2026-11-03T00:00:00Z");
		var ranking = Ranking.rank(settings, Map.of(1L, late, 2L, early, 3L, early),
				Map.of(1L, List.of(new Ranking.Scores("r1", Map.of("academic", 10, "motivation", 4))),
						2L, List.of(new Ranking.Scores("r1", Map.of("academic", 10, "motivation", 4)),
								new Ranking.Scores("r2", Map.of("academic", 10, "motivation", 4)))));
		assertThat(ranking).extracting(Ranking.Entry::applicationId).containsExactly(2L, 1L, 3L);
		assertThat(ranking.get(0).score()).isEqualTo(80.0);
		assertThat(ranking.get(2).reviews()).isZero();
	}
}
