package io.github.attract.money;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedMap;
import java.io.InvalidObjectException;
import java.io.Serializable;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Currency;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collector;

/**
 * A total of money in several currencies, one exact amount per currency, with no conversion: CNY
 * 16600000000.00 and USD 2500000.00 stay two amounts until an explicit, dated {@link
 * ExchangeRateTable} converts them ({@link #convertedTo}). Modeled on OpenGamma Strata's {@code
 * MultiCurrencyAmount}.
 *
 * <p>It is a commutative monoid under {@link #combinedWith}: {@link #empty()} is the identity, and
 * sums are exact, so for all totals {@code a}, {@code b}, {@code c}:
 *
 * <ul>
 *   <li>{@code a.combinedWith(empty()).equals(a)} and {@code empty().combinedWith(a).equals(a)};
 *   <li>{@code a.combinedWith(b).combinedWith(c).equals(a.combinedWith(b.combinedWith(c)))};
 *   <li>{@code a.combinedWith(b).equals(b.combinedWith(a))}.
 * </ul>
 *
 * So a total can be built sequentially, on a parallel stream ({@link #toMultiCurrencyAmount()}) or
 * by merging partial totals from a distributed engine, with equal results.
 *
 * <p>The amounts are kept sorted by currency code, so neither {@code equals} nor {@code toString}
 * depends on the order in which money was added. A currency, once added, stays even if its amount
 * comes to zero: {@code empty().plus(CNY 0.00)} holds {@code CNY 0.00} and is not equal to {@code
 * empty()}. This keeps the record of which currencies took part, and the laws above hold either
 * way. {@link #amount(Currency)} is zero for a currency that is absent.
 *
 * <pre>{@code
 * MultiCurrencyAmount total = Stream.of(Money.of("USD", "1"), Money.of("CNY", "2"),
 *         Money.of("USD", "3"))
 *     .collect(MultiCurrencyAmount.toMultiCurrencyAmount());
 * total;                                 // [CNY 2.00, USD 4.00]
 * total.amount(Currencies.EUR);          // EUR 0.00
 * total.convertedTo(Currencies.CNY, rates, LocalDate.of(2023, 12, 31), RoundingMode.HALF_EVEN);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class MultiCurrencyAmount implements Serializable {
  private static final long serialVersionUID = 1L;

  private static final MultiCurrencyAmount EMPTY = new MultiCurrencyAmount(ImmutableSortedMap.of());

  /** The amounts by currency code; each key is the code of its amount's currency. */
  private final ImmutableSortedMap<String, Money> amounts;

  private MultiCurrencyAmount(ImmutableSortedMap<String, Money> amounts) {
    this.amounts = amounts;
  }

  /**
   * Returns the total of no money, the identity of {@link #combinedWith}.
   *
   * @return the empty total
   */
  public static MultiCurrencyAmount empty() {
    return EMPTY;
  }

  /**
   * Returns the total of amounts; amounts in the same currency are added.
   *
   * @param amounts the amounts, in any order
   * @return the total
   */
  public static MultiCurrencyAmount of(Money... amounts) {
    return total(Arrays.asList(amounts));
  }

  /**
   * Returns the total of amounts; amounts in the same currency are added.
   *
   * @param amounts the amounts, in any order
   * @return the total
   */
  public static MultiCurrencyAmount total(Iterable<Money> amounts) {
    Objects.requireNonNull(amounts, "amounts");
    TreeMap<String, Money> sums = new TreeMap<>();
    for (Money m : amounts) {
      add(sums, m);
    }
    return fromSorted(sums);
  }

  /**
   * Returns a collector that adds up money of any currencies; it is unordered and safe on parallel
   * streams, giving the same total as a sequential loop.
   *
   * @return the collector
   */
  public static Collector<Money, ?, MultiCurrencyAmount> toMultiCurrencyAmount() {
    return Collector.of(
        TreeMap<String, Money>::new,
        MultiCurrencyAmount::add,
        (left, right) -> {
          right.values().forEach(m -> add(left, m));
          return left;
        },
        MultiCurrencyAmount::fromSorted,
        Collector.Characteristics.UNORDERED);
  }

  private static void add(TreeMap<String, Money> sums, Money money) {
    Objects.requireNonNull(money, "money");
    sums.merge(money.currency().getCurrencyCode(), money, Money::plus);
  }

  private static MultiCurrencyAmount fromSorted(TreeMap<String, Money> sums) {
    return sums.isEmpty() ? EMPTY : new MultiCurrencyAmount(ImmutableSortedMap.copyOfSorted(sums));
  }

  /**
   * Returns the currencies present, ordered by code.
   *
   * @return the currencies
   */
  public ImmutableSet<Currency> currencies() {
    return amounts.values().stream().map(Money::currency).collect(ImmutableSet.toImmutableSet());
  }

  /**
   * Returns the amounts, one per currency, ordered by currency code.
   *
   * @return the amounts
   */
  public ImmutableList<Money> amounts() {
    return amounts.values().asList();
  }

  /**
   * Returns the number of currencies present.
   *
   * @return the number of amounts
   */
  public int size() {
    return amounts.size();
  }

  /**
   * Tells whether no currency is present.
   *
   * @return true if this is {@link #empty()}
   */
  public boolean isEmpty() {
    return amounts.isEmpty();
  }

  /**
   * Tells whether a currency is present (possibly with a zero amount).
   *
   * @param currency the currency
   * @return true if an amount in that currency was added
   */
  public boolean contains(Currency currency) {
    return amounts.containsKey(currency.getCurrencyCode());
  }

  /**
   * Returns the amount in a currency.
   *
   * @param currency the currency
   * @return the amount, or zero in that currency if it is absent
   * @throws IllegalArgumentException if the currency has no minor unit
   */
  public Money amount(Currency currency) {
    Money m = amounts.get(currency.getCurrencyCode());
    return m != null ? m : Money.zero(currency);
  }

  /**
   * Returns this total with an amount added to its currency.
   *
   * @param money the amount to add
   * @return the total
   */
  public MultiCurrencyAmount plus(Money money) {
    Objects.requireNonNull(money, "money");
    TreeMap<String, Money> sums = new TreeMap<>(amounts);
    add(sums, money);
    return fromSorted(sums);
  }

  /**
   * Returns the sum of this total and another, currency by currency; the same as {@link
   * #combinedWith}.
   *
   * @param other the other total
   * @return the total
   */
  public MultiCurrencyAmount plus(MultiCurrencyAmount other) {
    Objects.requireNonNull(other, "other");
    if (other.isEmpty()) {
      return this;
    }
    if (isEmpty()) {
      return other;
    }
    TreeMap<String, Money> sums = new TreeMap<>(amounts);
    other.amounts.values().forEach(m -> add(sums, m));
    return fromSorted(sums);
  }

  /**
   * Merges two partial totals into one, currency by currency. Exact, associative and commutative,
   * with {@link #empty()} as identity; see the class description for the laws.
   *
   * @param other the other partial total
   * @return the merged total
   */
  public MultiCurrencyAmount combinedWith(MultiCurrencyAmount other) {
    return plus(other);
  }

  /**
   * Returns this total with an amount subtracted from its currency; the currency becomes present if
   * it was not.
   *
   * @param money the amount to subtract
   * @return the total
   */
  public MultiCurrencyAmount minus(Money money) {
    return plus(money.negated());
  }

  /**
   * Returns this total with every amount negated.
   *
   * @return the negated total
   */
  public MultiCurrencyAmount negated() {
    ImmutableSortedMap.Builder<String, Money> b = ImmutableSortedMap.naturalOrder();
    amounts.forEach((code, m) -> b.put(code, m.negated()));
    return isEmpty() ? EMPTY : new MultiCurrencyAmount(b.buildOrThrow());
  }

  /**
   * Returns the single amount of a total in one currency.
   *
   * @return the amount
   * @throws IllegalStateException if the total holds no currency or more than one
   */
  public Money toMoney() {
    if (amounts.size() != 1) {
      throw new IllegalStateException(
          "Multi-currency amount must hold exactly one currency to be money, but was " + this);
    }
    return amounts.values().iterator().next();
  }

  /**
   * Returns the amount of a total in at most one currency, which must be the given one; zero if the
   * total is empty.
   *
   * @param currency the only currency allowed
   * @return the amount in that currency
   * @throws CurrencyMismatchException if another currency is present
   */
  public Money toMoney(Currency currency) {
    Objects.requireNonNull(currency, "currency");
    for (Money m : amounts.values()) {
      if (!m.isIn(currency)) {
        throw new CurrencyMismatchException(currency, m.currency());
      }
    }
    return amount(currency);
  }

  /**
   * Converts every amount to one currency with the rates in force on a date and adds them up. Each
   * amount is converted and rounded once, as by {@link ExchangeRateTable#convert}, and the
   * converted amounts are summed exactly; the amount already in the target currency is kept as is.
   *
   * @param target the currency to convert to
   * @param rates the exchange rates
   * @param on the date whose rates are used
   * @param rounding how to round each converted amount
   * @return the total in the target currency; zero if this total is empty
   * @throws ExchangeRateNotFoundException if a rate is missing; the message names the pair and date
   * @throws ArithmeticException if rounding is needed and {@code rounding} is {@code UNNECESSARY}
   */
  public Money convertedTo(
      Currency target, ExchangeRateTable rates, LocalDate on, RoundingMode rounding) {
    Objects.requireNonNull(rates, "rates");
    Objects.requireNonNull(on, "on");
    Objects.requireNonNull(rounding, "rounding");
    Money sum = Money.zero(target);
    for (Money m : amounts.values()) {
      sum = sum.plus(rates.convert(m, target, on, rounding).converted());
    }
    return sum;
  }

  private Object readResolve() throws InvalidObjectException {
    try {
      MultiCurrencyAmount checked = total(amounts.values());
      if (!checked.amounts.equals(amounts)) {
        throw new IllegalArgumentException("amounts are not keyed by their currency codes");
      }
      return checked;
    } catch (RuntimeException e) {
      InvalidObjectException invalid =
          new InvalidObjectException("Invalid serialized MultiCurrencyAmount: " + e.getMessage());
      invalid.initCause(e);
      throw invalid;
    }
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof MultiCurrencyAmount that && that.amounts.equals(amounts);
  }

  @Override
  public int hashCode() {
    return amounts.hashCode();
  }

  /**
   * Returns the amounts in currency-code order: {@code "[CNY 2.00, USD 4.00]"}, or {@code "[]"}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return amounts.values().toString();
  }
}
