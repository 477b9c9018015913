package io.github.attract.calc;

import static io.github.attract.calc.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.attract.measure.Quantity;
import io.github.attract.measure.Unit;
import io.github.attract.money.MultiCurrencyAmount;
import io.github.attract.portfolio.Portfolio;
import java.time.Year;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** Every built-in measure, as the grand total over the hand-made portfolio of {@link Fixtures}. */
class MeasuresTest {
  private final Portfolio portfolio = Fixtures.portfolio();

  private <V> V total(Measure<V> m) {
    return Aggregation.over(portfolio).total(m).get(m);
  }

  @Test
  void countAndTotalInvestmentPerCurrency() {
    assertThat(total(Measures.count())).isEqualTo(4L);
    assertThat(total(Measures.totalInvestment()))
        .isEqualTo(MultiCurrencyAmount.of(cny("1150000000.00"), usd("5000000.00")));
  }

  @Test
  void annualPlanOfAYear() {
    assertThat(total(Measures.annualPlannedInvestment(Year.of(2023))))
        .isEqualTo(MultiCurrencyAmount.of(cny("330000000")));
    assertThat(total(Measures.annualPlannedInvestment(Year.of(2024))))
        .isEqualTo(MultiCurrencyAmount.empty());
  }

  @Test
  void completedInvestmentAsOfAMonthAndYearToDate() {
    assertThat(total(Measures.completedInvestment(YearMonth.of(2023, 3))))
        .isEqualTo(MultiCurrencyAmount.of(cny("12000000")));
    // p2 reported CNY 0 for 2022-12: the currency takes part with a zero amount
    assertThat(total(Measures.completedInvestment(YearMonth.of(2022, 12))))
        .isEqualTo(MultiCurrencyAmount.of(cny("0")));
    assertThat(total(Measures.completedInvestment(YearMonth.of(2022, 11))))
        .isEqualTo(MultiCurrencyAmount.empty());
    assertThat(total(Measures.completedInvestmentYearToDate(YearMonth.of(2023, 4))))
        .isEqualTo(MultiCurrencyAmount.of(cny("112000000")));
  }

  @Test
  void fundsInPlaceAsOfAMonthAndYearToDate() {
    assertThat(total(Measures.fundsInPlace(YearMonth.of(2023, 4))))
        .isEqualTo(MultiCurrencyAmount.of(cny("170000000")));
    assertThat(total(Measures.fundsInPlace(YearMonth.of(2023, 2))))
        .isEqualTo(MultiCurrencyAmount.of(cny("10000000")));
    assertThat(total(Measures.fundsInPlaceYearToDate(YearMonth.of(2023, 4))))
        .isEqualTo(MultiCurrencyAmount.of(cny("170000000")));
  }

  @Test
  void contractValueIsSplitExactlyOverTheStatedProjects() {
    // s1: CNY 120000000.00 for p1 alone; s2: CNY 1000000000.01 for 3 projects, p2 itemized first:
    // 100000000001 fen / 3 = 33333333333 remainder 2, so the first slot gets one fen more.
    Breakdown<String> b =
        Aggregation.over(portfolio)
            .by(Dimensions.of("id", p -> java.util.Optional.of(p.id().value())))
            .measuring(Measures.contractValue())
            .run();
    assertThat(b.totals("p1").get(Measures.contractValue()))
        .isEqualTo(MultiCurrencyAmount.of(cny("120000000.00")));
    assertThat(b.totals("p2").get(Measures.contractValue()))
        .isEqualTo(MultiCurrencyAmount.of(cny("333333333.34")));
    assertThat(b.totals("p3").get(Measures.contractValue())).isEqualTo(MultiCurrencyAmount.empty());
    assertThat(total(Measures.contractValue()))
        .isEqualTo(MultiCurrencyAmount.of(cny("453333333.34")));
  }

  @Test
  void expectedOutcomes() {
    assertThat(total(Measures.expectedRevenue()))
        .isEqualTo(MultiCurrencyAmount.of(cny("50000000")));
    assertThat(total(Measures.expectedProfit())).isEqualTo(MultiCurrencyAmount.of(cny("10000000")));
    assertThat(total(Measures.expectedTax())).isEqualTo(MultiCurrencyAmount.of(cny("5000000")));
    assertThat(total(Measures.expectedJobs())).isEqualTo(400L);
  }

  @Test
  void capacityPerUnitDimensionConvertedExactly() {
    // p1 100000 t/a; p3 has no capacity of its own, so its phase's 1000 t/a and 1.5 kW count
    assertThat(total(Measures.capacity(Unit.TONNE_PER_YEAR)))
        .isEqualTo(Quantity.parse("101000 t/a"));
    assertThat(total(Measures.capacity(Unit.KILOTONNE_PER_YEAR)))
        .isEqualTo(Quantity.parse("101 kt/a"));
    assertThat(total(Measures.capacity(Unit.MEGAWATT))).isEqualTo(Quantity.parse("40.0015 MW"));
    assertThat(total(Measures.capacity(Unit.SQUARE_METRE))).isEqualTo(Quantity.parse("0 m²"));
  }

  @Test
  void measuresAreValuesWithNames() {
    assertThat(Measures.completedInvestment(YearMonth.of(2023, 3)))
        .isEqualTo(Measures.completedInvestment(YearMonth.of(2023, 3)))
        .isNotEqualTo(Measures.completedInvestment(YearMonth.of(2023, 4)))
        .isNotEqualTo(Measures.fundsInPlace(YearMonth.of(2023, 3)))
        .hasToString("completed-investment(2023-03)");
    assertThat(Measures.annualPlannedInvestment(Year.of(2023)).name())
        .isEqualTo("annual-planned-investment(2023)");
    assertThat(Measures.capacity(Unit.MEGAWATT).name()).isEqualTo("capacity(MW)");
    assertThat(Measures.count().name()).isEqualTo("count");
    assertThat(Measures.expectedJobs()).isEqualTo(Measures.expectedJobs());
  }
}
