package io.github.attract.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.attract.testing.MoneyGens;
import io.github.attract.testing.property.Gen;
import io.github.attract.testing.property.Gens;
import io.github.attract.testing.property.Property;
import java.math.BigInteger;
import java.util.Currency;
import java.util.List;
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
}
