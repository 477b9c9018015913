package io.github.attract.projection;

import io.github.attract.calc.Rate;
import io.github.attract.promotion.Metric;
import io.github.attract.promotion.MetricKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * Progress of a rate target (a KPI such as the start rate, 开工率) on a day: the target fraction, the
 * current rate as its two counts, whether it is met, and how many more projects of the base would
 * have to reach the milestone to meet it.
 *
 * <p><b>Projects short</b> is the smallest {@code n ≥ 0} with {@code (numerator + n) / denominator
 * ≥ target}, in exact integer arithmetic: {@code max(0, ceil(target × denominator − numerator))}.
 * The projects counted are the base's projects that have not yet reached the milestone; as a target
 * is at most 1, {@code n} never exceeds {@code denominator − numerator}, so the target is always
 * reachable when the base has projects. With an empty base (denominator zero) the rate is
 * undefined: the target is not met and no count of projects can meet it, so projects short is
 * empty.
 *
 * <pre>{@code
 * RateProgress p = RateProgress.of(Metric.START_RATE, new BigDecimal("0.8"), 5, 8);
 * p.projectsShort();   // OptionalLong[2]: 7 of 8 is 87.5 %, 6 of 8 only 75 %
 * p.summary("开工率");  // "开工率 target 80 %, 62.5 % now (5 of 8), 2 projects short"
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class RateProgress {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final Metric metric;
  private final BigDecimal target;
  private final long numerator;
  private final long denominator;

  private RateProgress(Metric metric, BigDecimal target, long numerator, long denominator) {
    this.metric = metric;
    this.target = target;
    this.numerator = numerator;
    this.denominator = denominator;
  }

  /**
   * Returns the progress of a rate target.
   *
   * @param metric a rate metric, the KPI
   * @param target the target fraction, from 0 to 1 (0.8 for 80 %)
   * @param numerator the projects of the base that reached the milestone, not negative
   * @param denominator the projects of the base, at least the numerator
   * @return the progress
   * @throws IllegalArgumentException if the metric is not a rate one, the target is outside [0, 1],
   *     or the counts are negative or the numerator exceeds the denominator
   */
  public static RateProgress of(
      Metric metric, BigDecimal target, long numerator, long denominator) {
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(target, "target");
    if (metric.kind() != MetricKind.RATE) {
      throw new IllegalArgumentException(
          "Rate progress 'metric' must be a rate, but '"
              + metric.code()
              + "' is a "
              + metric.kind().code());
    }
    if (target.signum() < 0 || target.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException(
          "Rate progress 'target' must be a fraction from 0 to 1, but was "
              + target.toPlainString());
    }
    if (numerator < 0 || numerator > denominator) {
      throw new IllegalArgumentException(
          "Rate progress counts must satisfy 0 <= numerator <= denominator, but were "
              + numerator
              + " of "
              + denominator);
    }
    return new RateProgress(metric, target, numerator, denominator);
  }

  /**
   * Returns the progress of a rate target from a rate of counts.
   *
   * @param metric a rate metric, the KPI
   * @param target the target fraction, from 0 to 1
   * @param current the current rate, a count of projects over a count of projects
   * @return the progress
   * @throws IllegalArgumentException as {@link #of(Metric, BigDecimal, long, long)}, or if the
   *     rate's numerator or denominator is not a whole number
   * @throws ArithmeticException if a count does not fit a {@code long}
   */
  public static RateProgress of(Metric metric, BigDecimal target, Rate current) {
    Objects.requireNonNull(current, "current");
    return of(metric, target, whole(current.numerator()), whole(current.denominator()));
  }

  private static long whole(BigDecimal n) {
    if (n.signum() != 0 && n.stripTrailingZeros().scale() > 0) {
      throw new IllegalArgumentException(
          "Rate progress counts must be whole numbers, but was " + n.toPlainString());
    }
    return n.longValueExact();
  }

  /**
   * Returns the KPI.
   *
   * @return the rate metric
   */
  public Metric metric() {
    return metric;
  }

  /**
   * Returns the target fraction.
   *
   * @return the fraction in [0, 1], e.g. {@code 0.8}
   */
  public BigDecimal target() {
    return target;
  }

  /**
   * Returns the count of projects of the base that reached the milestone.
   *
   * @return the numerator
   */
  public long numerator() {
    return numerator;
  }

  /**
   * Returns the count of projects of the base.
   *
   * @return the denominator
   */
  public long denominator() {
    return denominator;
  }

  /**
   * Returns the current rate, exact.
   *
   * @return numerator ÷ denominator; undefined for an empty base
   */
  public Rate current() {
    return Rate.of(numerator, denominator);
  }

  /**
   * Tells whether the target is met: the base is not empty and numerator ≥ target × denominator,
   * compared exactly.
   *
   * @return true if met
   */
  public boolean isMet() {
    return denominator > 0 && BigDecimal.valueOf(numerator).compareTo(needed()) >= 0;
  }

  /**
   * Returns how many more projects of the base must reach the milestone to meet the target: the
   * smallest {@code n ≥ 0} with {@code (numerator + n) / denominator ≥ target}, at most {@code
   * denominator − numerator}.
   *
   * @return the count, zero once met; empty for an empty base, where no count meets the target
   */
  public OptionalLong projectsShort() {
    if (denominator == 0) {
      return OptionalLong.empty();
    }
    long n = needed().setScale(0, RoundingMode.CEILING).longValueExact() - numerator;
    // target <= 1 keeps n <= denominator - numerator; the cap only guards that invariant
    return OptionalLong.of(Math.min(Math.max(0, n), denominator - numerator));
  }

  private BigDecimal needed() {
    return target.multiply(BigDecimal.valueOf(denominator));
  }

  /**
   * Returns the progress in one line under a name of the caller's (such as {@code 开工率} or the
   * target's name): {@code "开工率 target 80 %, 62.5 % now (5 of 8), 2 projects short"}, {@code "...,
   * met"}, or {@code "..., undefined now (0 of 0), no projects in the base"}. Percentages are exact
   * where they end within two places and otherwise rounded half-even to two places, with trailing
   * zeros dropped.
   *
   * @param name the name of the KPI or target
   * @return the text
   */
  public String summary(String name) {
    Objects.requireNonNull(name, "name");
    StringBuilder b =
        new StringBuilder(name)
            .append(" target ")
            .append(plain(target.multiply(HUNDRED)))
            .append(" %, ");
    if (denominator == 0) {
      return b.append("undefined now (0 of 0), no projects in the base").toString();
    }
    b.append(plain(current().percent(2, RoundingMode.HALF_EVEN).orElseThrow()))
        .append(" % now (")
        .append(numerator)
        .append(" of ")
        .append(denominator)
        .append("), ");
    long n = projectsShort().getAsLong();
    if (n == 0) {
      return b.append("met").toString();
    }
    return b.append(n).append(n == 1 ? " project short" : " projects short").toString();
  }

  private static String plain(BigDecimal d) {
    return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof RateProgress that
        && that.metric == metric
        && that.target.compareTo(target) == 0
        && that.numerator == numerator
        && that.denominator == denominator;
  }

  @Override
  public int hashCode() {
    return Objects.hash(metric, target.stripTrailingZeros(), numerator, denominator);
  }

  /**
   * Returns the progress under the metric's code: {@code "start-rate target 80 %, 62.5 % now (5 of
   * 8), 2 projects short"}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return summary(metric.code());
  }
}
