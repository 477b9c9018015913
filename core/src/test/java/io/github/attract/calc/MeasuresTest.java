package io.github.attract.calc;

import static io.github.attract.calc.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import io.github.attract.measure.Quantity;
import io.github.attract.measure.Unit;
import io.github.attract.money.Money;
import io.github.attract.money.MultiCurrencyAmount;
import io.github.attract.portfolio.Portfolio;
import io.github.attract.project.Project;
import io.github.attract.projection.Schedules;
import io.github.attract.projection.SpreadProfile;
import io.github.attract.taxonomy.IndustryId;
import java.time.Year;
import java.time.YearMonth;
import java.util.Optional;
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

  @Test
  void moneyOfOneOwnBreaksAProjectionDownByAnyDimension() {
    Schedules schedules = Schedules.of(SpreadProfile.even());
    Measure<MultiCurrencyAmount> baseline2024 =
        Measures.money(
            "baseline(2024)", p -> Optional.of(schedules.baseline(p).amount(Year.of(2024))));
    Breakdown<IndustryId> b =
        Aggregation.over(portfolio)
            .by(Dimensions.industry())
            .measuring(Measures.count(), baseline2024)
            .run();
    MultiCurrencyAmount expected = MultiCurrencyAmount.empty();
    for (Project p : portfolio.projects()) {
      expected = expected.plus(schedules.baseline(p).amount(Year.of(2024)));
    }
    assertThat(b.total().get(baseline2024)).isEqualTo(expected);
    assertThat(expected.isEmpty()).isFalse();
    for (Row<IndustryId> row : b.rows()) {
      MultiCurrencyAmount byHand = MultiCurrencyAmount.empty();
      for (Project p : portfolio.projects()) {
        if (row.group().key().equals(Optional.of(p.industry()))) {
          byHand = byHand.plus(schedules.baseline(p).amount(Year.of(2024)));
        }
      }
      assertThat(row.totals().get(baseline2024)).as(row.group().toString()).isEqualTo(byHand);
    }
    assertThat(b.toString()).contains("baseline(2024)");
  }

  @Test
  void moneyOfOneOwnChecksItsNameAndItsFigures() {
    assertThatThrownBy(() -> Measures.money(" ", Project::totalInvestment))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("name");
    Measure<MultiCurrencyAmount> inYuan = Measures.money("in-yuan", p -> Optional.of(cny("1.00")));
    assertThatThrownBy(() -> Aggregation.over(portfolio).total(inYuan))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Measure 'in-yuan' of project 'p4' must be in the project's currency USD, but was"
                + " CNY 1.00");
    Measure<MultiCurrencyAmount> broken = Measures.money("broken", p -> null);
    assertThatThrownBy(() -> Aggregation.over(portfolio).total(broken))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("broken");
  }

  @Test
  void moneyOfOneOwnIsEqualForTheSameNameAndFunction() {
    java.util.function.Function<Project, Optional<Money>> total = Project::totalInvestment;
    new EqualsTester()
        .addEqualityGroup(Measures.money("a", total), Measures.money("a", total))
        .addEqualityGroup(Measures.money("b", total))
        .addEqualityGroup(Measures.money("a", p -> Optional.empty()))
        .addEqualityGroup(Measures.totalInvestment())
        .testEquals();
    assertThat(Measures.money("a", total).name()).isEqualTo("a");
  }
}
