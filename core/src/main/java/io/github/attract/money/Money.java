package io.github.attract.money;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An exact amount of money in one ISO-4217 currency.
 *
 * <p>The amount is normalised to the currency's scale (two decimal places for {@code CNY}), so
 * {@code equals} compares what a person would compare: {@code CNY 1.5} and {@code CNY 1.50} are the
 * same money. No operation rounds unless it takes a {@link RoundingMode}; no operation mixes
 * currencies ({@link CurrencyMismatchException}).
 *
 * <pre>{@code
 * Money total = Money.ofMajor(Currencies.CNY, 1_050_000_000L);   // CNY 1050000000.00
 * Money half = total.multipliedBy(new BigDecimal("0.5"), RoundingMode.HALF_EVEN);
 * Money.parse(total.toString()).equals(total);                   // true
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Money implements Comparable<Money>, Serializable {
  private static final long serialVersionUID = 1L;

  /** Every {@code long} has at most 19 digits, and every number of at most 18 digits fits. */
  private static final int DIGITS_THAT_ALWAYS_FIT_LONG = 18;

  private final Currency currency;
  private final BigDecimal amount;

  private Money(Currency currency, BigDecimal amount) {
    this.currency = currency;
    this.amount = amount;
  }

  /**
   * Returns money of an exact amount.
   *
   * @param currency the currency
   * @param amount the amount; it must not have more decimal places than the currency allows
   * @return the money, with the amount at the currency's scale
   * @throws IllegalArgumentException if the amount has more decimal places than the currency
   *     allows, or the currency has no minor unit
   */
  public static Money of(Currency currency, BigDecimal amount) {
    Objects.requireNonNull(amount, "amount");
    int scale = scaleOf(currency);
    BigDecimal stripped = amount.stripTrailingZeros();
    if (stripped.scale() > scale) {
      throw new IllegalArgumentException(
          "Money 'amount' "
              + amount.toPlainString()
              + " has more decimal places than "
              + currency.getCurrencyCode()
              + " allows ("
              + scale
              + ")");
    }
    return new Money(currency, amount.setScale(scale, RoundingMode.UNNECESSARY));
  }

  /**
   * Returns money of an amount rounded to the currency's scale.
   *
   * @param currency the currency
   * @param amount the amount
   * @param rounding how to round decimal places the currency does not have
   * @return the money
   * @throws ArithmeticException if rounding is needed and {@code rounding} is {@code UNNECESSARY}
   */
  public static Money of(Currency currency, BigDecimal amount, RoundingMode rounding) {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(rounding, "rounding");
    return new Money(currency, amount.setScale(scaleOf(currency), rounding));
  }

  /**
   * Returns money from a currency code and a decimal text, e.g. {@code of("CNY", "1.05")}.
   *
   * @param currencyCode an ISO-4217 code
   * @param amount a plain decimal number
   * @return the money
   * @throws IllegalArgumentException if the code is unknown or the amount is not a decimal number
   *     that fits the currency's scale
   */
  public static Money of(String currencyCode, String amount) {
    return of(Currencies.of(currencyCode), parseDecimal(amount, amount));
  }

  /**
   * Returns money of a whole number of major units (yuan, dollars).
   *
   * @param currency the currency
   * @param major the amount in major units
   * @return the money
   */
  public static Money ofMajor(Currency currency, long major) {
    return new Money(currency, BigDecimal.valueOf(major).setScale(scaleOf(currency)));
  }

  /**
   * Returns money of a whole number of minor units (fen, cents).
   *
   * @param currency the currency
   * @param minor the amount in minor units
   * @return the money
   */
  public static Money ofMinor(Currency currency, long minor) {
    return new Money(currency, BigDecimal.valueOf(minor, scaleOf(currency)));
  }

  /**
   * Returns money of a whole number of minor units given as a big integer.
   *
   * @param currency the currency
   * @param minor the amount in minor units
   * @return the money
   */
  public static Money ofMinor(Currency currency, BigInteger minor) {
    Objects.requireNonNull(minor, "minor");
    return new Money(currency, new BigDecimal(minor, scaleOf(currency)));
  }

  /**
   * Returns zero in a currency. The currency is part of the zero.
   *
   * @param currency the currency
   * @return zero money
   */
  public static Money zero(Currency currency) {
    return new Money(currency, BigDecimal.ZERO.setScale(scaleOf(currency)));
  }

  /**
   * Adds up amounts of one currency; an empty input gives zero in that currency.
   *
   * @param currency the currency of the total and of every amount
   * @param amounts the amounts
   * @return the exact total
   * @throws CurrencyMismatchException if an amount is in another currency
   */
  public static Money total(Currency currency, Iterable<Money> amounts) {
    BigDecimal sum = BigDecimal.ZERO.setScale(scaleOf(currency));
    for (Money m : amounts) {
      m.checkCurrency(currency);
      sum = sum.add(m.amount);
    }
    return new Money(currency, sum);
  }

  /**
   * Adds up one or more amounts of one currency.
   *
   * @param first the first amount, which gives the currency
   * @param others the other amounts
   * @return the exact total
   * @throws CurrencyMismatchException if an amount is in another currency
   */
  public static Money total(Money first, Money... others) {
    Money sum = Objects.requireNonNull(first, "first");
    for (Money m : others) {
      sum = sum.plus(m);
    }
    return sum;
  }

  /**
   * Parses the form that {@link #toString()} writes: the currency code, one space, and a plain
   * decimal amount, e.g. {@code "CNY 1050000000.00"} or {@code "CNY -3.5"}.
   *
   * @param text the text
   * @return the money
   * @throws IllegalArgumentException if the text is not of that form, names an unknown currency, or
   *     has more decimal places than the currency allows
   */
  public static Money parse(String text) {
    Objects.requireNonNull(text, "text");
    int space = text.indexOf(' ');
    if (space != 3 || text.length() < 5) {
      throw new IllegalArgumentException(
          "Money text must be a currency code, a space and an amount, but was '" + text + "'");
    }
    Currency currency = Currencies.of(text.substring(0, 3));
    return of(currency, parseDecimal(text.substring(4), text));
  }

  private static BigDecimal parseDecimal(String digits, String whole) {
    Objects.requireNonNull(digits, "amount");
    for (int i = 0; i < digits.length(); i++) {
      char c = digits.charAt(i);
      boolean sign = i == 0 && (c == '-' || c == '+');
      if (!sign && c != '.' && (c < '0' || c > '9')) {
        throw new IllegalArgumentException("Money amount is not a plain decimal: '" + whole + "'");
      }
    }
    try {
      return new BigDecimal(digits);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("Money amount is not a plain decimal: '" + whole + "'", e);
    }
  }

  private static int scaleOf(Currency currency) {
    Objects.requireNonNull(currency, "currency");
    int digits = currency.getDefaultFractionDigits();
    if (digits < 0) {
      throw new IllegalArgumentException(
          "Currency '" + currency.getCurrencyCode() + "' has no minor unit and is not money");
    }
    return digits;
  }

  /**
   * Returns the currency.
   *
   * @return the currency
   */
  public Currency currency() {
    return currency;
  }

  /**
   * Returns the amount, at the currency's scale.
   *
   * @return the exact amount
   */
  public BigDecimal amount() {
    return amount;
  }

  /**
   * Returns the currency's scale: the number of decimal places of its minor unit.
   *
   * @return the scale, e.g. 2 for CNY
   */
  public int scale() {
    return amount.scale();
  }

  /**
   * Returns the amount in minor units as a big integer; always exact.
   *
   * @return the amount in minor units
   */
  public BigInteger minorUnits() {
    return amount.unscaledValue();
  }

  /**
   * Tells whether {@link #minorUnitsExact()} succeeds, i.e. whether the amount in minor units lies
   * within the range of {@code long} (up to CNY 92233720368547758.07). Cheap: no big integer is
   * created for amounts of up to 18 digits.
   *
   * @return true if the amount in minor units fits in a {@code long}
   */
  public boolean minorUnitsFitLong() {
    // bitLength() excludes the sign bit, so 63 bits is exactly the range of long,
    // Long.MIN_VALUE included.
    return amount.precision() <= DIGITS_THAT_ALWAYS_FIT_LONG
        || amount.unscaledValue().bitLength() <= Long.SIZE - 1;
  }

  /**
   * Returns the amount in minor units as a {@code long}, for the fast path of a hot aggregation
   * loop: sum with {@link Math#addExact(long, long)} and fall back to {@link #minorUnits()} and
   * {@link #ofMinor(Currency, BigInteger)} when either overflows.
   *
   * <pre>{@code
   * long sum = 0;
   * for (Money m : amounts) {
   *   sum = Math.addExact(sum, m.minorUnitsExact());   // ArithmeticException -> BigInteger path
   * }
   * Money total = Money.ofMinor(Currencies.CNY, sum);
   * }</pre>
   *
   * @return the amount in minor units, e.g. 105 for CNY 1.05
   * @throws ArithmeticException if it does not fit in a {@code long} (see {@link
   *     #minorUnitsFitLong()})
   */
  public long minorUnitsExact() {
    // Moving the point keeps the unscaled value, so for every amount that fits a long this
    // allocates one small BigDecimal and no BigInteger (longValueExact at scale 0 returns it).
    return amount.scaleByPowerOfTen(amount.scale()).longValueExact();
  }

  /**
   * Returns the sum of this and another amount in the same currency.
   *
   * @param other the amount to add
   * @return the exact sum
   * @throws CurrencyMismatchException if the currencies differ
   */
  public Money plus(Money other) {
    other.checkCurrency(currency);
    return new Money(currency, amount.add(other.amount));
  }

  /**
   * Returns this amount less another amount in the same currency.
   *
   * @param other the amount to subtract
   * @return the exact difference, which may be negative
   * @throws CurrencyMismatchException if the currencies differ
   */
  public Money minus(Money other) {
    other.checkCurrency(currency);
    return new Money(currency, amount.subtract(other.amount));
  }

  /**
   * Returns this amount multiplied by a whole number; always exact.
   *
   * @param factor the factor
   * @return the product
   */
  public Money multipliedBy(long factor) {
    return new Money(currency, amount.multiply(BigDecimal.valueOf(factor)));
  }

  /**
   * Returns this amount multiplied by a decimal factor, rounded to the currency's scale.
   *
   * @param factor the factor
   * @param rounding how to round to the currency's scale
   * @return the product
   * @throws ArithmeticException if rounding is needed and {@code rounding} is {@code UNNECESSARY}
   */
  public Money multipliedBy(BigDecimal factor, RoundingMode rounding) {
    Objects.requireNonNull(factor, "factor");
    Objects.requireNonNull(rounding, "rounding");
    return new Money(currency, amount.multiply(factor).setScale(amount.scale(), rounding));
  }

  /**
   * Returns this amount divided by a whole number, rounded to the currency's scale.
   *
   * @param divisor the divisor, not zero
   * @param rounding how to round to the currency's scale
   * @return the quotient
   * @throws ArithmeticException if the divisor is zero, or rounding is needed and {@code rounding}
   *     is {@code UNNECESSARY}
   */
  public Money dividedBy(long divisor, RoundingMode rounding) {
    Objects.requireNonNull(rounding, "rounding");
    return new Money(
        currency, amount.divide(BigDecimal.valueOf(divisor), amount.scale(), rounding));
  }

  /**
   * Returns the negated amount.
   *
   * @return the amount with the opposite sign
   */
  public Money negated() {
    return new Money(currency, amount.negate());
  }

  /**
   * Returns the absolute amount.
   *
   * @return this amount if it is not negative, otherwise its negation
   */
  public Money abs() {
    return amount.signum() < 0 ? negated() : this;
  }

  /**
   * Tells whether the amount is zero.
   *
   * @return true if zero
   */
  public boolean isZero() {
    return amount.signum() == 0;
  }

  /**
   * Tells whether the amount is greater than zero.
   *
   * @return true if positive
   */
  public boolean isPositive() {
    return amount.signum() > 0;
  }

  /**
   * Tells whether the amount is less than zero.
   *
   * @return true if negative
   */
  public boolean isNegative() {
    return amount.signum() < 0;
  }

  /**
   * Tells whether this amount is greater than another in the same currency.
   *
   * @param other the other amount
   * @return true if this is greater
   * @throws CurrencyMismatchException if the currencies differ
   */
  public boolean isGreaterThan(Money other) {
    return compareTo(other) > 0;
  }

  /**
   * Tells whether this amount is less than another in the same currency.
   *
   * @param other the other amount
   * @return true if this is less
   * @throws CurrencyMismatchException if the currencies differ
   */
  public boolean isLessThan(Money other) {
    return compareTo(other) < 0;
  }

  /**
   * Tells whether this money is in a currency.
   *
   * @param other the currency
   * @return true if the currencies are the same
   */
  public boolean isIn(Currency other) {
    return currency.equals(Objects.requireNonNull(other, "other"));
  }

  /**
   * Compares the amounts of two sums of money in the same currency.
   *
   * @param other the other amount
   * @return negative, zero or positive as this is less than, equal to or greater than the other
   * @throws CurrencyMismatchException if the currencies differ
   */
  @Override
  public int compareTo(Money other) {
    other.checkCurrency(currency);
    return amount.compareTo(other.amount);
  }

  private void checkCurrency(Currency expected) {
    if (!currency.equals(expected)) {
      throw new CurrencyMismatchException(expected, currency);
    }
  }

  /**
   * Checks a deserialized instance: a stream can carry any currency and amount, and {@code equals}
   * relies on the amount being at the currency's scale.
   */
  private Object readResolve() throws java.io.InvalidObjectException {
    try {
      Money checked = of(currency, amount);
      if (!checked.amount.equals(amount)) {
        throw new IllegalArgumentException(
            "Money 'amount' must have the scale of " + currency.getCurrencyCode());
      }
      return this;
    } catch (RuntimeException e) {
      java.io.InvalidObjectException invalid =
          new java.io.InvalidObjectException("Invalid serialized Money: " + e.getMessage());
      invalid.initCause(e);
      throw invalid;
    }
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Money that
        && that.currency.equals(currency)
        && that.amount.equals(amount);
  }

  @Override
  public int hashCode() {
    return currency.hashCode() * 31 + amount.hashCode();
  }

  /**
   * Returns the currency code, a space and the plain amount: {@code "CNY 1050000000.00"}. {@link
   * #parse(String)} reads it back.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return currency.getCurrencyCode() + " " + amount.toPlainString();
  }
}
