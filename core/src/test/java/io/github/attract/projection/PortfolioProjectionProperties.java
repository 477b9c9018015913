package io.github.attract.projection;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.attract.measure.Quantity;
import io.github.attract.money.Money;
import io.github.attract.money.MultiCurrencyAmount;
import io.github.attract.portfolio.Portfolio;
import io.github.attract.project.Project;
import io.github.attract.testing.DomainGens;
import io.github.attract.testing.property.Gen;
import io.github.attract.testing.property.Gens;
import io.github.attract.testing.property.Property;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The projection laws on whole portfolios drawn by the shared {@link DomainGens}. */
class PortfolioProjectionProperties {
  private static final Gen<Portfolio> PORTFOLIOS =
      Gens.oneOf(DomainGens.portfolios(0, 12), DomainGens.multiCurrencyPortfolios());

  @Test
  void aPortfoliosScheduleTotalsEqualItsTotalOrPlannedInvestment() {
    Schedules schedules = Schedules.of(SpreadProfile.sCurve().within(Season.coldRegion()));
    Property.forAll(PORTFOLIOS, Gens.ints(2015, 2035))
        .tries(100)
        .check(
            (portfolio, first) -> {
              Schedule s = schedules.byYear(portfolio, Year.of(first), Year.of(first + 7));
              MultiCurrencyAmount expected = MultiCurrencyAmount.empty();
              for (Project p : portfolio.projects()) {
                expected = expected.plus(ScheduleProperties.expectedBaseline(p));
              }
              assertThat(s.total()).isEqualTo(expected);
              MultiCurrencyAmount parts =
                  s.beforeWindow().combinedWith(s.afterWindow()).combinedWith(s.unscheduledTotal());
              for (MultiCurrencyAmount year : s.byYear().values()) {
                parts = parts.combinedWith(year);
              }
              assertThat(parts).isEqualTo(expected);
              assertThat(s.projects()).hasSize(portfolio.projects().size());
              // a group and the rest partition the schedule
              Schedule group = s.only(id -> id.value().hashCode() % 2 == 0);
              Schedule rest = s.only(id -> id.value().hashCode() % 2 != 0);
              assertThat(group.total().combinedWith(rest.total())).isEqualTo(s.total());
              assertThat(group.projects().size() + rest.projects().size())
                  .isEqualTo(s.projects().size());
            });
  }

  @Test
  void theCapacityOutlookOfAPortfolioNeverDecreases() {
    Property.forAll(PORTFOLIOS)
        .tries(100)
        .check(
            portfolio -> {
              CapacityOutlook c =
                  CapacityOutlook.of(portfolio.projects(), Year.of(2015), Year.of(2040));
              for (Map<Year, Quantity> row : c.cumulative().values()) {
                Quantity previous = null;
                for (Quantity q : row.values()) {
                  if (previous != null) {
                    assertThat(q.compareTo(previous)).isGreaterThanOrEqualTo(0);
                  }
                  previous = q;
                }
              }
            });
  }

  @Test
  void everyReportedFigureIsItemizedPlusItsRemainder() {
    Property.forAll(PORTFOLIOS)
        .tries(100)
        .check(
            portfolio -> {
              for (Reconciliation r : Reconciliation.all(portfolio)) {
                for (ReconciliationLine line : r.lines()) {
                  if (line.itemized().isEmpty()) {
                    continue;
                  }
                  BigDecimal reported = TargetProgress.number(line.reported(), line.reported());
                  BigDecimal itemized =
                      TargetProgress.number(line.itemized().get(), line.reported());
                  assertThat(itemized.add(line.remainder().orElseThrow()))
                      .isEqualByComparingTo(reported);
                  assertThat(line.isOverItemized()).isEqualTo(itemized.compareTo(reported) > 0);
                }
              }
            });
  }

  @Test
  void targetProgressAndForecastsDependOnlyOnTheirArguments() {
    Property.forAll(PORTFOLIOS, DomainGens.dates())
        .tries(100)
        .check(
            (portfolio, asOf) -> {
              Portfolio copy = portfolio.toBuilder().build();
              assertThat(TargetProgress.all(copy, asOf))
                  .isEqualTo(TargetProgress.all(portfolio, asOf));
              LocalDate day = asOf;
              YearEndForecasts f = YearEndForecasts.of(Season.coldRegion());
              assertThat(
                      f.forecast(
                          copy.projects(), Year.of(day.getYear()), java.time.YearMonth.from(day)))
                  .isEqualTo(
                      f.forecast(
                          portfolio.projects(),
                          Year.of(day.getYear()),
                          java.time.YearMonth.from(day)));
              OutcomeOutlook o =
                  OutcomeOutlook.of(
                      portfolio.projects(), RampUp.standard(), Year.of(2020), Year.of(2030));
              assertThat(
                      OutcomeOutlook.of(
                          copy.projects(), RampUp.standard(), Year.of(2020), Year.of(2030)))
                  .isEqualTo(o);
              for (OutcomeTotals t : o.byYear().values()) {
                for (Money m : t.revenue().amounts()) {
                  assertThat(m.isNegative()).isFalse();
                }
              }
            });
  }
}
