package org.amity.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;

import org.amity.shared.LocalizedText;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Campaigns with their reach (entered and imported), community events, and moderated ideas. */
@SpringBootTest
@RecordApplicationEvents
class EngagementTest {

	@Autowired
	Engagement engagement;

	@Autowired
	ApplicationEvents events;

	@Test
	void reach_imported_from_csv_adds_up_and_a_bad_line_refuses_the_whole_file() {
		long id = engagement.launch("seoul-kr-tokyo-jp", LocalizedText.of("en", "#SeoulTokyo35"),
				List.of("instagram", "x"), List.of("#SeoulTokyo", "#서울도쿄"), LocalDate.of(2023, 9, 1),
				LocalDate.of(2023, 9, 30));
		engagement.recordReach(id, "x", LocalDate.of(2023, 9, 1), 1_000);
		assertThat(engagement.importReach(id, new StringReader("""
				channel,day,reach
				instagram,2023-09-01,2500
				instagram,2023-09-02,1500
				x,2023-09-01,1200
				"""))).isEqualTo(3);
		var campaign = engagement.campaigns("seoul-kr-tokyo-jp").stream().filter(c -> c.id() == id).findFirst()
			.orElseThrow();
		assertThat(campaign.reach()).isEqualTo(5_200);
		assertThatThrownBy(() -> engagement.importReach(id, new StringReader("""
				channel,day,reach
				instagram,2023-09-03,100
				instagram,2023-09-04,lots
				""")))
			.hasFieldOrPropertyWithValue("reason", EngagementRefusedException.Reason.BAD_REACH)
			.hasFieldOrPropertyWithValue("line", 3L);
		assertThatThrownBy(() -> engagement.importReach(id, new StringReader("channel,day,reach\ntiktok,2023-09-05,1\n")))
			.hasFieldOrPropertyWithValue("reason", EngagementRefusedException.Reason.UNKNOWN_CHANNEL);
		assertThat(engagement.campaigns("seoul-kr-tokyo-jp").stream().filter(c -> c.id() == id).findFirst()
			.orElseThrow().reach()).as("nothing of a refused file was kept").isEqualTo(5_200);
		assertThat(events.stream(CampaignLaunched.class)).contains(new CampaignLaunched(id, "seoul-kr-tokyo-jp", 2023));
	}

	@Test
	void ideas_show_only_once_approved_and_a_rejection_keeps_its_reason() {
		long good = engagement.submitIdea("kimchi-making-workshop-demo", "Aiko", "aiko@example.org",
				"Could the workshop also run in Tokyo?");
		long rude = engagement.submitIdea("kimchi-making-workshop-demo", "Anon", "anon@example.org", "spam spam");
		assertThat(engagement.published("kimchi-making-workshop-demo")).isEmpty();
		engagement.moderate(good, true, null);
		assertThatThrownBy(() -> engagement.moderate(rude, false, " "))
			.hasFieldOrPropertyWithValue("reason", EngagementRefusedException.Reason.REASON_REQUIRED);
		engagement.moderate(rude, false, "advertising");
		assertThat(engagement.published("kimchi-making-workshop-demo")).extracting(Idea::id).containsExactly(good);
		long held = engagement.communityEvent("seoul-kr-tokyo-jp", "Mapo Youth Centre",
				LocalizedText.of("en", "Japanese conversation evening"), LocalDate.of(2024, 5, 10), "Seoul", 35);
		assertThat(events.stream(CommunityEventHeld.class)).contains(
				new CommunityEventHeld(held, "seoul-kr-tokyo-jp", "Mapo Youth Centre", 2024, 35));
	}
}
