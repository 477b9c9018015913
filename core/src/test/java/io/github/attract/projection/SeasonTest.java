package io.github.attract.projection;

import static io.github.attract.projection.Fixtures.cny;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.attract.money.Money;
import io.github.attract.time.DateRange;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SeasonTest {
  @Test
  void coldRegionBuildsFromAprilToOctober() {
    Season cold = Season.coldRegion();
    assertThat(cold.weight(Month.MARCH)).isEqualTo(BigDecimal.ONE);
    assertThat(cold.weight(Month.APRIL)).isEqualTo(BigDecimal.TEN);
    assertThat(cold.weight(Month.OCTOBER)).isEqualTo(BigDecimal.TEN);
    assertThat(cold.weight(Month.NOVEMBER)).isEqualTo(BigDecimal.ONE);
    assertThat(cold).hasToString("Season[1, 1, 1, 10, 10, 10, 10, 10, 10, 10, 1, 1]");
    // January to April: 1 + 1 + 1 + 10 = 13 of 75
    assertThat(cold.shareThrough(Month.APRIL, MathContext.DECIMAL64))
        .isEqualTo(new BigDecimal("0.1733333333333333"));
    assertThat(cold.shareThrough(Month.DECEMBER, MathContext.DECIMAL64)).isEqualTo(BigDecimal.ONE);
  }

  @Test
  void spreadsMoneyByCalendarMonthWithinTheSeason() {
    SeasonalProfile p = SpreadProfile.even().within(Season.coldRegion());
    Map<YearMonth, Money> months = p.spread(cny("75000.00"), DateRange.ofYear(Year.of(2023)));
    assertThat(months).hasSize(12);
    assertThat(months.get(YearMonth.of(2023, 1))).isEqualTo(cny("1000.00"));
    assertThat(months.get(YearMonth.of(2023, 4))).isEqualTo(cny("10000.00"));
    assertThat(months.get(YearMonth.of(2023, 10))).isEqualTo(cny("10000.00"));
    assertThat(months.get(YearMonth.of(2023, 12))).isEqualTo(cny("1000.00"));
  }

  @Test
  void combinesTheShapeWithTheSeason() {
    // s-curve over 4 months (5, 11, 11, 5) times cold weights (Feb 1, Mar 1, Apr 10, May 10)
    SeasonalProfile p = SpreadProfile.sCurve().within(Season.coldRegion());
    assertThat(p.weights(YearMonth.of(2023, 2), YearMonth.of(2023, 5)))
        .containsExactly(
            BigInteger.valueOf(5),
            BigInteger.valueOf(11),
            BigInteger.valueOf(110),
            BigInteger.valueOf(50));
  }

  @Test
  void ignoresASeasonThatGivesNothingToThePeriod() {
    Season summer = Season.allYear();
    for (Month m : List.of(Month.NOVEMBER, Month.DECEMBER, Month.JANUARY)) {
      summer = summer.withWeight(m, BigDecimal.ZERO);
    }
    SeasonalProfile p = SpreadProfile.even().within(summer);
    assertThat(p.spread(cny("3.00"), YearMonth.of(2023, 11), YearMonth.of(2024, 1)))
        .containsValues(cny("1.00"), cny("1.00"), cny("1.00"));
  }

  @Test
  void takesCustomWeights() {
    Map<Month, BigDecimal> w = new EnumMap<>(Month.class);
    for (Month m : Month.values()) {
      w.put(m, new BigDecimal("0.5"));
    }
    Season s = Season.of(w).withWeight(Month.JULY, new BigDecimal("1.50"));
    assertThat(s.weight(Month.JULY)).isEqualTo(new BigDecimal("1.5"));
    assertThat(s.weights()).hasSize(12);
    w.remove(Month.MAY);
    assertThatThrownBy(() -> Season.of(w))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Season 'weights' must give every month, but MAY is missing");
    assertThatThrownBy(() -> Season.allYear().withWeight(Month.MAY, BigDecimal.ONE.negate()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Season 'weights' must not be negative, but weight 5 was -1");
  }

  @Test
  void isAValue() {
    new EqualsTester()
        .addEqualityGroup(
            Season.coldRegion(), Season.coldRegion().withWeight(Month.MAY, BigDecimal.TEN))
        .addEqualityGroup(Season.allYear())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            SeasonalProfile.of(SpreadProfile.even(), Season.allYear()),
            SpreadProfile.even().within(Season.allYear()))
        .addEqualityGroup(SpreadProfile.even().within(Season.coldRegion()))
        .addEqualityGroup(SpreadProfile.bell().within(Season.allYear()))
        .testEquals();
    assertThat(SpreadProfile.sCurve().within(Season.allYear()))
        .hasToString("s-curve within Season[1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]");
    new NullPointerTester()
        .setDefault(BigDecimal.class, BigDecimal.ONE)
        .testAllPublicStaticMethods(Season.class);
    new NullPointerTester()
        .setDefault(BigDecimal.class, BigDecimal.ONE)
        .setDefault(MathContext.class, MathContext.DECIMAL64)
        .testAllPublicInstanceMethods(Season.coldRegion());
    new NullPointerTester()
        .setDefault(Money.class, cny("1.00"))
        .setDefault(DateRange.class, DateRange.ofYear(Year.of(2023)))
        .setDefault(YearMonth.class, YearMonth.of(2023, 1))
        .setDefault(Season.class, Season.allYear())
        .testAllPublicInstanceMethods(SpreadProfile.even().within(Season.allYear()));
    new NullPointerTester()
        .setDefault(Season.class, Season.allYear())
        .setDefault(SpreadProfile.class, SpreadProfile.even())
        .testAllPublicStaticMethods(SeasonalProfile.class);
  }
}
