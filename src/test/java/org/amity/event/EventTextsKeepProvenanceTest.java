package org.amity.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import org.amity.shared.LocalizedText;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** An event's title keeps who translated each language, as every module's multilingual text does. */
@SpringBootTest
class EventTextsKeepProvenanceTest {

	@Autowired
	EventPlanning planning;

	@Autowired
	EventCatalogue catalogue;

	@Test
	void a_translated_title_is_read_back_as_a_translation() {
		var at = Instant.parse("2026-11-01T00:00:00Z");
		var title = new LocalizedText(java.util.Map.of()).written("ko", "한지 공예", "seoul", at)
			.translated("en", "Hanji craft", "ko", "translator", at);
		var venue = catalogue.event("kimchi-making-workshop-demo").venue().id();
		long id = planning.event("hanji-" + System.nanoTime(), null, Event.Kind.WORKSHOP, title, null, venue,
				LocalDateTime.of(2027, 9, 9, 10, 0), LocalDateTime.of(2027, 9, 9, 12, 0), List.of("ko"), List.of(),
				null, false);
		var read = catalogue.event(id).title();
		assertThat(read.texts()).containsEntry("ko", "한지 공예").containsEntry("en", "Hanji craft");
		assertThat(read.provenanceOf("en")).hasValueSatisfying(p -> assertThat(p.isTranslation()).isTrue());
		assertThat(read.isOutdated("en")).isFalse();
	}
}
