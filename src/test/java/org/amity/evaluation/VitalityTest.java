package org.amity.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import org.amity.partnership.Partnerships;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The vitality reading of the real Seoul–Tokyo records, by the default rule (dormant after three quiet years). */
@SpringBootTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class VitalityTest {

	@Autowired
	Vitality vitality;

	@Autowired
	Partnerships partnerships;

	VitalityReading seoulTokyo() {
		return vitality.reading(partnerships.findBySlug("seoul-kr-tokyo-jp").orElseThrow().id());
	}

	@Test
	void seoul_and_tokyo_read_dormant_from_1999_to_2013_and_revive_in_2014() {
		var reading = seoulTokyo();
		assertThat(reading.dormantYears()).containsAll(IntStream.rangeClosed(1999, 2013).boxed().toList());
		assertThat(reading.dormantYears()).doesNotContain(1996, 1997, 1998, 2014, 2015, 2016, 2017);
		var revival = reading.years().stream().filter(y -> y.year() == 2014).findFirst().orElseThrow();
		assertThat(revival.state()).isEqualTo(VitalityReading.State.REVIVAL);
		assertThat(revival.activities()).extracting(VitalityPolicy.Activity::kind).containsExactly(ActivityKind.MOU);
		var decade = reading.periods().stream().filter(p -> p.from() == 1999).findFirst().orElseThrow();
		assertThat(decade.to()).isEqualTo(2013);
		assertThat(decade.quietSince()).isEqualTo(1996);
	}

	@Test
	void the_same_rule_reads_the_quiet_years_between_the_founding_and_the_1996_visit_as_dormant_too() {
		// Only the 1988 agreement and the 1996 visit are on record for those years: 1989–1990 are the first quiet
		// years, 1991–1995 have gone three full years without activity.
		assertThat(seoulTokyo().dormantYears()).contains(1991, 1992, 1993, 1994, 1995).doesNotContain(1988, 1989, 1990);
	}

	@Test
	void the_index_is_highest_in_years_of_activity_and_halves_every_quiet_year() {
		var years = seoulTokyo().years();
		int in1988 = years.get(0).index();
		int in1989 = years.get(1).index();
		assertThat(years.get(0).year()).isEqualTo(1988);
		assertThat(in1988).isEqualTo(60);
		assertThat(in1989).isEqualTo(30);
		var in2015 = years.stream().filter(y -> y.year() == 2015).findFirst().orElseThrow();
		assertThat(in2015.index()).isEqualTo(75);
	}

	@Test
	void a_stricter_rule_flags_dormancy_sooner() {
		var strict = new VitalityPolicy(1);
		assertThat(strict.isDormant(1997, 1996)).isTrue();
		assertThat(new VitalityPolicy(3).isDormant(1998, 1996)).isFalse();
		assertThat(strict.index(1990, List.of(new VitalityPolicy.Activity(1988, ActivityKind.FOUNDING_AGREEMENT, "x"))))
			.isEqualTo(15);
	}

	@Autowired
	ContextTimeline context;

	@Test
	void on_the_real_records_no_city_level_activity_is_on_record_in_or_after_any_year_of_tension_including_2019() {
		var reading = vitality.realReading(partnerships.findBySlug("seoul-kr-tokyo-jp").orElseThrow().id());
		var tense = vitality.resilience(reading, context.between("JP", "KR"));
		assertThat(tense).extracting(Vitality.TenseYear::year).containsExactly(2005, 2012, 2018, 2019);
		// on the records alone nothing happened in 2005–06, 2012–13 or 2018–20: the 2014 MOU came two years after 2012
		assertThat(tense).filteredOn(t -> t.year() == 2019).singleElement()
			.satisfies(t -> {
				assertThat(t.held()).isFalse();
				assertThat(t.events()).hasSize(3);
			});
		assertThat(tense).allSatisfy(t -> assertThat(t.held()).isFalse());
	}

	@Test
	void programs_and_events_entered_later_change_the_reading_but_never_the_dormant_decade_or_the_revival() {
		var id = partnerships.findBySlug("seoul-kr-tokyo-jp").orElseThrow().id();
		var real = vitality.realReading(id);
		var withPrograms = vitality.reading(id);
		assertThat(real.dormantYears()).contains(2018, 2019, 2020);
		// the demo exchange programs run from 2016 on: 2019, a year of tension, now held
		assertThat(withPrograms.dormantYears()).doesNotContain(2018, 2019, 2020)
			.containsAll(IntStream.rangeClosed(1999, 2013).boxed().toList());
		assertThat(vitality.resilience(withPrograms, context.between("JP", "KR")))
			.filteredOn(t -> t.year() == 2019).singleElement().satisfies(t -> assertThat(t.held()).isTrue());
		var y2016 = withPrograms.years().stream().filter(y -> y.year() == 2016).findFirst().orElseThrow();
		assertThat(y2016.activities()).extracting(VitalityPolicy.Activity::kind)
			.contains(ActivityKind.PROGRAM, ActivityKind.EVENT);
		assertThat(y2016.index()).isGreaterThan(real.years().stream().filter(y -> y.year() == 2016).findFirst()
			.orElseThrow().index());
	}

	@Test
	void the_demo_activity_starts_after_the_2015_joint_statement() {
		var id = partnerships.findBySlug("seoul-kr-tokyo-jp").orElseThrow().id();
		assertThat(DemoData.activities(id, Indicators.Direction.A_TO_B, Indicators.Direction.B_TO_A))
			.allSatisfy(a -> assertThat(a.year()).isGreaterThan(2015));
		assertThat(DemoData.FIRST_YEAR).isGreaterThan(2015);
	}
}
