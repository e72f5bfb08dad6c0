package org.amity.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import org.amity.partnership.Partnerships;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class IndicatorsTest {

	@Autowired
	Indicators indicators;

	@Autowired
	Partnerships partnerships;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transaction;

	long tokyoParis() {
		return partnerships.all().stream().filter(p -> p.slug().contains("paris")).filter(p -> p.slug().contains("tokyo"))
			.findFirst().orElseThrow().id();
	}

	@Test
	void a_fact_reported_again_under_the_same_source_reference_replaces_the_first() {
		long id = tokyoParis();
		indicators.record(new PartnershipActivity(id, 2021, Indicators.Measure.PARTICIPANT, Indicators.Direction.A_TO_B,
				12, null, "test:call:1:participants"));
		indicators.record(new PartnershipActivity(id, 2021, Indicators.Measure.PARTICIPANT, Indicators.Direction.A_TO_B,
				14, null, "test:call:1:participants"));
		var year = indicators.byYear(id).stream().filter(y -> y.year() == 2021).findFirst().orElseThrow();
		assertThat(year.amount(Indicators.Measure.PARTICIPANT, Indicators.Direction.A_TO_B)).isEqualTo(14);
		assertThat(year.amount(Indicators.Measure.PARTICIPANT, Indicators.Direction.B_TO_A)).isZero();
	}

	@Test
	void a_fact_published_by_another_module_is_recorded_once_its_transaction_commits() throws InterruptedException {
		long id = tokyoParis();
		transaction.executeWithoutResult(status -> events.publishEvent(new PartnershipActivity(id, 2022,
				Indicators.Measure.EVENT, null, 1, "Paris–Tokyo festival", "test:event:7")));
		// the listener runs after the commit on another thread: wait for it, up to a bound, without timing anything
		for (int i = 0; i < 100 && indicators.activities(id).stream()
			.noneMatch(a -> a.sourceRef().equals("test:event:7")); i++) {
			Thread.sleep(100);
		}
		assertThat(indicators.activities(id)).anyMatch(a -> a.sourceRef().equals("test:event:7"));
	}

	@Test
	void a_negative_amount_or_a_fact_without_source_is_refused() {
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> new PartnershipActivity(1, 2020,
				Indicators.Measure.REACH, null, -1, null, "x")).isInstanceOf(IllegalArgumentException.class);
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> new PartnershipActivity(1, 2020,
				Indicators.Measure.REACH, null, 1, null, " ")).isInstanceOf(IllegalArgumentException.class);
	}
}
