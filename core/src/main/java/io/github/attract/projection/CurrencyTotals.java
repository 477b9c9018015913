package io.github.attract.projection;

import com.google.common.collect.ImmutableList;
import io.github.attract.money.Money;
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

  /** One amount per currency, in currency-code order. */
  ImmutableList<Money> list() {
    return ImmutableList.copyOf(sums.values());
  }

  /** The zero amounts of every currency in a list of amounts, in the same order. */
  static ImmutableList<Money> zeros(Iterable<Currency> currencies) {
    return new CurrencyTotals().ensureAll(currencies).list();
  }
}
