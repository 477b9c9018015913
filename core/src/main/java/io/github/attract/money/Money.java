package io.github.attract.money;

import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

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
 * <p>Storage: the amount is kept as a {@code long} number of minor units (fen, cents); only an
 * amount beyond that range (more than about CNY 9.2 × 10<sup>16</sup>) is kept as a {@link
 * BigDecimal}. For memory and speed: an instance takes 32 bytes on a 64-bit JVM with compressed
 * references (a {@code BigDecimal} alone takes 40), and sums, comparisons, signs and the {@code
 * long} minor-unit view need no big-number arithmetic. The choice is invisible: {@link #amount()}
 * returns the same exact value either way, and every operation gives the same result as {@code
 * BigDecimal} arithmetic would.
 *
 * <p>Immutable and thread-safe.
 */
public final class Money implements Comparable<Money>, Serializable {
  private static final long serialVersionUID = 1L;

  /** Every {@code long} has at most 19 digits, and every number of at most 18 digits fits. */
  private static final int DIGITS_THAT_ALWAYS_FIT_LONG = 18;

  private final Currency currency;

  /** The amount in minor units at the currency's scale; unused (0) when {@link #big} is set. */
  private final long minor;

  /**
   * The amount at the currency's scale when its minor units do not fit a {@code long}, otherwise
   * null. Canonical: an amount that fits is always kept in {@link #minor}, so {@code equals} can
   * compare the fields.
   */
  private final @Nullable BigDecimal big;

  private Money(Currency currency, long minor, @Nullable BigDecimal big) {
    this.currency = currency;
    this.minor = minor;
    this.big = big;
  }

  /** Returns money of an amount already at the currency's scale, in the canonical form. */
  private static Money ofScaled(Currency currency, BigDecimal atScale) {
    if (atScale.precision() <= DIGITS_THAT_ALWAYS_FIT_LONG) {
      // Moving the point keeps the unscaled value; at scale 0 longValue() returns it directly.
      return new Money(currency, atScale.scaleByPowerOfTen(atScale.scale()).longValue(), null);
    }
    BigInteger unscaled = atScale.unscaledValue();
    // bitLength() excludes the sign bit, so 63 bits is exactly the range of long,
    // Long.MIN_VALUE included.
    return unscaled.bitLength() < Long.SIZE
        ? new Money(currency, unscaled.longValue(), null)
        : new Money(currency, 0, atScale);
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
    if (amount.scale() == scale) {
      return ofScaled(currency, amount);
    }
    if (amount.scale() > scale && amount.stripTrailingZeros().scale() > scale) {
      throw new IllegalArgumentException(
          "Money 'amount' "
              + amount.toPlainString()
              + " has more decimal places than "
              + currency.getCurrencyCode()
              + " allows ("
              + scale
              + ")");
    }
    return ofScaled(currency, amount.setScale(scale, RoundingMode.UNNECESSARY));
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
    return ofScaled(currency, amount.setScale(scaleOf(currency), rounding));
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
    int scale = scaleOf(currency);
    long minor = major;
    for (int i = 0; i < scale; i++) {
      if (minor > Long.MAX_VALUE / 10 || minor < Long.MIN_VALUE / 10) {
        // Multiplying by ten would overflow, so the minor units do not fit a long.
        return new Money(currency, 0, BigDecimal.valueOf(major).setScale(scale));
      }
      minor *= 10;
    }
    return new Money(currency, minor, null);
  }

  /**
   * Returns money of a whole number of minor units (fen, cents).
   *
   * @param currency the currency
   * @param minor the amount in minor units
   * @return the money
   */
  public static Money ofMinor(Currency currency, long minor) {
    scaleOf(currency);
    return new Money(currency, minor, null);
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
    int scale = scaleOf(currency);
    return minor.bitLength() < Long.SIZE
        ? new Money(currency, minor.longValue(), null)
        : new Money(currency, 0, new BigDecimal(minor, scale));
  }

  /**
   * Returns zero in a currency. The currency is part of the zero.
   *
   * @param currency the currency
   * @return zero money
   */
  public static Money zero(Currency currency) {
    scaleOf(currency);
    return new Money(currency, 0, null);
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
    int scale = scaleOf(currency);
    long sum = 0;
    @Nullable BigDecimal bigSum = null;
    for (Money m : amounts) {
      m.checkCurrency(currency);
      if (bigSum == null) {
        if (m.big == null) {
          try {
            sum = Math.addExact(sum, m.minor);
            continue;
          } catch (ArithmeticException overflow) {
            // Go on in BigDecimal from the sum so far; this amount is added below.
          }
        }
        bigSum = BigDecimal.valueOf(sum, scale);
      }
      bigSum = bigSum.add(m.amount());
    }
    return bigSum == null ? new Money(currency, sum, null) : ofScaled(currency, bigSum);
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
   * Returns the amount, at the currency's scale. Most amounts are stored as minor units, so this
   * usually makes a new {@code BigDecimal}; tests of the sign ({@link #isZero()}, {@link
   * #isPositive()}, {@link #isNegative()}), {@link #compareTo(Money)} and {@link
   * #minorUnitsExact()} do not.
   *
   * @return the exact amount
   */
  public BigDecimal amount() {
    return big != null ? big : BigDecimal.valueOf(minor, scale());
  }

  /**
   * Returns the currency's scale: the number of decimal places of its minor unit.
   *
   * @return the scale, e.g. 2 for CNY
   */
  public int scale() {
    // Checked to be zero or more when the money was made.
    return currency.getDefaultFractionDigits();
  }

  /**
   * Returns the amount in minor units as a big integer; always exact.
   *
   * @return the amount in minor units
   */
  public BigInteger minorUnits() {
    return big != null ? big.unscaledValue() : BigInteger.valueOf(minor);
  }

  /**
   * Tells whether {@link #minorUnitsExact()} succeeds, i.e. whether the amount in minor units lies
   * within the range of {@code long} (up to CNY 92233720368547758.07). Cheap: a field test.
   *
   * @return true if the amount in minor units fits in a {@code long}
   */
  public boolean minorUnitsFitLong() {
    return big == null;
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
    if (big != null) {
      throw new ArithmeticException("Money " + this + " has minor units beyond the range of long");
    }
    return minor;
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
    if (big == null && other.big == null) {
      try {
        return new Money(currency, Math.addExact(minor, other.minor), null);
      } catch (ArithmeticException overflow) {
        // Fall through to BigDecimal.
      }
    }
    return ofScaled(currency, amount().add(other.amount()));
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
    if (big == null && other.big == null) {
      try {
        return new Money(currency, Math.subtractExact(minor, other.minor), null);
      } catch (ArithmeticException overflow) {
        // Fall through to BigDecimal.
      }
    }
    return ofScaled(currency, amount().subtract(other.amount()));
  }

  /**
   * Returns this amount multiplied by a whole number; always exact.
   *
   * @param factor the factor
   * @return the product
   */
  public Money multipliedBy(long factor) {
    if (big == null) {
      try {
        return new Money(currency, Math.multiplyExact(minor, factor), null);
      } catch (ArithmeticException overflow) {
        // Fall through to BigDecimal.
      }
    }
    return ofScaled(currency, amount().multiply(BigDecimal.valueOf(factor)));
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
    return ofScaled(currency, amount().multiply(factor).setScale(scale(), rounding));
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
    return ofScaled(currency, amount().divide(BigDecimal.valueOf(divisor), scale(), rounding));
  }

  /**
   * Returns the negated amount.
   *
   * @return the amount with the opposite sign
   */
  public Money negated() {
    if (big == null && minor != Long.MIN_VALUE) {
      return new Money(currency, -minor, null);
    }
    // -Long.MIN_VALUE does not fit, and the negation of a big amount may: -(2^63) is a long.
    return ofScaled(currency, amount().negate());
  }

  /**
   * Returns the absolute amount.
   *
   * @return this amount if it is not negative, otherwise its negation
   */
  public Money abs() {
    return signum() < 0 ? negated() : this;
  }

  /**
   * Tells whether the amount is zero.
   *
   * @return true if zero
   */
  public boolean isZero() {
    return signum() == 0;
  }

  /**
   * Tells whether the amount is greater than zero.
   *
   * @return true if positive
   */
  public boolean isPositive() {
    return signum() > 0;
  }

  /**
   * Tells whether the amount is less than zero.
   *
   * @return true if negative
   */
  public boolean isNegative() {
    return signum() < 0;
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
    if (big == null && other.big == null) {
      return Long.compare(minor, other.minor);
    }
    return amount().compareTo(other.amount());
  }

  private int signum() {
    return big != null ? big.signum() : Long.signum(minor);
  }

  private void checkCurrency(Currency expected) {
    if (!currency.equals(expected)) {
      throw new CurrencyMismatchException(expected, currency);
    }
  }

  /**
   * Serializes a {@link SerializedForm} instead: the stream holds the currency and the amount as a
   * {@code BigDecimal}, whatever the representation in memory.
   */
  private Object writeReplace() {
    return new SerializedForm(currency, amount());
  }

  /** Rejects a stream that claims to hold a {@code Money} itself: only the proxy is written. */
  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("Serialization proxy required");
  }

  /**
   * The serialized form of {@link Money} (the serialization proxy pattern): the currency and the
   * amount at the currency's scale.
   */
  private static final class SerializedForm implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The currency. */
    private final Currency currency;

    /** The amount, at the currency's scale. */
    private final BigDecimal amount;

    SerializedForm(Currency currency, BigDecimal amount) {
      this.currency = currency;
      this.amount = amount;
    }

    /**
     * Checks the stream through the factory: a stream can carry any currency and amount, and the
     * amount must be at the currency's scale as {@link Money} writes it.
     */
    private Object readResolve() throws InvalidObjectException {
      try {
        Money checked = of(currency, amount);
        if (amount.scale() != checked.scale()) {
          throw new IllegalArgumentException(
              "Money 'amount' must have the scale of " + currency.getCurrencyCode());
        }
        return checked;
      } catch (RuntimeException e) {
        InvalidObjectException invalid =
            new InvalidObjectException("Invalid serialized Money: " + e.getMessage());
        invalid.initCause(e);
        throw invalid;
      }
    }
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Money that
        && that.minor == minor
        && Objects.equals(that.big, big)
        && that.currency.equals(currency);
  }

  @Override
  public int hashCode() {
    return currency.hashCode() * 31 + (big != null ? big.hashCode() : Long.hashCode(minor));
  }

  /**
   * Returns the currency code, a space and the plain amount: {@code "CNY 1050000000.00"}. {@link
   * #parse(String)} reads it back.
   *
   * @return the text
   */
  @Override
  public String toString() {
    String code = currency.getCurrencyCode();
    if (big != null) {
      return code + " " + big.toPlainString();
    }
    int scale = scale();
    String digits = Long.toString(minor);
    if (scale == 0) {
      return code + " " + digits;
    }
    // The digits of the minor units with the point put in: no BigDecimal needed.
    int start = minor < 0 ? 1 : 0;
    int length = digits.length() - start;
    StringBuilder b = new StringBuilder(code.length() + digits.length() + scale + 3);
    b.append(code).append(' ');
    if (minor < 0) {
      b.append('-');
    }
    if (length <= scale) {
      b.append("0.");
      for (int i = length; i < scale; i++) {
        b.append('0');
      }
      b.append(digits, start, digits.length());
    } else {
      int point = digits.length() - scale;
      b.append(digits, start, point).append('.').append(digits, point, digits.length());
    }
    return b.toString();
  }
}
