package io.github.attract.calc;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An exact ratio, kept as its numerator and denominator: a KPI such as the start rate (12 of 20
 * projects) or the funds-in-place rate (CNY 1.2 billion of 3 billion). It is rounded only when
 * presented, with a scale and a rounding mode the caller names; a zero denominator gives an
 * explicit "undefined" (an empty {@link Optional}), never a division error.
 *
 * <pre>{@code
 * Rate start = Rate.of(12, 20);
 * start.percent(2, RoundingMode.HALF_EVEN);   // Optional[60.00]
 * Rate.of(0, 0).percent(2, RoundingMode.HALF_EVEN);   // Optional.empty: undefined
 * }</pre>
 *
 * <p>Two rates are equal when their numerators and their denominators are numerically equal ({@code
 * 12/20} is not equal to {@code 3/5}: a rate records what it counts). Immutable, thread-safe and
 * serializable.
 */
public final class Rate implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final BigDecimal numerator;
  private final BigDecimal denominator;

  private Rate(BigDecimal numerator, BigDecimal denominator) {
    this.numerator = numerator;
    this.denominator = denominator;
  }

  /**
   * Returns the rate of two numbers.
   *
   * @param numerator the part
   * @param denominator the base; zero makes the rate undefined
   * @return the rate
   */
  public static Rate of(BigDecimal numerator, BigDecimal denominator) {
    return new Rate(
        Objects.requireNonNull(numerator, "numerator"),
        Objects.requireNonNull(denominator, "denominator"));
  }

  /**
   * Returns the rate of two counts.
   *
   * @param numerator the part
   * @param denominator the base; zero makes the rate undefined
   * @return the rate
   */
  public static Rate of(long numerator, long denominator) {
    return new Rate(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator));
  }

  /**
   * Returns the numerator.
   *
   * @return the part
   */
  public BigDecimal numerator() {
    return numerator;
  }

  /**
   * Returns the denominator, the base the caller named.
   *
   * @return the base
   */
  public BigDecimal denominator() {
    return denominator;
  }

  /**
   * Tells whether the rate exists: its base is not zero.
   *
   * @return true if the denominator is not zero
   */
  public boolean isDefined() {
    return denominator.signum() != 0;
  }

  /**
   * Returns the ratio rounded to a precision.
   *
   * @param context the precision and rounding
   * @return the ratio, or empty if undefined
   */
  public Optional<BigDecimal> ratio(MathContext context) {
    Objects.requireNonNull(context, "context");
    return isDefined() ? Optional.of(numerator.divide(denominator, context)) : Optional.empty();
  }

  /**
   * Returns the rate in percent, rounded to a number of decimal places.
   *
   * @param scale the decimal places of the percentage
   * @param rounding how to round
   * @return the percentage, e.g. {@code 60.00}, or empty if undefined
   */
  public Optional<BigDecimal> percent(int scale, RoundingMode rounding) {
    Objects.requireNonNull(rounding, "rounding");
    if (!isDefined()) {
      return Optional.empty();
    }
    return Optional.of(numerator.multiply(HUNDRED).divide(denominator, scale, rounding));
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof Rate that
        && that.numerator.compareTo(numerator) == 0
        && that.denominator.compareTo(denominator) == 0;
  }

  @Override
  public int hashCode() {
    return numerator.stripTrailingZeros().hashCode() * 31
        + denominator.stripTrailingZeros().hashCode();
  }

  /**
   * Returns the fraction and, for reading, its percentage at two decimal places rounded half-even:
   * {@code "12 / 20 (60.00 %)"}, or {@code "0 / 0 (undefined)"}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    String fraction = numerator.toPlainString() + " / " + denominator.toPlainString();
    return fraction
        + percent(2, RoundingMode.HALF_EVEN)
            .map(p -> " (" + p.toPlainString() + " %)")
            .orElse(" (undefined)");
  }
}
