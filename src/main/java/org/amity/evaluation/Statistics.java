package org.amity.evaluation;

import java.util.Arrays;

/**
 * The few statistics survey results need, named and tested against published values: the mean, the sample variance,
 * Student's t distribution (from the regularized incomplete beta function), the t-based confidence interval of a mean
 * (used on each person's change between before and after) and Welch's interval for the difference of two means (the
 * participants' change against the comparison group's), which does not assume the two groups vary alike.
 */
public final class Statistics {

	private Statistics() {
	}

	/** An estimate with its confidence interval and the number of people behind it. */
	public record Interval(double estimate, double low, double high, int n, double level) {

		/** Whether the interval lies wholly above or below zero: a change that is not plausibly nothing. */
		public boolean excludesZero() {
			return low > 0 || high < 0;
		}
	}

	public static double mean(double[] values) {
		if (values.length == 0) {
			throw new IllegalArgumentException("the mean of nothing is undefined");
		}
		return Arrays.stream(values).sum() / values.length;
	}

	/** The variance with n − 1 in the denominator, the unbiased estimate from a sample. */
	public static double sampleVariance(double[] values) {
		if (values.length < 2) {
			throw new IllegalArgumentException("a sample variance needs at least two values");
		}
		double mean = mean(values);
		double sum = 0;
		for (double value : values) {
			sum += (value - mean) * (value - mean);
		}
		return sum / (values.length - 1);
	}

	/** The mean with its two-sided t-based confidence interval (a paired design passes the differences). */
	public static Interval meanInterval(double[] values, double level) {
		int n = values.length;
		double mean = mean(values);
		double half = studentTQuantile(1 - (1 - level) / 2, n - 1) * Math.sqrt(sampleVariance(values) / n);
		return new Interval(mean, mean - half, mean + half, n, level);
	}

	/** Welch's interval for mean(a) − mean(b), with the Welch–Satterthwaite degrees of freedom. */
	public static Interval welchDifference(double[] a, double[] b, double level) {
		double va = sampleVariance(a) / a.length;
		double vb = sampleVariance(b) / b.length;
		double difference = mean(a) - mean(b);
		double se = Math.sqrt(va + vb);
		if (se == 0) {
			return new Interval(difference, difference, difference, a.length + b.length, level);
		}
		double df = welchDegreesOfFreedom(a, b);
		double half = studentTQuantile(1 - (1 - level) / 2, df) * se;
		return new Interval(difference, difference - half, difference + half, a.length + b.length, level);
	}

	public static double welchDegreesOfFreedom(double[] a, double[] b) {
		double va = sampleVariance(a) / a.length;
		double vb = sampleVariance(b) / b.length;
		return (va + vb) * (va + vb) / (va * va / (a.length - 1) + vb * vb / (b.length - 1));
	}

	/** P(T ≤ t) for Student's t with {@code df} degrees of freedom. */
	public static double studentTCdf(double t, double df) {
		if (df <= 0) {
			throw new IllegalArgumentException("degrees of freedom must be positive");
		}
		double x = df / (df + t * t);
		double tail = 0.5 * regularizedIncompleteBeta(x, df / 2, 0.5);
		return t > 0 ? 1 - tail : tail;
	}

	/** The t value below which a share {@code p} of Student's t distribution lies (found by bisection). */
	public static double studentTQuantile(double p, double df) {
		if (p <= 0 || p >= 1) {
			throw new IllegalArgumentException("p must lie strictly between 0 and 1");
		}
		if (p < 0.5) {
			return -studentTQuantile(1 - p, df);
		}
		double low = 0;
		double high = 1;
		while (studentTCdf(high, df) < p) {
			high *= 2;
		}
		for (int i = 0; i < 200 && high - low > 1e-12; i++) {
			double middle = (low + high) / 2;
			if (studentTCdf(middle, df) < p) {
				low = middle;
			}
			else {
				high = middle;
			}
		}
		return (low + high) / 2;
	}

	/** I_x(a, b), by its continued fraction (modified Lentz), on the side where that converges quickly. */
	static double regularizedIncompleteBeta(double x, double a, double b) {
		if (x <= 0) {
			return 0;
		}
		if (x >= 1) {
			return 1;
		}
		double front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
		if (x < (a + 1) / (a + b + 2)) {
			return front * betaContinuedFraction(x, a, b) / a;
		}
		return 1 - front * betaContinuedFraction(1 - x, b, a) / b;
	}

	private static double betaContinuedFraction(double x, double a, double b) {
		final double tiny = 1e-300;
		double c = 1;
		double d = 1 - (a + b) * x / (a + 1);
		d = 1 / (Math.abs(d) < tiny ? tiny : d);
		double result = d;
		for (int m = 1; m <= 300; m++) {
			int m2 = 2 * m;
			double even = m * (b - m) * x / ((a + m2 - 1) * (a + m2));
			d = 1 + even * d;
			c = 1 + even / c;
			d = 1 / (Math.abs(d) < tiny ? tiny : d);
			c = Math.abs(c) < tiny ? tiny : c;
			result *= d * c;
			double odd = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1));
			d = 1 + odd * d;
			c = 1 + odd / c;
			d = 1 / (Math.abs(d) < tiny ? tiny : d);
			c = Math.abs(c) < tiny ? tiny : c;
			double step = d * c;
			result *= step;
			if (Math.abs(step - 1) < 1e-15) {
				break;
			}
		}
		return result;
	}

	/** ln Γ(x) by the Lanczos approximation (g = 7, nine coefficients), accurate to about 15 digits. */
	static double logGamma(double x) {
		if (x < 0.5) {
			return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
		}
		double[] g = { 0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
				-176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
				1.5056327351493116e-7 };
		x -= 1;
		double sum = g[0];
		for (int i = 1; i < g.length; i++) {
			sum += g[i] / (x + i);
		}
		double t = x + 7.5;
		return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(sum);
	}
}
