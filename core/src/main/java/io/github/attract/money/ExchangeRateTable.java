package io.github.attract.money;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * A dated table of exchange rates: for each currency pair, the rates quoted on each date. The rate
 * in force on a date is the latest quoted on or before it; there is no interpolation and no expiry.
 *
 * <p>By default only direct pairs are used: converting CNY to USD needs a {@code CNY/USD} rate. A
 * table {@link #derivingInverses() deriving inverses} also converts CNY to USD with a {@code
 * USD/CNY} rate, by dividing by it and rounding once (never through a rounded inverse rate), so the
 * result is as exact as a direct conversion. When both directions are quoted it uses the later
 * quote in force, and the direct one if both are dated the same. Rates are never chained through a
 * third currency. Converting a currency to itself needs no rate: it is the identity.
 *
 * <pre>{@code
 * ExchangeRateTable table = ExchangeRateTable.of(
 *     ExchangeRate.parse("USD/CNY 6.9 on 2023-01-03"),
 *     ExchangeRate.parse("USD/CNY 7.1234 on 2023-04-24"));
 * table.convert(Money.of("USD", "100"), Currencies.CNY, LocalDate.of(2023, 4, 30),
 *     RoundingMode.HALF_EVEN).converted();                                  // CNY 712.34
 * table.convert(Money.of("CNY", "100"), Currencies.USD, LocalDate.of(2023, 4, 30),
 *     RoundingMode.HALF_EVEN);        // throws ExchangeRateNotFoundException: no 'CNY/USD'
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class ExchangeRateTable {
  private static final ExchangeRateTable EMPTY =
      new ExchangeRateTable(ImmutableList.of(), ImmutableMap.of(), false);

  private record Pair(Currency from, Currency to) {}

  private final ImmutableList<ExchangeRate> rates;
  private final ImmutableMap<Pair, ImmutableSortedMap<LocalDate, ExchangeRate>> index;
  private final boolean derivingInverses;

  private ExchangeRateTable(
      ImmutableList<ExchangeRate> rates,
      ImmutableMap<Pair, ImmutableSortedMap<LocalDate, ExchangeRate>> index,
      boolean derivingInverses) {
    this.rates = rates;
    this.index = index;
    this.derivingInverses = derivingInverses;
  }

  /**
   * Returns the table without rates; it converts only a currency to itself.
   *
   * @return the empty table
   */
  public static ExchangeRateTable empty() {
    return EMPTY;
  }

  /**
   * Returns a table of rates.
   *
   * @param rates the rates, in any order
   * @return the table, using direct pairs only
   * @throws IllegalArgumentException if a rate is from a currency to itself, or two different rates
   *     are quoted for one pair on one date (equal duplicates count once)
   */
  public static ExchangeRateTable of(ExchangeRate... rates) {
    return of(Arrays.asList(rates));
  }

  /**
   * Returns a table of rates.
   *
   * @param rates the rates, in any order
   * @return the table, using direct pairs only
   * @throws IllegalArgumentException if a rate is from a currency to itself, or two different rates
   *     are quoted for one pair on one date (equal duplicates count once)
   */
  public static ExchangeRateTable of(Iterable<ExchangeRate> rates) {
    return build(rates, false);
  }

  private static ExchangeRateTable build(Iterable<ExchangeRate> rates, boolean inverses) {
    // Sorted by pair and then date, so that rates() and equals never depend on input order.
    Map<Pair, TreeMap<LocalDate, ExchangeRate>> byPair =
        new TreeMap<>(
            Comparator.comparing((Pair p) -> p.from().getCurrencyCode())
                .thenComparing(p -> p.to().getCurrencyCode()));
    for (ExchangeRate rate : rates) {
      Objects.requireNonNull(rate, "rate");
      if (rate.isIdentity()) {
        throw new IllegalArgumentException(
            "Exchange rate table must not hold a rate from a currency to itself, but got '"
                + rate
                + "'");
      }
      ExchangeRate previous =
          byPair
              .computeIfAbsent(new Pair(rate.from(), rate.to()), p -> new TreeMap<>())
              .putIfAbsent(rate.date(), rate);
      if (previous != null && !previous.equals(rate)) {
        throw new IllegalArgumentException(
            "Exchange rate table has two rates for '"
                + rate.pair()
                + "' on "
                + rate.date()
                + ": "
                + previous.rate().toPlainString()
                + " and "
                + rate.rate().toPlainString());
      }
    }
    ImmutableMap.Builder<Pair, ImmutableSortedMap<LocalDate, ExchangeRate>> index =
        ImmutableMap.builder();
    List<ExchangeRate> all = new ArrayList<>();
    byPair.forEach(
        (pair, dated) -> {
          index.put(pair, ImmutableSortedMap.copyOfSorted(dated));
          all.addAll(dated.values());
        });
    return new ExchangeRateTable(ImmutableList.copyOf(all), index.buildOrThrow(), inverses);
  }

  /**
   * Returns a copy with one more rate.
   *
   * @param rate the rate to add
   * @return the table
   * @throws IllegalArgumentException if the rate is from a currency to itself, or the table has
   *     another rate for its pair and date
   */
  public ExchangeRateTable withRate(ExchangeRate rate) {
    Objects.requireNonNull(rate, "rate");
    List<ExchangeRate> all = new ArrayList<>(rates);
    all.add(rate);
    return build(all, derivingInverses);
  }

  /**
   * Returns a copy that also converts with rates quoted the other way round, dividing by them (see
   * the class description).
   *
   * @return the table
   */
  public ExchangeRateTable derivingInverses() {
    return derivingInverses ? this : new ExchangeRateTable(rates, index, true);
  }

  /**
   * Tells whether this table converts with rates quoted the other way round.
   *
   * @return true if it derives inverses
   */
  public boolean isDerivingInverses() {
    return derivingInverses;
  }

  /**
   * Returns every rate, ordered by source currency code, target currency code and date.
   *
   * @return the rates
   */
  public ImmutableList<ExchangeRate> rates() {
    return rates;
  }

  /**
   * Returns the rate that {@link #convert} would use to convert between two currencies on a date:
   * the latest direct quote on or before the date or, for a table deriving inverses, possibly a
   * quote the other way round; the identity rate if the currencies are the same.
   *
   * @param from the currency converted from
   * @param to the currency converted to
   * @param on the date
   * @return the rate as quoted, or empty if none is in force
   */
  public Optional<ExchangeRate> findRate(Currency from, Currency to, LocalDate on) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(on, "on");
    if (from.equals(to)) {
      return Optional.of(ExchangeRate.identity(from, on));
    }
    @Nullable ExchangeRate direct = latest(new Pair(from, to), on);
    if (!derivingInverses) {
      return Optional.ofNullable(direct);
    }
    @Nullable ExchangeRate inverse = latest(new Pair(to, from), on);
    if (direct == null) {
      return Optional.ofNullable(inverse);
    }
    return Optional.of(inverse != null && inverse.date().isAfter(direct.date()) ? inverse : direct);
  }

  private @Nullable ExchangeRate latest(Pair pair, LocalDate on) {
    ImmutableSortedMap<LocalDate, ExchangeRate> dated = index.get(pair);
    if (dated == null) {
      return null;
    }
    Map.Entry<LocalDate, ExchangeRate> entry = dated.floorEntry(on);
    return entry == null ? null : entry.getValue();
  }

  /**
   * Converts money to another currency with the rate in force on a date, rounding once to the
   * target currency's scale. Money already in the target currency converts to itself with the
   * identity rate dated {@code on}.
   *
   * @param source the money
   * @param target the currency to convert to
   * @param on the date whose rate is used: the latest quoted on or before it
   * @param rounding how to round to the target currency's scale
   * @return the conversion: converted money, rate used and its date, source money
   * @throws ExchangeRateNotFoundException if no rate for the pair is in force on the date; the
   *     message names the pair and the date
   * @throws IllegalArgumentException if the target currency has no minor unit
   * @throws ArithmeticException if rounding is needed and {@code rounding} is {@code UNNECESSARY}
   */
  public Conversion convert(Money source, Currency target, LocalDate on, RoundingMode rounding) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(rounding, "rounding");
    ExchangeRate rate =
        findRate(source.currency(), target, on)
            .orElseThrow(() -> notFound(source.currency(), target, on));
    return Conversion.builder().source(source).rate(rate).rounding(rounding).asOf(on).build();
  }

  private ExchangeRateNotFoundException notFound(Currency from, Currency to, LocalDate on) {
    Pair pair = new Pair(from, to);
    String name = from.getCurrencyCode() + "/" + to.getCurrencyCode();
    StringBuilder message =
        new StringBuilder("Exchange rate table has no rate '").append(name).append('\'');
    if (derivingInverses) {
      message
          .append(" or '")
          .append(to.getCurrencyCode())
          .append('/')
          .append(from.getCurrencyCode())
          .append('\'');
    }
    message.append(" in force on ").append(on);
    ImmutableSortedMap<LocalDate, ExchangeRate> dated = index.get(pair);
    if (dated != null) {
      message.append("; the earliest '").append(name).append("' is on ").append(dated.firstKey());
    }
    return new ExchangeRateNotFoundException(from, to, on, message.toString());
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof ExchangeRateTable that
        && that.derivingInverses == derivingInverses
        && that.rates.equals(rates);
  }

  @Override
  public int hashCode() {
    return rates.hashCode() * 31 + Boolean.hashCode(derivingInverses);
  }

  /**
   * Returns the rates in order, and whether inverses are derived: {@code "ExchangeRateTable[USD/CNY
   * 6.9 on 2023-01-03, USD/CNY 7.1234 on 2023-04-24]"}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "ExchangeRateTable" + rates + (derivingInverses ? " deriving inverses" : "");
  }
}
