package io.github.attract.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.attract.measure.Dimension;
import io.github.attract.money.Currencies;
import io.github.attract.money.Money;
import io.github.attract.testing.property.Property;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class MoneyGensTest {
  @Test
  void moneyReachesEverySizeClass() {
    AtomicInteger small = new AtomicInteger();
    AtomicInteger fitsNearTheEdge = new AtomicInteger();
    AtomicInteger beyondLong = new AtomicInteger();
    AtomicInteger negative = new AtomicInteger();
    Property.forAll(MoneyGens.cny())
        .tries(1000)
        .seed(1)
        .check(
            m -> {
              assertThat(m.currency()).isEqualTo(Currencies.CNY);
              assertThat(m.scale()).isEqualTo(2);
              BigInteger minor = m.minorUnits();
              if (minor.abs().compareTo(BigInteger.valueOf(10_000)) <= 0) {
                small.incrementAndGet();
              } else if (m.minorUnitsFitLong() && minor.bitLength() == 63) {
                fitsNearTheEdge.incrementAndGet();
              } else if (!m.minorUnitsFitLong()) {
                beyondLong.incrementAndGet();
              }
              if (m.isNegative()) {
                negative.incrementAndGet();
              }
            });
    assertThat(small.get()).isPositive();
    assertThat(fitsNearTheEdge.get()).isPositive();
    assertThat(beyondLong.get()).isPositive();
    assertThat(negative.get()).isPositive();
  }

  @Test
  void nearLongLimitsStaysWithinAThousandMinorUnitsOfTheEnds() {
    BigInteger max = BigInteger.valueOf(Long.MAX_VALUE);
    BigInteger min = BigInteger.valueOf(Long.MIN_VALUE);
    Set<Boolean> fits = ConcurrentHashMap.newKeySet();
    Property.forAll(MoneyGens.nearLongLimits(Currencies.USD))
        .seed(2)
        .check(
            m -> {
              BigInteger minor = m.minorUnits();
              BigInteger distance = minor.subtract(minor.signum() > 0 ? max : min).abs();
              assertThat(distance).isLessThanOrEqualTo(BigInteger.valueOf(1_000));
              fits.add(m.minorUnitsFitLong());
            });
    assertThat(fits).containsExactlyInAnyOrder(true, false);
  }

  @Test
  void otherGeneratorsBuildValidValues() {
    Property.forAll(MoneyGens.nonNegativeMoney(Currencies.EUR))
        .check(m -> assertThat(m.isNegative()).isFalse());
    Property.forAll(MoneyGens.quantity(Dimension.POWER))
        .check(q -> assertThat(q.dimension()).isEqualTo(Dimension.POWER));
    LocalDate from = LocalDate.of(2023, 1, 1);
    LocalDate to = LocalDate.of(2023, 12, 31);
    Property.forAll(MoneyGens.dateRange(from, to))
        .check(
            r -> {
              assertThat(r.start()).isBetween(from, to);
              assertThat(r.end()).isBetween(r.start(), to);
            });
    Property.forAll(MoneyGens.exchangeRate(Currencies.USD, Currencies.CNY, from, to))
        .check(
            r -> {
              assertThat(r.rate().signum()).isPositive();
              assertThat(r.date()).isBetween(from, to);
            });
    Property.forAll(MoneyGens.multiCurrencyAmount())
        .check(a -> assertThat(MoneyGens.CURRENCIES).containsAll(a.currencies()));
    Property.forAll(MoneyGens.reportSized(Currencies.CNY))
        .check(
            m -> assertThat(m.abs().isGreaterThan(Money.of("CNY", "100000000000000"))).isFalse());
  }
}
