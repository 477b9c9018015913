package io.github.attract.money;

import java.util.Currency;

/**
 * Thrown when two amounts in different currencies meet in one operation without an explicit
 * conversion. It carries both currencies.
 *
 * <pre>{@code
 * Money.parse("CNY 1.00").plus(Money.parse("USD 1.00")); // throws: Currencies differ: CNY/USD
 * }</pre>
 */
public final class CurrencyMismatchException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final Currency first;
  private final Currency second;

  /**
   * Creates the exception for two currencies that differ.
   *
   * @param first the currency of the left operand
   * @param second the currency of the right operand
   */
  public CurrencyMismatchException(Currency first, Currency second) {
    super("Currencies differ: " + first.getCurrencyCode() + "/" + second.getCurrencyCode());
    this.first = first;
    this.second = second;
  }

  /**
   * Returns the currency of the left operand.
   *
   * @return the first currency
   */
  public Currency firstCurrency() {
    return first;
  }

  /**
   * Returns the currency of the right operand.
   *
   * @return the second currency
   */
  public Currency secondCurrency() {
    return second;
  }
}
