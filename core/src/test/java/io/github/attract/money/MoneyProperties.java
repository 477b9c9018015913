package io.github.attract.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.SerializableTester;
import io.github.attract.testing.MoneyGens;
import io.github.attract.testing.property.Gen;
import io.github.attract.testing.property.Gens;
import io.github.attract.testing.property.Property;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MoneyProperties {
  /** Two amounts in one currency. */
  private static final Gen<List<Money>> PAIRS =
      MoneyGens.currencies().flatMap(c -> Gens.lists(MoneyGens.money(c), 2, 2));

  @Test
  void parseReadsWhatToStringWrites() {
    Property.forAll(MoneyGens.anyMoney())
        .check(m -> assertThat(Money.parse(m.toString())).isEqualTo(m));
  }

  @Test
  void toStringIsTheCodeAndThePlainAmount() {
    Gen<Money> small =
        SCALED_CURRENCIES.flatMap(
            c -> Gens.longs(-100_000, 100_000).map(minor -> Money.ofMinor(c, minor)));
    Property.forAll(
            Gens.oneOf(
                MoneyGens.anyMoney(), small, minors(1, 1).map(m -> m.money(0)), zeroDecimals()))
        .tries(2000)
        .check(
            m ->
                assertThat(m.toString())
                    .isEqualTo(m.currency().getCurrencyCode() + " " + m.amount().toPlainString()));
  }

  private static Gen<Money> zeroDecimals() {
    return Gens.longs(Long.MIN_VALUE, Long.MAX_VALUE)
        .map(minor -> Money.ofMinor(Currency.getInstance("JPY"), minor));
  }

  @Test
  void minusUndoesPlus() {
    Property.forAll(PAIRS)
        .check(
            p -> {
              Money a = p.get(0);
              Money b = p.get(1);
              assertThat(a.plus(b).minus(b)).isEqualTo(a);
              assertThat(a.minus(b).plus(b)).isEqualTo(a);
              assertThat(a.minus(a).isZero()).isTrue();
              assertThat(a.plus(a.negated())).isEqualTo(Money.zero(a.currency()));
            });
  }

  @Test
  void plusCommutesAndAssociates() {
    Property.forAll(MoneyGens.currencies().flatMap(c -> Gens.lists(MoneyGens.money(c), 3, 3)))
        .check(
            t -> {
              Money a = t.get(0);
              Money b = t.get(1);
              Money c = t.get(2);
              assertThat(a.plus(b)).isEqualTo(b.plus(a));
              assertThat(a.plus(b).plus(c)).isEqualTo(a.plus(b.plus(c)));
              assertThat(a.plus(Money.zero(a.currency()))).isEqualTo(a);
            });
  }

  /** A currency and amounts in it; the currency is needed when the list is empty. */
  private record Amounts(Currency currency, List<Money> list) {}

  private static final Gen<Amounts> AMOUNTS =
      MoneyGens.currencies().flatMap(c -> MoneyGens.moneyLists(c, 20).map(l -> new Amounts(c, l)));

  @Test
  void totalEqualsTheFoldOfPlus() {
    Property.forAll(AMOUNTS)
        .check(
            a -> {
              Money fold = Money.zero(a.currency());
              for (Money m : a.list()) {
                fold = fold.plus(m);
              }
              assertThat(Money.total(a.currency(), a.list())).isEqualTo(fold);
              if (!a.list().isEmpty()) {
                List<Money> rest = a.list().subList(1, a.list().size());
                assertThat(Money.total(a.list().get(0), rest.toArray(new Money[0])))
                    .isEqualTo(fold);
              }
            });
  }

  @Test
  void longFastPathAgreesWithBigIntegers() {
    Property.forAll(MoneyGens.anyMoney())
        .check(
            m -> {
              BigInteger minor = m.minorUnits();
              boolean fits = minor.bitLength() < Long.SIZE;
              assertThat(m.minorUnitsFitLong()).isEqualTo(fits);
              if (fits) {
                assertThat(m.minorUnitsExact()).isEqualTo(minor.longValueExact());
                assertThat(Money.ofMinor(m.currency(), m.minorUnitsExact())).isEqualTo(m);
              } else {
                assertThatThrownBy(m::minorUnitsExact).isInstanceOf(ArithmeticException.class);
              }
              assertThat(Money.ofMinor(m.currency(), minor)).isEqualTo(m);
            });
  }

  @Test
  void aLongSumWithOverflowFallbackEqualsTotal() {
    Property.forAll(MoneyGens.moneyLists(Currencies.CNY, 20))
        .check(
            list -> {
              long sum = 0;
              BigInteger big = null;
              for (Money m : list) {
                if (big == null && m.minorUnitsFitLong()) {
                  try {
                    sum = Math.addExact(sum, m.minorUnitsExact());
                    continue;
                  } catch (ArithmeticException overflow) {
                    big = BigInteger.valueOf(sum);
                  }
                }
                big = (big == null ? BigInteger.valueOf(sum) : big).add(m.minorUnits());
              }
              Money fast =
                  big == null
                      ? Money.ofMinor(Currencies.CNY, sum)
                      : Money.ofMinor(Currencies.CNY, big);
              assertThat(fast).isEqualTo(Money.total(Currencies.CNY, list));
            });
  }

  @Test
  void compareToAgreesWithTheSignOfTheDifference() {
    Property.forAll(PAIRS)
        .check(
            p -> {
              Money a = p.get(0);
              Money b = p.get(1);
              assertThat(Integer.signum(a.compareTo(b))).isEqualTo(a.minus(b).amount().signum());
              assertThat(a.isGreaterThan(b)).isEqualTo(a.minus(b).isPositive());
              assertThat(a.isLessThan(b)).isEqualTo(a.minus(b).isNegative());
            });
  }

  // The boundary of the compact representation: minor units next to the ends of long, in
  // currencies of 0, 2 and 3 decimal places, checked against plain BigDecimal arithmetic.

  private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);
  private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);

  /** Currencies of 2, 0 and 3 decimal places. */
  private static final Gen<Currency> SCALED_CURRENCIES =
      Gens.elements(
          Currencies.CNY,
          Currency.getInstance("JPY"),
          Currency.getInstance("KWD"),
          Currency.getInstance("BHD"));

  /** Minor units: small, within 2000 of either end of long (both sides), or far beyond. */
  private static final Gen<BigInteger> MINOR_UNITS =
      Gens.frequency(
          Map.entry(2, Gens.longs(-2_000, 2_000).map(BigInteger::valueOf)),
          Map.entry(
              5,
              Gens.combine(
                  Gens.booleans(),
                  Gens.longs(-2_000, 2_000),
                  (top, offset) -> (top ? LONG_MAX : LONG_MIN).add(BigInteger.valueOf(offset)))),
          Map.entry(
              1,
              Gens.bigDecimals(new BigDecimal("-1e25"), new BigDecimal("1e25"), 0)
                  .map(BigDecimal::toBigIntegerExact)));

  /** Factors for multipliedBy: small, and some that overflow anything but zero. */
  private static final Gen<Long> FACTORS =
      Gens.frequency(
          Map.entry(4, Gens.longs(-3, 3)),
          Map.entry(1, Gens.elements(Long.MAX_VALUE, Long.MIN_VALUE, 1L << 32, -(1L << 32))));

  /** A currency and amounts in it given as minor units, the oracle's form. */
  private record Minors(Currency currency, List<BigInteger> list) {
    BigDecimal decimal(int i) {
      return new BigDecimal(list.get(i), currency.getDefaultFractionDigits());
    }

    Money money(int i) {
      return Money.ofMinor(currency, list.get(i));
    }
  }

  private static Gen<Minors> minors(int min, int max) {
    return SCALED_CURRENCIES.flatMap(
        c -> Gens.lists(MINOR_UNITS, min, max).map(l -> new Minors(c, l)));
  }

  /**
   * Asserts that money has the exact amount and the canonical form: it fits a long exactly when
   * BigDecimal says so, and it equals (with the same hash) money made by every other route.
   */
  private static void assertExactAndCanonical(Money m, BigDecimal expected) {
    assertThat(m.amount()).isEqualTo(expected);
    BigInteger minor = expected.unscaledValue();
    boolean fits = minor.bitLength() < Long.SIZE;
    assertThat(m.minorUnitsFitLong()).as("fits long: %s", m).isEqualTo(fits);
    assertThat(m.minorUnits()).isEqualTo(minor);
    List<Money> others = new ArrayList<>();
    others.add(Money.ofMinor(m.currency(), minor));
    others.add(Money.of(m.currency(), expected));
    others.add(Money.of(m.currency(), expected.stripTrailingZeros()));
    others.add(Money.of(m.currency(), expected.setScale(expected.scale() + 2), RoundingMode.DOWN));
    others.add(Money.parse(m.toString()));
    if (fits) {
      assertThat(m.minorUnitsExact()).isEqualTo(minor.longValueExact());
      others.add(Money.ofMinor(m.currency(), minor.longValueExact()));
    } else {
      assertThatThrownBy(m::minorUnitsExact).isInstanceOf(ArithmeticException.class);
    }
    for (Money other : others) {
      assertThat(other).isEqualTo(m);
      assertThat(other.hashCode()).isEqualTo(m.hashCode());
      assertThat(other.minorUnitsFitLong()).isEqualTo(fits);
      assertThat(other.compareTo(m)).isZero();
    }
  }

  @Test
  void arithmeticAcrossTheLongBoundaryMatchesBigDecimal() {
    Property.forAll(minors(2, 2), FACTORS)
        .check(
            (p, k) -> {
              Money a = p.money(0);
              Money b = p.money(1);
              BigDecimal x = p.decimal(0);
              BigDecimal y = p.decimal(1);
              assertExactAndCanonical(a, x);
              assertExactAndCanonical(a.plus(b), x.add(y));
              assertExactAndCanonical(a.minus(b), x.subtract(y));
              assertExactAndCanonical(a.negated(), x.negate());
              assertExactAndCanonical(a.abs(), x.abs());
              assertExactAndCanonical(a.multipliedBy(k), x.multiply(BigDecimal.valueOf(k)));
              assertThat(Integer.signum(a.compareTo(b))).isEqualTo(x.compareTo(y));
              assertThat(a.isZero()).isEqualTo(x.signum() == 0);
              assertThat(a.isPositive()).isEqualTo(x.signum() > 0);
              assertThat(a.isNegative()).isEqualTo(x.signum() < 0);
            });
  }

  @Test
  void decimalMultiplicationAndDivisionAcrossTheBoundaryMatchBigDecimal() {
    Gen<BigDecimal> factors = Gens.bigDecimals(new BigDecimal("-3"), new BigDecimal("3"), 4);
    Gen<RoundingMode> roundings =
        Gens.elements(RoundingMode.HALF_EVEN, RoundingMode.HALF_UP, RoundingMode.FLOOR);
    Property.forAll(minors(1, 1), factors, roundings)
        .check(
            (p, f, r) -> {
              Money a = p.money(0);
              BigDecimal x = p.decimal(0);
              assertExactAndCanonical(a.multipliedBy(f, r), x.multiply(f).setScale(x.scale(), r));
              long divisor = f.unscaledValue().longValue();
              if (divisor == 0) {
                assertThatThrownBy(() -> a.dividedBy(0, r)).isInstanceOf(ArithmeticException.class);
              } else {
                assertExactAndCanonical(
                    a.dividedBy(divisor, r), x.divide(BigDecimal.valueOf(divisor), x.scale(), r));
              }
            });
  }

  @Test
  void totalsAcrossTheLongBoundaryMatchBigDecimal() {
    Property.forAll(minors(0, 12))
        .check(
            p -> {
              BigDecimal sum = BigDecimal.ZERO.setScale(p.currency().getDefaultFractionDigits());
              List<Money> amounts = new ArrayList<>();
              for (int i = 0; i < p.list().size(); i++) {
                sum = sum.add(p.decimal(i));
                amounts.add(p.money(i));
              }
              assertExactAndCanonical(Money.total(p.currency(), amounts), sum);
              if (!amounts.isEmpty()) {
                assertExactAndCanonical(
                    Money.total(
                        amounts.get(0), amounts.subList(1, amounts.size()).toArray(new Money[0])),
                    sum);
              }
            });
  }

  @Test
  void majorUnitsOfAnyLongAreExact() {
    Gen<Long> majors =
        Gens.oneOf(
            Gens.longs(Long.MIN_VALUE, Long.MAX_VALUE),
            Gens.longs(-1_000, 1_000),
            Gens.longs(-1_000, 1_000).map(d -> Long.MAX_VALUE / 1_000 + d),
            Gens.longs(-1_000, 1_000).map(d -> Long.MIN_VALUE / 100 + d));
    Property.forAll(SCALED_CURRENCIES, majors)
        .check(
            (c, major) ->
                assertExactAndCanonical(
                    Money.ofMajor(c, major),
                    BigDecimal.valueOf(major).setScale(c.getDefaultFractionDigits())));
  }

  @Test
  void serializationKeepsValueAndForm() {
    Property.forAll(minors(1, 1))
        .tries(300)
        .check(
            p -> {
              Money m = p.money(0);
              Money copy = SerializableTester.reserialize(m);
              assertExactAndCanonical(copy, p.decimal(0));
              assertThat(copy).isEqualTo(m);
            });
  }
}
