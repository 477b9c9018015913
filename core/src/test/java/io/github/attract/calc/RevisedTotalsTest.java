package io.github.attract.calc;

import static io.github.attract.calc.Fixtures.cny;
import static io.github.attract.calc.Fixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.attract.money.MultiCurrencyAmount;
import io.github.attract.portfolio.Portfolio;
import io.github.attract.project.InvestmentRevision;
import io.github.attract.project.Provenance;
import io.github.attract.time.DateRange;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/**
 * Which total investment each aggregation reads once a total is revised. The fixture's p2 (CNY 1
 * 050 000 000, estimated, under construction from 2023-04-07, in operation from 2023-10-01) is
 * revised to CNY 1 100 000 000, reported, from 2023-06-01; p1 stays at CNY 100 000 000 (reported,
 * under construction from 2023-03-01) and p4 at USD 5 000 000.
 */
class RevisedTotalsTest {
  private final Portfolio revised =
      Fixtures.portfolio()
          .withProject(
              Fixtures.p2()
                  .withTotalInvestmentRevision(
                      InvestmentRevision.builder()
                          .date(LocalDate.of(2023, 6, 1))
                          .total(cny("1100000000"))
                          .provenance(Provenance.REPORTED)
                          .build()));

  private <V> V total(Measure<V> m) {
    return Aggregation.over(revised).total(m).get(m);
  }

  @Test
  void theTotalInvestmentMeasureHasNoAsOfDayAndCountsTheLatestTotal() {
    // 100 000 000 + 1 100 000 000
    assertThat(total(Measures.totalInvestment()))
        .isEqualTo(MultiCurrencyAmount.of(cny("1200000000"), usd("5000000")));
  }

  @Test
  void theProvenanceIsThatOfTheFigureCounted() {
    assertThat(total(Measures.totalInvestment().only(Provenance.ESTIMATED)))
        .isEqualTo(MultiCurrencyAmount.empty());
    assertThat(total(Measures.totalInvestment().only(Provenance.REPORTED)))
        .isEqualTo(MultiCurrencyAmount.of(cny("1200000000"), usd("5000000")));
  }

  @Test
  void aPeriodFunnelCountsTheTotalInForceOnThePeriodsLastDay() {
    Funnel april = Funnels.byPeriod(revised, DateRange.ofMonth(YearMonth.of(2023, 4)));
    // only p2 started in April; on 04-30 its original total was in force
    assertThat(april.money(FunnelStage.UNDER_CONSTRUCTION))
        .isEqualTo(MultiCurrencyAmount.of(cny("1050000000")));
    Funnel year = Funnels.byPeriod(revised, DateRange.ofYear(Year.of(2023)));
    // p1 and p2 started in 2023; on 12-31 p2's revision was in force: 100 000 000 + 1 100 000 000
    assertThat(year.money(FunnelStage.UNDER_CONSTRUCTION))
        .isEqualTo(MultiCurrencyAmount.of(cny("1200000000")));
    assertThat(year.money(FunnelStage.IN_OPERATION))
        .isEqualTo(MultiCurrencyAmount.of(cny("1100000000")));
  }

  @Test
  void aCohortFunnelCountsTheTotalInForceOnItsAsOfDay() {
    // p1 and p2, signed in 2023, both under construction by 05-31: 100 000 000 + 1 050 000 000
    assertThat(
            Funnels.byCohort(revised, Year.of(2023), LocalDate.of(2023, 5, 31))
                .money(FunnelStage.UNDER_CONSTRUCTION))
        .isEqualTo(MultiCurrencyAmount.of(cny("1150000000")));
    // by 12-31 p2's revision is in force: 100 000 000 + 1 100 000 000
    assertThat(
            Funnels.byCohort(revised, Year.of(2023), LocalDate.of(2023, 12, 31))
                .money(FunnelStage.UNDER_CONSTRUCTION))
        .isEqualTo(MultiCurrencyAmount.of(cny("1200000000")));
  }
}
