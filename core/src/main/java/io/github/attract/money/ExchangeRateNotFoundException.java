package io.github.attract.money;

import java.time.LocalDate;
import java.util.Currency;

/**
 * Thrown when an {@link ExchangeRateTable} has no rate in force for a currency pair on a date. It
 * carries the pair and the date.
 *
 * <pre>{@code
 * ExchangeRateTable.empty().convert(Money.of("USD", "1"), Currencies.CNY,
 *     LocalDate.of(2023, 4, 24), RoundingMode.HALF_EVEN);
 * // throws: Exchange rate table has no rate 'USD/CNY' in force on 2023-04-24
 * }</pre>
 */
public final class ExchangeRateNotFoundException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final Currency from;
  private final Currency to;
  private final LocalDate date;

  /**
   * Creates the exception.
   *
   * @param from the currency converted from
   * @param to the currency converted to
   * @param date the date for which a rate was asked
   * @param message the message, which names the pair and the date
   */
  ExchangeRateNotFoundException(Currency from, Currency to, LocalDate date, String message) {
    super(message);
    this.from = from;
    this.to = to;
    this.date = date;
  }

  /**
   * Returns the currency converted from.
   *
   * @return the source currency
   */
  public Currency from() {
    return from;
  }

  /**
   * Returns the currency converted to.
   *
   * @return the target currency
   */
  public Currency to() {
    return to;
  }

  /**
   * Returns the date for which a rate was asked.
   *
   * @return the date
   */
  public LocalDate date() {
    return date;
  }
}
