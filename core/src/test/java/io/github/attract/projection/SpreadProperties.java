package io.github.attract.projection;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.attract.money.Currencies;
import io.github.attract.money.Money;
import io.github.attract.testing.property.Gen;
import io.github.attract.testing.property.Gens;
import io.github.attract.testing.property.Property;
import io.github.attract.time.DateRange;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SpreadProperties {
  /** Amounts of any sign and size, also far beyond the range of long. */
  private static final Gen<Money> AMOUNTS =
      Gens.bigDecimals(new BigDecimal("-1e30"), new BigDecimal("1e30"), 2)
          .map(a -> Money.of(Currencies.CNY, a));

  private static final Gen<List<BigDecimal>> CUSTOM_WEIGHTS =
      Gens.lists(Gens.bigDecimals(BigDecimal.ZERO, new BigDecimal("1000"), 3), 1, 30)
          .map(
              w -> {
                List<BigDecimal> list = new ArrayList<>(w);
                list.set(0, list.get(0).add(BigDecimal.ONE)); // at least one positive weight
                return list;
              });

  private static final Gen<SpreadProfile> PROFILES =
      Gens.oneOf(
          Gens.elements(
              SpreadProfile.even(),
              SpreadProfile.frontLoaded(),
              SpreadProfile.backLoaded(),
              SpreadProfile.sCurve(),
              SpreadProfile.bell()),
          CUSTOM_WEIGHTS.map(SpreadProfile::custom));

  private static final Gen<Season> SEASONS =
      Gens.oneOf(
          Gens.elements(Season.coldRegion(), Season.allYear()),
          Gens.lists(Gens.bigDecimals(BigDecimal.ZERO, BigDecimal.TEN, 1), 12, 12)
              .map(
                  w -> {
                    Map<Month, BigDecimal> m = new EnumMap<>(Month.class);
                    for (Month month : Month.values()) {
                      m.put(month, w.get(month.getValue() - 1));
                    }
                    m.merge(Month.JULY, BigDecimal.ONE, BigDecimal::add);
                    return Season.of(m);
                  }));

  @Test
  void spreadsSumExactlyToTheTotalForEveryProfileAmountAndPeriodCount() {
    Property.forAll(PROFILES, AMOUNTS, Gens.ints(1, 400))
        .tries(500)
        .check(
            (profile, total, n) -> {
              List<Money> parts = profile.spread(total, n);
              assertThat(parts).hasSize(n);
              assertThat(Money.total(Currencies.CNY, parts)).isEqualTo(total);
            });
  }

  @Test
  void eachPartIsWithinOneMinorUnitOfItsExactShare() {
    Property.forAll(PROFILES, AMOUNTS, Gens.ints(1, 60))
        .tries(300)
        .check(
            (profile, total, n) -> {
              List<BigInteger> w = profile.weights(n);
              BigInteger sum = w.stream().reduce(BigInteger.ZERO, BigInteger::add);
              List<Money> parts = profile.spread(total, n);
              for (int i = 0; i < n; i++) {
                // |part * W - T * w_i| < W, in minor units
                BigInteger diff =
                    parts
                        .get(i)
                        .minorUnits()
                        .multiply(sum)
                        .subtract(total.minorUnits().multiply(w.get(i)));
                assertThat(diff.abs()).isLessThan(sum);
                if (w.get(i).signum() == 0) {
                  assertThat(parts.get(i).isZero()).isTrue();
                }
              }
            });
  }

  @Test
  void builtInShapesGiveEveryPeriodAPositiveWeight() {
    Property.forAll(
            Gens.elements(
                SpreadProfile.even(),
                SpreadProfile.frontLoaded(),
                SpreadProfile.backLoaded(),
                SpreadProfile.sCurve(),
                SpreadProfile.bell()),
            Gens.ints(1, 500))
        .tries(300)
        .check((p, n) -> assertThat(p.weights(n)).allMatch(w -> w.signum() > 0));
  }

  @Test
  void customWeightsOfTheRightLengthAreProportionalToTheGivenOnes() {
    Property.forAll(CUSTOM_WEIGHTS)
        .tries(300)
        .check(
            given -> {
              List<BigInteger> w = SpreadProfile.custom(given).weights(given.size());
              // w_i * g_j == w_j * g_i for all i, j
              for (int i = 0; i < given.size(); i++) {
                assertThat(new BigDecimal(w.get(i)).multiply(given.get(0)))
                    .isEqualByComparingTo(new BigDecimal(w.get(0)).multiply(given.get(i)));
              }
            });
  }

  @Test
  void seasonalSpreadsSumExactlyAndCoverEveryMonthOfThePeriod() {
    Gen<DateRange> periods =
        Gens.combine(
            Gens.dates(LocalDate.of(2000, 1, 1), LocalDate.of(2040, 12, 31)),
            Gens.ints(0, 3000),
            (start, days) -> DateRange.of(start, start.plusDays(days)));
    Property.forAll(Gens.combine(PROFILES, SEASONS, SpreadProfile::within), AMOUNTS, periods)
        .tries(300)
        .check(
            (profile, total, period) -> {
              Map<java.time.YearMonth, Money> months = profile.spread(total, period);
              assertThat(Money.total(Currencies.CNY, months.values())).isEqualTo(total);
              assertThat(months.keySet())
                  .first()
                  .isEqualTo(java.time.YearMonth.from(period.start()));
              assertThat(months)
                  .hasSize(
                      SpreadProfile.monthsBetween(
                          java.time.YearMonth.from(period.start()),
                          java.time.YearMonth.from(period.end())));
            });
  }

  @Test
  void allocationIsTheSameForTheSameArguments() {
    Property.forAll(AMOUNTS, Gens.lists(Gens.longs(0, 1_000_000), 1, 50))
        .tries(300)
        .check(
            (total, raw) -> {
              List<BigInteger> w = new ArrayList<>();
              raw.forEach(x -> w.add(BigInteger.valueOf(x)));
              w.set(0, w.get(0).add(BigInteger.ONE));
              assertThat(Allocation.split(total, w))
                  .isEqualTo(Allocation.split(total, List.copyOf(w)));
              assertThat(Money.total(Currencies.CNY, Allocation.split(total, w))).isEqualTo(total);
            });
  }
}
