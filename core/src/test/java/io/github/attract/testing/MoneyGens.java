package io.github.attract.testing;

import com.google.common.collect.ImmutableList;
import io.github.attract.measure.Dimension;
import io.github.attract.measure.Quantity;
import io.github.attract.measure.Unit;
import io.github.attract.money.Currencies;
import io.github.attract.money.ExchangeRate;
import io.github.attract.money.Money;
import io.github.attract.money.MultiCurrencyAmount;
import io.github.attract.money.ReportUnit;
import io.github.attract.testing.property.Gen;
import io.github.attract.testing.property.Gens;
import io.github.attract.time.DateRange;
import io.github.attract.time.YearQuarter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Map;

/**
 * Generators of valid money, quantities and periods for property tests, valid by construction (no
 * filtering), shared with the other modules through core's test-jar.
 *
 * <p>Amounts mix the sizes that matter: a few fen, the sizes reports state (up to hundreds of 亿),
 * amounts whose minor units sit next to {@code Long.MAX_VALUE} or {@code Long.MIN_VALUE} (where a
 * {@code long} fast path must overflow into {@code BigInteger}), and amounts far beyond {@code
 * long}. Every generator shrinks towards zero, the first currency ({@code CNY}) and the first unit.
 *
 * <pre>{@code
 * Property.forAll(MoneyGens.cny(), MoneyGens.cny())
 *     .check((a, b) -> assertThat(a.plus(b).minus(b)).isEqualTo(a));
 * Property.forAll(MoneyGens.dateRange(LocalDate.of(2020, 1, 1), LocalDate.of(2030, 12, 31)))
 *     .check(r -> assertThat(DateRange.parse(r.toString())).isEqualTo(r));
 * }</pre>
 */
public final class MoneyGens {
  /**
   * The currencies the generators use: CNY first (the one to shrink to), then USD, EUR, HKD, GBP
   * (two decimal places) and JPY (none).
   */
  public static final ImmutableList<Currency> CURRENCIES =
      ImmutableList.of(
          Currencies.CNY,
          Currencies.USD,
          Currencies.EUR,
          Currencies.HKD,
          Currency.getInstance("GBP"),
          Currency.getInstance("JPY"));

