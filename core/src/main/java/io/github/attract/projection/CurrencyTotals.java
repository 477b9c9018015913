package io.github.attract.projection;

import io.github.attract.money.Money;
import io.github.attract.money.MultiCurrencyAmount;
import java.util.Currency;
import java.util.TreeMap;

/**
 * A mutable sum of money per currency, kept in currency-code order; used while building results and
 * thrown away. Not thread-safe.
 */
final class CurrencyTotals {
  private final TreeMap<String, Money> sums = new TreeMap<>();

  CurrencyTotals add(Money money) {
    sums.merge(money.currency().getCurrencyCode(), money, Money::plus);
    return this;
  }

  CurrencyTotals addAll(Iterable<Money> amounts) {
    for (Money m : amounts) {
      add(m);
    }
    return this;
  }

  CurrencyTotals ensure(Currency currency) {
    sums.computeIfAbsent(currency.getCurrencyCode(), c -> Money.zero(currency));
    return this;
  }

  CurrencyTotals ensureAll(Iterable<Currency> currencies) {
    for (Currency c : currencies) {
      ensure(c);
    }
    return this;
  }

  /** One amount per currency, zeros included. */
  MultiCurrencyAmount total() {
    return MultiCurrencyAmount.total(sums.values());
  }
}
