package io.github.attract.money;

import java.util.Currency;
import java.util.Objects;

/**
 * Currency constants and a strict lookup by ISO-4217 code.
 *
 * <pre>{@code
 * Currency cny = Currencies.of("CNY");   // same as Currencies.CNY
 * }</pre>
 */
public final class Currencies {
  /** Chinese yuan renminbi. */
  public static final Currency CNY = Currency.getInstance("CNY");

  /** United States dollar. */
  public static final Currency USD = Currency.getInstance("USD");

  /** Euro. */
  public static final Currency EUR = Currency.getInstance("EUR");

  /** Hong Kong dollar. */
  public static final Currency HKD = Currency.getInstance("HKD");

  private Currencies() {}

  /**
   * Returns the currency of an ISO-4217 code.
   *
   * @param code a three-letter upper-case code such as {@code "CNY"}
   * @return the currency
   * @throws IllegalArgumentException if the code is not a known ISO-4217 currency
   */
  public static Currency of(String code) {
    Objects.requireNonNull(code, "code");
    if (code.length() != 3 || !code.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
      throw new IllegalArgumentException("Unknown currency '" + code + "'");
    }
    try {
      return Currency.getInstance(code);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("Unknown currency '" + code + "'", e);
    }
  }
}
