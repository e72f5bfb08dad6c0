package org.amity.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** Known values from published t tables and from SciPy's stats.t and ttest_ind(equal_var=False). */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class StatisticsTest {

	@Test
	void the_97_5_percent_point_of_student_t_matches_the_published_table() {
		assertThat(Statistics.studentTQuantile(0.975, 1)).isCloseTo(12.7062047, within(1e-6));
		assertThat(Statistics.studentTQuantile(0.975, 2)).isCloseTo(4.3026527, within(1e-6));
		assertThat(Statistics.studentTQuantile(0.975, 5)).isCloseTo(2.5705818, within(1e-6));
		assertThat(Statistics.studentTQuantile(0.975, 10)).isCloseTo(2.2281389, within(1e-6));
		assertThat(Statistics.studentTQuantile(0.975, 30)).isCloseTo(2.0422725, within(1e-6));
		assertThat(Statistics.studentTQuantile(0.975, 100)).isCloseTo(1.9839715, within(1e-6));
		assertThat(Statistics.studentTQuantile(0.025, 10)).isCloseTo(-2.2281389, within(1e-6));
	}

	@Test
	void the_t_distribution_function_matches_a_known_value_and_is_symmetric() {
		assertThat(Statistics.studentTCdf(2.0, 5)).isCloseTo(0.9490302606, within(1e-9));
		assertThat(Statistics.studentTCdf(-2.0, 5)).isCloseTo(1 - 0.9490302606, within(1e-9));
		assertThat(Statistics.studentTCdf(0, 7)).isCloseTo(0.5, within(1e-12));
	}

	@Test
	void the_log_gamma_function_gives_factorials() {
		assertThat(Math.exp(Statistics.logGamma(5))).isCloseTo(24, within(1e-9));
		assertThat(Math.exp(Statistics.logGamma(0.5))).isCloseTo(Math.sqrt(Math.PI), within(1e-12));
	}

	@Test
	void the_paired_change_has_a_t_based_95_percent_interval() {
		double[] changes = { 1, 2, 0, 3, 1, 2, -1, 2 };
		var interval = Statistics.meanInterval(changes, 0.95);
		assertThat(interval.estimate()).isEqualTo(1.25);
		assertThat(interval.low()).isCloseTo(0.1784386368, within(1e-9));
		assertThat(interval.high()).isCloseTo(2.3215613632, within(1e-9));
		assertThat(interval.n()).isEqualTo(8);
		assertThat(interval.excludesZero()).isTrue();
	}

	@Test
	void the_difference_in_change_between_two_groups_uses_welch_degrees_of_freedom() {
		double[] participants = { 1, 2, 0, 3, 1, 2, -1, 2 };
		double[] comparison = { 0, 1, -1, 0, 1, 0, 0, 1, -1, 0 };
		assertThat(Statistics.welchDegreesOfFreedom(participants, comparison)).isCloseTo(10.6229645794, within(1e-8));
		var interval = Statistics.welchDifference(participants, comparison, 0.95);
		assertThat(interval.estimate()).isCloseTo(1.15, within(1e-12));
		assertThat(interval.low()).isCloseTo(0.0232645085, within(1e-8));
		assertThat(interval.high()).isCloseTo(2.2767354915, within(1e-8));
	}

	@Test
	void a_variance_needs_two_values_and_a_mean_needs_one() {
		assertThatThrownBy(() -> Statistics.sampleVariance(new double[] { 1 }))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> Statistics.mean(new double[0])).isInstanceOf(IllegalArgumentException.class);
		assertThat(Statistics.sampleVariance(new double[] { 2, 4, 4, 4, 5, 5, 7, 9 })).isCloseTo(32.0 / 7, within(1e-12));
	}
}
