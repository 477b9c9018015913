package io.github.attract.calc;

import static io.github.attract.calc.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.attract.money.MultiCurrencyAmount;
import io.github.attract.portfolio.Portfolio;
import io.github.attract.time.DateRange;
import io.github.attract.time.YearQuarter;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;

class FunnelsTest {
  private final Portfolio portfolio = Fixtures.portfolio();

  @Test
  void byPeriodCountsWhatHappenedWithinIt() {
    Funnel q1 = Funnels.byPeriod(portfolio, YearQuarter.of(2023, 1));
    assertThat(q1.basis()).isEqualTo("period 2023-01-01/2023-03-31");
    // a1 and a2 are in Q1, a3 in May
    assertThat(q1.count(FunnelStage.ACTIVITIES)).isEqualTo(2);
    assertThat(q1.money(FunnelStage.ACTIVITIES)).isEqualTo(MultiCurrencyAmount.empty());
    // s1 states 1 project, s2 states 3 (only p2 itemized): 4, with both contract values
    assertThat(q1.count(FunnelStage.SIGNED)).isEqualTo(4);
    assertThat(q1.money(FunnelStage.SIGNED))
        .isEqualTo(MultiCurrencyAmount.of(cny("1120000000.01")));
    // p2 ready 02-20; p1 skipped the step when it started on 03-01
    assertThat(q1.count(FunnelStage.READY_TO_START)).isEqualTo(2);
    assertThat(q1.money(FunnelStage.READY_TO_START))
        .isEqualTo(MultiCurrencyAmount.of(cny("1150000000")));
    assertThat(q1.count(FunnelStage.UNDER_CONSTRUCTION)).isEqualTo(1);
    assertThat(q1.count(FunnelStage.IN_OPERATION)).isZero();
    assertThat(q1.conversion(FunnelStage.SIGNED)).isEqualTo(Rate.of(4, 2));
    assertThat(q1.conversion(FunnelStage.READY_TO_START)).isEqualTo(Rate.of(2, 4));
    assertThat(q1.conversion(FunnelStage.IN_OPERATION)).isEqualTo(Rate.of(0, 1));
    assertThat(q1.conversion(FunnelStage.SIGNED, FunnelStage.UNDER_CONSTRUCTION))
        .isEqualTo(Rate.of(1, 4));
  }

  @Test
  void readableTable() {
    assertThat(Funnels.byPeriod(portfolio, YearQuarter.of(2023, 1)).toString())
        .isEqualTo(
            """
            Funnel, period 2023-01-01/2023-03-31
            stage              | count |               money |       conversion
            -------------------------------------------------------------------
            activities         |     2 |                   - |
            signed             |     4 | [CNY 1120000000.01] | 4 / 2 (200.00 %)
            ready-to-start     |     2 | [CNY 1150000000.00] |  2 / 4 (50.00 %)
            under-construction |     1 |  [CNY 100000000.00] |  1 / 2 (50.00 %)
            in-operation       |     0 |                   - |   0 / 1 (0.00 %)""");
  }

  @Test
  void byCohortFollowsTheProjectsSignedInAYear() {
    Funnel c = Funnels.byCohort(portfolio, Year.of(2023), LocalDate.of(2023, 12, 31));
    assertThat(c.basis()).isEqualTo("cohort signed in 2023, as of 2023-12-31");
    assertThat(c.count(FunnelStage.ACTIVITIES)).isEqualTo(3);
    assertThat(c.count(FunnelStage.SIGNED)).isEqualTo(2);
    assertThat(c.money(FunnelStage.SIGNED)).isEqualTo(MultiCurrencyAmount.of(cny("453333333.34")));
    assertThat(c.count(FunnelStage.READY_TO_START)).isEqualTo(2);
    assertThat(c.count(FunnelStage.UNDER_CONSTRUCTION)).isEqualTo(2);
    assertThat(c.count(FunnelStage.IN_OPERATION)).isEqualTo(1);
    assertThat(c.money(FunnelStage.IN_OPERATION))
        .isEqualTo(MultiCurrencyAmount.of(cny("1050000000")));
    assertThat(c.conversion(FunnelStage.IN_OPERATION)).isEqualTo(Rate.of(1, 2));
    Funnel early = Funnels.byCohort(portfolio, Year.of(2023), LocalDate.of(2023, 1, 31));
    assertThat(early.count(FunnelStage.SIGNED)).isEqualTo(1);
    assertThat(early.count(FunnelStage.UNDER_CONSTRUCTION)).isZero();
    assertThat(
            Funnels.byCohort(portfolio, Year.of(2022), LocalDate.of(2023, 12, 31))
                .count(FunnelStage.SIGNED))
        .isEqualTo(1);
  }

  @Test
  void stepsCarryTheirConversion() {
    Funnel q1 = Funnels.byPeriod(portfolio, YearQuarter.of(2023, 1));
    assertThat(q1.steps()).hasSize(5);
    assertThat(q1.step(FunnelStage.ACTIVITIES).conversion()).isEmpty();
    assertThat(q1.step(FunnelStage.SIGNED).conversion()).contains(Rate.of(4, 2));
    assertThat(q1.step(FunnelStage.UNDER_CONSTRUCTION).toString())
        .isEqualTo("under-construction 1 [CNY 100000000.00] (1 / 2 (50.00 %))");
    assertThatThrownBy(() -> q1.conversion(FunnelStage.ACTIVITIES))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Funnel stage 'activities' is the first and has no conversion");
  }

  @Test
  void funnelsOfShardsAddUp() {
    DateRange year = DateRange.ofYear(Year.of(2023));
    Funnel whole = Funnels.byPeriod(portfolio, year);
    Portfolio empty = Portfolio.builder().build();
    assertThat(Funnels.byPeriod(empty, year).combinedWith(whole)).isEqualTo(whole);
    assertThat(whole.combinedWith(Funnels.byPeriod(empty, year))).isEqualTo(whole);
    Funnel twice =
        List.of(portfolio, portfolio, empty).parallelStream().collect(Funnels.byPeriod(year));
    assertThat(twice.count(FunnelStage.ACTIVITIES))
        .isEqualTo(2 * whole.count(FunnelStage.ACTIVITIES));
    assertThat(twice.money(FunnelStage.SIGNED))
        .isEqualTo(whole.money(FunnelStage.SIGNED).combinedWith(whole.money(FunnelStage.SIGNED)));
    assertThatThrownBy(
            () -> whole.combinedWith(Funnels.byPeriod(portfolio, YearQuarter.of(2023, 1))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Funnels must have the same basis to combine, but 'period 2023-01-01/2023-12-31'"
                + " differs from 'period 2023-01-01/2023-03-31'");
  }
}
