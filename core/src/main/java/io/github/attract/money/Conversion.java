package io.github.attract.money;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Currency;
import org.immutables.value.Value;

/**
 * The result of converting money with a dated exchange rate: the source money, the rate used (with
 * its date), the date the conversion was asked for, the rounding, and the converted money.
 *
 * <p>The converted money is computed from the other parts, never stored, so it always agrees with
 * them: the source amount times the rate, rounded once to the target currency's scale; or, when the
 * rate was quoted the other way round ({@link #isInverse()}), the source amount divided by the
 * rate, rounded once. {@link ExchangeRateTable#convert} makes conversions; the builder is there for
 * tools that store and reload them.
 *
 * <pre>{@code
 * Conversion c = table.convert(Money.of("USD", "100"), Currencies.CNY,
 *     LocalDate.of(2023, 4, 30), RoundingMode.HALF_EVEN);
 * c.converted();       // CNY 712.34
 * c.rate();            // USD/CNY 7.1234 on 2023-04-24, the latest on or before 2023-04-30
 * c.rate().date();     // 2023-04-24
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Conversion {
  Conversion() {}

  /**
   * Builds a conversion; every attribute is required.
   *
   * <p>Not thread-safe; {@link #build()} throws {@link IllegalStateException} if an attribute is
   * missing.
   */
  public interface Builder {
    /**
     * Sets the money converted.
     *
     * @param source money in one of the rate's currencies
     * @return this builder
     */
    Builder source(Money source);

    /**
     * Sets the rate used.
     *
     * @param rate the rate
     * @return this builder
     */
    Builder rate(ExchangeRate rate);

    /**
     * Sets the rounding applied to the converted amount.
     *
     * @param rounding the rounding mode
     * @return this builder
     */
    Builder rounding(RoundingMode rounding);

    /**
     * Sets the date for which the conversion was asked.
     *
     * @param asOf the date, on or after the rate's date
     * @return this builder
     */
    Builder asOf(LocalDate asOf);

    /**
     * Returns the conversion.
     *
     * @return the conversion
     * @throws IllegalStateException if an attribute is missing
     * @throws IllegalArgumentException if the source is in neither of the rate's currencies or the
     *     rate is dated after {@code asOf}
     * @throws ArithmeticException if rounding is needed and the rounding is {@code UNNECESSARY}
     */
    Conversion build();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return ImmutableConversion.builder();
  }

  /**
   * Returns the money converted.
   *
   * @return the source money
   */
  public abstract Money source();

  /**
   * Returns the rate used, as quoted: for an {@link #isInverse() inverse} conversion its {@code
   * from} is the target currency.
   *
   * @return the rate, with its date
   */
  public abstract ExchangeRate rate();

  /**
   * Returns the rounding applied to the converted amount.
   *
   * @return the rounding mode
   */
  public abstract RoundingMode rounding();

  /**
   * Returns the date for which the conversion was asked; the rate's date is on or before it.
   *
   * @return the as-of date
   */
  public abstract LocalDate asOf();

  /**
   * Tells whether the rate was used the other way round: the source is in the rate's {@code to}
   * currency and was divided by the rate.
   *
   * @return true if the rate was inverted
   */
  public boolean isInverse() {
    return !rate().isIdentity() && source().isIn(rate().to());
  }

  /**
   * Returns the currency converted to.
   *
   * @return the target currency
   */
  public Currency target() {
    return isInverse() ? rate().from() : rate().to();
  }

  /**
   * Returns the converted money, rounded once to the target currency's scale.
   *
   * @return the money in the {@link #target()} currency
   */
  public Money converted() {
    return isInverse()
        ? rate().convertInverse(source(), rounding())
        : rate().convert(source(), rounding());
  }

  /**
   * Checks that the parts fit together.
   *
   * @throws IllegalArgumentException if the source is in neither of the rate's currencies or the
   *     rate is dated after {@code asOf}
   */
  @Value.Check
  protected void check() {
    if (!source().isIn(rate().from()) && !source().isIn(rate().to())) {
      throw new IllegalArgumentException(
          "Conversion 'source' must be in a currency of rate '"
              + rate()
              + "', but was "
              + source());
    }
    if (rate().date().isAfter(asOf())) {
      throw new IllegalArgumentException(
          "Conversion 'rate' must be dated on or before 'asOf', but "
              + rate().date()
              + " > "
              + asOf());
    }
    converted(); // fails now, not on first use, if the rounding mode is UNNECESSARY but needed
  }

  /**
   * Returns the source, the converted money, the rate and the date: {@code "USD 100.00 -> CNY
   * 712.34 at USD/CNY 7.1234 on 2023-04-24 (as of 2023-04-30, HALF_EVEN)"}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return source()
        + " -> "
        + converted()
        + " at "
        + rate()
        + (isInverse() ? " inverted" : "")
        + " (as of "
        + asOf()
        + ", "
        + rounding()
        + ")";
  }
}
