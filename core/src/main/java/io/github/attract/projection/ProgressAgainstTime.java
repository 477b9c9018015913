package io.github.attract.projection;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Progress against time elapsed: the completion percentage less the percentage of the year (or of
 * the building season) gone, in percentage points. Positive is ahead, negative behind.
 *
 * <pre>{@code
 * ProgressAgainstTime p = ProgressAgainstTime.of(new BigDecimal("30.00"), new BigDecimal("33.33"));
 * p.points();    // -3.33
 * p.verdict();   // "behind by 3.33 points"
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class ProgressAgainstTime {
  private final BigDecimal completionPercent;
  private final BigDecimal elapsedPercent;

  private ProgressAgainstTime(BigDecimal completionPercent, BigDecimal elapsedPercent) {
    this.completionPercent = completionPercent;
    this.elapsedPercent = elapsedPercent;
  }

  /**
   * Returns progress against time.
   *
   * @param completionPercent the percentage of the plan completed
   * @param elapsedPercent the percentage of the time gone
   * @return the comparison
   */
  public static ProgressAgainstTime of(BigDecimal completionPercent, BigDecimal elapsedPercent) {
    return new ProgressAgainstTime(
        Objects.requireNonNull(completionPercent, "completionPercent"),
        Objects.requireNonNull(elapsedPercent, "elapsedPercent"));
  }

  /**
   * Returns the percentage of the plan completed.
   *
   * @return the percentage
   */
  public BigDecimal completionPercent() {
    return completionPercent;
  }

  /**
   * Returns the percentage of the time gone.
   *
   * @return the percentage
   */
  public BigDecimal elapsedPercent() {
    return elapsedPercent;
  }

  /**
   * Returns the completion percentage less the elapsed percentage.
   *
   * @return the points, positive when ahead
   */
  public BigDecimal points() {
    return completionPercent.subtract(elapsedPercent);
  }

  /**
   * Tells whether completion runs ahead of time.
   *
   * @return true if the points are positive
   */
  public boolean isAhead() {
    return points().signum() > 0;
  }

  /**
   * Tells whether completion runs behind time.
   *
   * @return true if the points are negative
   */
  public boolean isBehind() {
    return points().signum() < 0;
  }

  /**
   * Says how far ahead or behind: {@code "ahead by 12.67 points"}, {@code "behind by 3.33 points"}
   * or {@code "on time"}.
   *
   * @return the verdict
   */
  public String verdict() {
    BigDecimal p = points();
    if (p.signum() == 0) {
      return "on time";
    }
    return (p.signum() > 0 ? "ahead by " : "behind by ") + p.abs().toPlainString() + " points";
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof ProgressAgainstTime that
        && that.completionPercent.equals(completionPercent)
        && that.elapsedPercent.equals(elapsedPercent);
  }

  @Override
  public int hashCode() {
    return completionPercent.hashCode() * 31 + elapsedPercent.hashCode();
  }

  /**
   * Returns both percentages and the verdict: {@code "30.00 % done, 33.33 % of time gone: behind by
   * 3.33 points"}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return completionPercent.toPlainString()
        + " % done, "
        + elapsedPercent.toPlainString()
        + " % of time gone: "
        + verdict();
  }
}