  private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);
  private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);

  /** How far from the ends of {@code long} the edge amounts reach, in minor units. */
  private static final long EDGE = 1_000;

  private MoneyGens() {}

  /**
   * Generates one of the {@link #CURRENCIES}.
   *
   * @return the generator, shrinking towards CNY
   */
  public static Gen<Currency> currencies() {
    return Gens.elements(CURRENCIES);
  }

  /**
   * Generates money in a currency, of any sign and size: small amounts, report-sized amounts,
   * amounts next to the ends of {@code long} minor units, and amounts beyond them.
   *
   * @param currency the currency
   * @return the generator, shrinking towards zero
   */
  public static Gen<Money> money(Currency currency) {
    return Gens.frequency(
        Map.entry(3, Gens.longs(-10_000, 10_000).map(minor -> Money.ofMinor(currency, minor))),
        Map.entry(4, reportSized(currency)),
        Map.entry(2, nearLongLimits(currency)),
        Map.entry(1, beyondLong(currency)));
  }

  /**
   * Generates money in a currency that is zero or more, of any size (amounts in the domain, such as
   * investments, are never negative).
   *
   * @param currency the currency
   * @return the generator, shrinking towards zero
   */
  public static Gen<Money> nonNegativeMoney(Currency currency) {
    return money(currency).map(Money::abs);
  }

  /**
   * Generates money in yuan, as {@link #money(Currency)}.
   *
   * @return the generator
   */
  public static Gen<Money> cny() {
    return money(Currencies.CNY);
  }

  /**
   * Generates money in any of the {@link #CURRENCIES}, as {@link #money(Currency)}.
   *
   * @return the generator
   */
  public static Gen<Money> anyMoney() {
    return currencies().flatMap(MoneyGens::money);
  }

  /**
   * Generates amounts the size reports state: half of them any amount of up to ±10<sup>14</sup>
   * minor units (a trillion yuan), half round figures of up to five significant digits in a {@link
   * ReportUnit}, such as 10.5亿元 or 58.33 billion yuan (up to about ±10<sup>14</sup> yuan).
   *
   * @param currency the currency
   * @return the generator, shrinking towards zero
   */
  public static Gen<Money> reportSized(Currency currency) {
    Gen<Money> any =
        Gens.longs(-100_000_000_000_000L, 100_000_000_000_000L)
            .map(minor -> Money.ofMinor(currency, minor));
    Gen<Money> round =
        Gens.combine(
            Gens.longs(-99_999, 99_999),
            Gens.elements(Arrays.asList(ReportUnit.values())),
            Gens.ints(0, 4),
            (digits, unit, decimals) ->
                unit.toMoney(
                    currency,
                    BigDecimal.valueOf(digits, Math.min(decimals, maxDecimals(currency, unit)))));
    return Gens.oneOf(any, round);
  }

  private static int maxDecimals(Currency currency, ReportUnit unit) {
    return currency.getDefaultFractionDigits() + unit.powerOfTen();
  }

  /**
   * Generates amounts whose minor units lie within a thousand of {@code Long.MAX_VALUE} or {@code
   * Long.MIN_VALUE}, on either side: some fit a {@code long} and some just do not.
   *
   * @param currency the currency
   * @return the generator
   */
  public static Gen<Money> nearLongLimits(Currency currency) {
    return Gens.combine(
        Gens.booleans(),
        Gens.longs(-EDGE, EDGE),
        (top, offset) ->
            Money.ofMinor(currency, (top ? LONG_MAX : LONG_MIN).add(BigInteger.valueOf(offset))));
  }

  /**
   * Generates amounts of up to 30 digits of minor units, mostly beyond the range of {@code long}.
   *
   * @param currency the currency
   * @return the generator, shrinking towards zero
   */
  public static Gen<Money> beyondLong(Currency currency) {
    BigDecimal bound = new BigDecimal("1e30");
    return Gens.bigDecimals(bound.negate(), bound, 0)
        .map(minor -> Money.ofMinor(currency, minor.toBigIntegerExact()));
  }

  /**
   * Generates lists of money in one currency.
   *
   * @param currency the currency
   * @param maxSize the largest size
   * @return the generator of immutable lists, possibly empty
   */
  public static Gen<List<Money>> moneyLists(Currency currency, int maxSize) {
    return Gens.lists(money(currency), 0, maxSize);
  }

  /**
   * Generates multi-currency totals of up to ten amounts in any of the {@link #CURRENCIES}.
   *
   * @return the generator, shrinking towards {@link MultiCurrencyAmount#empty()}
   */
  public static Gen<MultiCurrencyAmount> multiCurrencyAmount() {
    return Gens.lists(anyMoney(), 0, 10).map(MultiCurrencyAmount::total);
  }

  /**
   * Generates exchange rates between two currencies, dated in a range: positive rates of up to six
   * decimal places between 0.000001 and 10000.
   *
   * @param from the currency converted from
   * @param to the currency converted to, different from {@code from}
   * @param min the earliest date
   * @param max the latest date
   * @return the generator
   */
  public static Gen<ExchangeRate> exchangeRate(
      Currency from, Currency to, LocalDate min, LocalDate max) {
    return Gens.combine(
        Gens.bigDecimals(new BigDecimal("0.000001"), new BigDecimal("10000"), 6),
        Gens.dates(min, max),
        (rate, date) -> ExchangeRate.builder().from(from).to(to).rate(rate).date(date).build());
  }

  /**
   * Generates non-negative quantities in any {@link Unit}, with up to nine decimal places and up to
   * fifteen integer digits.
   *
   * @return the generator, shrinking towards {@code 0 t}
   */
  public static Gen<Quantity> quantity() {
    return Gens.elements(Arrays.asList(Unit.values())).flatMap(MoneyGens::quantity);
  }

  /**
   * Generates non-negative quantities in one unit.
   *
   * @param unit the unit
   * @return the generator, shrinking towards zero
   */
  public static Gen<Quantity> quantity(Unit unit) {
    return Gens.ints(0, 9)
        .flatMap(
            scale ->
                Gens.bigDecimals(BigDecimal.ZERO, new BigDecimal("1e15"), scale)
                    .map(value -> Quantity.of(value, unit)));
  }

  /**
   * Generates non-negative quantities in any unit of one dimension.
   *
   * @param dimension the dimension
   * @return the generator
   */
  public static Gen<Quantity> quantity(Dimension dimension) {
    List<Unit> units =
        Arrays.stream(Unit.values()).filter(u -> u.dimension() == dimension).toList();
    return Gens.elements(units).flatMap(MoneyGens::quantity);
  }

  /**
   * Generates units of a dimension.
   *
   * @param dimension the dimension
   * @return the generator, shrinking towards the first unit of the dimension
   */
  public static Gen<Unit> unit(Dimension dimension) {
    return Gens.elements(
        Arrays.stream(Unit.values()).filter(u -> u.dimension() == dimension).toList());
  }

  /**
   * Generates closed date ranges within {@code [min, max]}, from single days to the whole span.
   *
   * @param min the earliest start
   * @param max the latest end
   * @return the generator, shrinking towards a one-day range at {@code min}
   */
  public static Gen<DateRange> dateRange(LocalDate min, LocalDate max) {
    return Gens.dates(min, max)
        .flatMap(start -> Gens.dates(start, max).map(end -> DateRange.of(start, end)));
  }

  /**
   * Generates closed date ranges between 2000 and 2050, the years of project plans.
   *
   * @return the generator
   */
  public static Gen<DateRange> dateRange() {
    return dateRange(LocalDate.of(2000, 1, 1), LocalDate.of(2050, 12, 31));
  }

  /**
   * Generates quarters of the years {@code -9999} to {@code 9999}, mostly between 2000 and 2050.
   *
   * @return the generator
   */
  public static Gen<YearQuarter> yearQuarter() {
    return Gens.combine(
        Gens.frequency(Map.entry(9, Gens.ints(2000, 2050)), Map.entry(1, Gens.ints(-9999, 9999))),
        Gens.ints(1, 4),
        YearQuarter::of);
  }
}
