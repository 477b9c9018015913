package io.github.attract.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * An exchange rate quoted on a date: one unit of {@link #from()} is worth {@link #rate()} units of
 * {@link #to()}. {@code USD/CNY 7.1234 on 2023-04-24} turns USD 100.00 into CNY 712.34.
 *
 * <p>The rate is exact and positive, and normalised (no trailing zeros), so {@code 7.10} and {@code
 * 7.1} are the same rate. A rate from a currency to itself must be exactly one: that is the
 * identity used for same-currency conversions.
 *
 * <pre>{@code
 * ExchangeRate usdCny = ExchangeRate.builder()
 *     .from(Currencies.USD).to(Currencies.CNY)
 *     .rate(new BigDecimal("7.1234")).date(LocalDate.of(2023, 4, 24))
 *     .build();
 * ExchangeRate.parse("USD/CNY 7.1234 on 2023-04-24").equals(usdCny);   // true
 * usdCny.convert(Money.of("USD", "100"), RoundingMode.HALF_EVEN);       // CNY 712.34
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ExchangeRate {
  private static final Pattern TEXT = Pattern.compile("([A-Z]{3})/([A-Z]{3}) (\\S+) on (\\S+)");

  ExchangeRate() {}

  /**
   * Builds an exchange rate; every attribute is required.
   *
   * <p>Not thread-safe; {@link #build()} throws {@link IllegalStateException} if an attribute is
   * missing and {@link IllegalArgumentException} if the rate breaks a rule of {@link ExchangeRate}.
   */
  public interface Builder {
    /**
     * Sets the currency converted from.
     *
     * @param from the currency of one unit
     * @return this builder
     */
    Builder from(Currency from);

    /**
     * Sets the currency converted to.
     *
     * @param to the currency the rate is stated in
     * @return this builder
     */
    Builder to(Currency to);

    /**
     * Sets the rate.
     *
     * @param rate units of {@code to} per unit of {@code from}, positive
     * @return this builder
     */
    Builder rate(BigDecimal rate);

    /**
     * Sets the date on which the rate is quoted; it is in force from that date on.
     *
     * @param date the date
     * @return this builder
     */
    Builder date(LocalDate date);

    /**
     * Returns the exchange rate.
     *
     * @return the rate
     * @throws IllegalStateException if an attribute is missing
     * @throws IllegalArgumentException if the rate is not positive, a currency has no minor unit,
     *     or the currencies are the same and the rate is not one
     */
    ExchangeRate build();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return ImmutableExchangeRate.builder();
  }

  /**
   * Returns the rate of one to one from a currency to itself, in force on a date.
   *
   * @param currency the currency
   * @param date the date
   * @return the identity rate
   */
  public static ExchangeRate identity(Currency currency, LocalDate date) {
    return builder().from(currency).to(currency).rate(BigDecimal.ONE).date(date).build();
  }

  /**
   * Parses the form that {@link #toString()} writes, e.g. {@code "USD/CNY 7.1234 on 2023-04-24"}.
   *
   * @param text the text
   * @return the rate
   * @throws IllegalArgumentException if the text is not of that form or breaks a rule of the rate
   */
  public static ExchangeRate parse(String text) {
    Objects.requireNonNull(text, "text");
    Matcher m = TEXT.matcher(text);
    if (!m.matches() || !m.group(3).matches("\\d+(\\.\\d+)?")) {
      throw new IllegalArgumentException(
          "Exchange rate text must look like 'USD/CNY 7.1234 on 2023-04-24', but was '"
              + text
              + "'");
    }
    LocalDate date;
    try {
      date = LocalDate.parse(m.group(4));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "Exchange rate text must look like 'USD/CNY 7.1234 on 2023-04-24', but was '"
              + text
              + "'",
          e);
    }
    return builder()
        .from(Currencies.of(m.group(1)))
        .to(Currencies.of(m.group(2)))
        .rate(new BigDecimal(m.group(3)))
        .date(date)
        .build();
  }

  /**
   * Returns the currency converted from.
   *
   * @return the currency of which one unit is worth {@link #rate()}
   */
  public abstract Currency from();

  /**
   * Returns the currency converted to.
   *
   * @return the currency in which the rate is stated
   */
  public abstract Currency to();

  /**
   * Returns the rate.
   *
   * @return units of {@link #to()} per unit of {@link #from()}: exact, positive, without trailing
   *     zeros
   */
  public abstract BigDecimal rate();

  /**
   * Returns the date of the quote; the rate is in force from that date until a later quote.
   *
   * @return the date
   */
  public abstract LocalDate date();

  /**
   * Tells whether this is a rate from a currency to itself.
   *
   * @return true if {@code from} and {@code to} are the same
   */
  public boolean isIdentity() {
    return from().equals(to());
  }

  /**
   * Converts money in {@link #from()} to {@link #to()}, rounding once to the target's scale.
   *
   * @param source money in {@link #from()}
   * @param rounding how to round to the target currency's scale
   * @return the money in {@link #to()}
   * @throws CurrencyMismatchException if the source is not in {@link #from()}
   * @throws ArithmeticException if rounding is needed and {@code rounding} is {@code UNNECESSARY}
   */
  public Money convert(Money source, RoundingMode rounding) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(rounding, "rounding");
    if (!source.isIn(from())) {
      throw new CurrencyMismatchException(from(), source.currency());
    }
    return Money.of(to(), source.amount().multiply(rate()), rounding);
  }

  /**
   * Converts money in {@link #to()} back to {@link #from()} by dividing by the rate, rounding once
   * to the target's scale (no rounded inverse rate is ever used).
   *
   * @param source money in {@link #to()}
   * @param rounding how to round to the target currency's scale
   * @return the money in {@link #from()}
   * @throws CurrencyMismatchException if the source is not in {@link #to()}
   * @throws ArithmeticException if rounding is needed and {@code rounding} is {@code UNNECESSARY}
   */
  public Money convertInverse(Money source, RoundingMode rounding) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(rounding, "rounding");
    if (!source.isIn(to())) {
      throw new CurrencyMismatchException(to(), source.currency());
    }
    int scale = from().getDefaultFractionDigits();
    return Money.of(from(), source.amount().divide(rate(), scale, rounding));
  }

  /**
   * Checks the rules and normalises the rate.
   *
   * @return this rate, or an equal one with the rate's trailing zeros removed
   */
  @Value.Check
  protected ExchangeRate check() {
    Money.zero(from());
    Money.zero(to());
    if (rate().signum() <= 0) {
      throw new IllegalArgumentException(
          "Exchange rate '"
              + pair()
              + "' on "
              + date()
              + " must be positive, but was "
              + rate().toPlainString());
    }
    if (isIdentity() && rate().compareTo(BigDecimal.ONE) != 0) {
      throw new IllegalArgumentException(
          "Exchange rate '"
              + pair()
              + "' on "
              + date()
              + " must be 1 between a currency and itself, but was "
              + rate().toPlainString());
    }
    BigDecimal normalised = ReportUnit.plain(rate());
    if (normalised.equals(rate())) {
      return this;
    }
    return builder().from(from()).to(to()).rate(normalised).date(date()).build();
  }

  String pair() {
    return from().getCurrencyCode() + "/" + to().getCurrencyCode();
  }

  /**
   * Returns the pair, the plain rate and the date: {@code "USD/CNY 7.1234 on 2023-04-24"}. {@link
   * #parse(String)} reads it back.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return pair() + " " + rate().toPlainString() + " on " + date();
  }
}
