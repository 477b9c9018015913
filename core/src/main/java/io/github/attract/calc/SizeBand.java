package io.github.attract.calc;

import io.github.attract.money.Money;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One band of project size by total investment: from a lower bound (inclusive) up to an upper bound
 * (exclusive), or open-ended. The field speaks of a "size leap" from tens of millions to hundreds
 * of millions, billions and tens of billions of yuan; {@link SizeBands#defaults()} has those bands.
 *
 * <pre>{@code
 * SizeBand b = SizeBands.defaults().bandOf(Money.ofMajor(Currencies.CNY, 1_050_000_000L)).get();
 * b.toString();   // "CNY 1000000000 to under 10000000000"
 * }</pre>
 *
 * <p>Bands order by currency code, then lower bound. Immutable and thread-safe.
 */
public final class SizeBand implements Comparable<SizeBand>, Serializable {
  private static final long serialVersionUID = 1L;
  private static final Comparator<SizeBand> ORDER =
      Comparator.<SizeBand, String>comparing(b -> b.lower.currency().getCurrencyCode())
          .thenComparing(b -> b.lower);

  private final Money lower;
  private final @Nullable Money upper;

  private SizeBand(Money lower, @Nullable Money upper) {
    this.lower = lower;
    this.upper = upper;
  }

  /**
   * Returns a band.
   *
   * @param lower the lower bound, inclusive, not negative
   * @param upper the upper bound, exclusive, greater than {@code lower} and in its currency; empty
   *     for an open-ended band
   * @return the band
   * @throws IllegalArgumentException if a bound is negative, the bounds are in different currencies
   *     or the upper bound is not above the lower
   */
  public static SizeBand of(Money lower, Optional<Money> upper) {
    Objects.requireNonNull(lower, "lower");
    Objects.requireNonNull(upper, "upper");
    if (lower.isNegative()) {
      throw new IllegalArgumentException(
          "Size band 'lower' must not be negative, but was " + lower);
    }
    if (upper.isPresent()) {
      Money u = upper.get();
      if (!u.isIn(lower.currency())) {
        throw new IllegalArgumentException(
            "Size band 'upper' must be in the currency of 'lower' "
                + lower.currency().getCurrencyCode()
                + ", but was "
                + u);
      }
      if (!u.isGreaterThan(lower)) {
        throw new IllegalArgumentException(
            "Size band 'upper' must be greater than 'lower', but " + u + " <= " + lower);
      }
    }
    return new SizeBand(lower, upper.orElse(null));
  }

  /**
   * Returns the lower bound.
   *
   * @return the inclusive lower bound
   */
  public Money lower() {
    return lower;
  }

  /**
   * Returns the upper bound.
   *
   * @return the exclusive upper bound, or empty for the open-ended top band
   */
  public Optional<Money> upper() {
    return Optional.ofNullable(upper);
  }

  /**
   * Tells whether an amount falls in the band.
   *
   * @param amount the amount
   * @return true if it is in the band's currency, at or above the lower and below the upper bound
   */
  public boolean contains(Money amount) {
    Objects.requireNonNull(amount, "amount");
    Money u = upper;
    return amount.isIn(lower.currency())
        && !amount.isLessThan(lower)
        && (u == null || amount.isLessThan(u));
  }

  /**
   * Orders by currency code, then lower bound.
   *
   * @param other the other band
   * @return negative, zero or positive
   */
  @Override
  public int compareTo(SizeBand other) {
    return ORDER.compare(this, other);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof SizeBand that
        && that.lower.equals(lower)
        && Objects.equals(that.upper, upper);
  }

  @Override
  public int hashCode() {
    return lower.hashCode() * 31 + Objects.hashCode(upper);
  }

  /**
   * Returns the band in words with whole amounts: {@code "CNY under 10000000"}, {@code "CNY
   * 10000000 to under 100000000"}, {@code "CNY 10000000000 and over"}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    String code = lower.currency().getCurrencyCode();
    Money u = upper;
    if (lower.isZero() && u != null) {
      return code + " under " + plain(u.amount());
    }
    if (u == null) {
      return code + " " + plain(lower.amount()) + " and over";
    }
    return code + " " + plain(lower.amount()) + " to under " + plain(u.amount());
  }

  private static String plain(BigDecimal amount) {
    BigDecimal stripped = amount.stripTrailingZeros();
    return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
  }
}
