package io.github.attract.projection;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.attract.money.Money;
import io.github.attract.money.MultiCurrencyAmount;
import io.github.attract.project.AnnualPlan;
import io.github.attract.project.Phase;
import io.github.attract.project.ProgressReport;
import io.github.attract.project.Project;
import io.github.attract.testing.property.Gen;
import io.github.attract.testing.property.Gens;
import io.github.attract.testing.property.Property;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScheduleProperties {
  private static final Gen<Schedules> CALCULATORS =
      Gens.combine(
          Gens.elements(
              SpreadProfile.even(),
              SpreadProfile.frontLoaded(),
              SpreadProfile.backLoaded(),
              SpreadProfile.sCurve(),
              SpreadProfile.bell()),
          Gens.elements(Season.coldRegion(), Season.allYear()),
          (p, s) -> Schedules.of(p.within(s)));

  private static final Gen<YearMonth> MONTHS =
      Gens.ints(0, 12 * 12).map(n -> YearMonth.of(2019, 12).plusMonths(n));

  /**
   * The documented baseline total: latest total (or the phases' sum), or the plans' sum if larger.
   */
  static Money expectedBaseline(Project p) {
    Money phases = Money.zero(p.currency());
    for (Phase phase : p.phases()) {
      if (phase.investment().isPresent()) {
        phases = phases.plus(phase.investment().get());
      }
    }
    Money total = p.latestTotalInvestment().orElse(phases);
    Money plans =
        Money.total(p.currency(), p.annualPlans().stream().map(AnnualPlan::planned).toList());
    return !p.annualPlans().isEmpty() && plans.isGreaterThan(total) ? plans : total;
  }

  private static Map<Currency, Money> sums(MultiCurrencyAmount amounts) {
    Map<Currency, Money> out = new HashMap<>();
    for (Money m : amounts.amounts()) {
      out.merge(m.currency(), m, Money::plus);
    }
    return out;
  }

  @Test
  void aProjectsBaselineAddsUpToItsTotalOrPlannedInvestment() {
    Property.forAll(CALCULATORS, ProjectionGens.projects())
        .check(
            (schedules, p) -> {
              ProjectSchedule s = schedules.baseline(p);
              assertThat(s.total()).isEqualTo(expectedBaseline(p));
              assertThat(s.scheduled().plus(s.unscheduled())).isEqualTo(s.total());
              assertThat(s.months().values()).allMatch(Money::isPositive);
              assertThat(s.unscheduled().isNegative()).isFalse();
              assertThat(Money.total(p.currency(), s.byYear().values())).isEqualTo(s.scheduled());
              for (AnnualPlan plan : p.annualPlans()) {
                assertThat(s.amount(plan.year())).isEqualTo(plan.planned());
              }
            });
  }

  @Test
  void aPortfoliosScheduleAddsUpToItsTotalInsideAndOutsideAnyWindow() {
    Property.forAll(CALCULATORS, ProjectionGens.projects(8), Gens.ints(2018, 2032))
        .tries(300)
        .check(
            (schedules, projects, first) -> {
              Schedule s = schedules.baseline(projects).within(Year.of(first), Year.of(first + 3));
              Map<Currency, Money> expected = new HashMap<>();
              for (Project p : projects) {
                expected.merge(p.currency(), expectedBaseline(p), Money::plus);
              }
              assertThat(sums(s.total())).isEqualTo(expected);
              MultiCurrencyAmount parts =
                  s.beforeWindow().combinedWith(s.afterWindow()).combinedWith(s.unscheduledTotal());
              for (MultiCurrencyAmount year : s.byYear().values()) {
                parts = parts.combinedWith(year);
              }
              assertThat(sums(parts)).isEqualTo(expected);
              assertThat(s.byYear()).hasSize(4);
              MultiCurrencyAmount months =
                  s.byMonth().values().stream()
                      .reduce(s.unscheduledTotal(), MultiCurrencyAmount::combinedWith);
              assertThat(sums(months)).isEqualTo(expected);
            });
  }

  @Test
  void theActualCurveAddsUpToTheLastCumulativeFigure() {
    Property.forAll(ProjectionGens.projects())
        .check(
            p -> {
              ProjectSchedule a = Schedules.of(SpreadProfile.even()).actual(p);
              Money last =
                  p.progressReports().isEmpty()
                      ? Money.zero(p.currency())
                      : p.progressReports()
                          .get(p.progressReports().size() - 1)
                          .completedInvestment();
              assertThat(a.total()).isEqualTo(last);
              for (ProgressReport r : p.progressReports()) {
                assertThat(Money.total(p.currency(), a.months().headMap(r.month(), true).values()))
                    .isEqualTo(r.completedInvestment());
              }
            });
  }

  @Test
  void theForecastKeepsTheActualsAndAddsUpToTheLargerOfBaselineAndDone() {
    Property.forAll(CALCULATORS, ProjectionGens.projects(), MONTHS)
        .check(
            (schedules, p, asOf) -> {
              ProjectSchedule f = schedules.forecast(p, asOf);
              Money baseline = schedules.baseline(p).total();
              Money done = p.completedInvestmentAsOf(asOf);
              assertThat(f.total()).isEqualTo(baseline.isGreaterThan(done) ? baseline : done);
              assertThat(f.months().headMap(asOf, true))
                  .isEqualTo(schedules.actual(p).months().headMap(asOf, true));
            });
  }

  @Test
  void schedulesDependOnlyOnTheirArgumentsNotOnInputOrder() {
    Property.forAll(CALCULATORS, ProjectionGens.projects(6), MONTHS)
        .tries(200)
        .check(
            (schedules, projects, asOf) -> {
              List<Project> reversed = new ArrayList<>(projects);
              java.util.Collections.reverse(reversed);
              assertThat(schedules.baseline(reversed)).isEqualTo(schedules.baseline(projects));
              assertThat(schedules.forecast(reversed, asOf))
                  .isEqualTo(schedules.forecast(projects, asOf));
              assertThat(schedules.actual(reversed)).isEqualTo(schedules.actual(projects));
              Schedules same = Schedules.of(schedules.spreading());
              assertThat(same.baseline(projects).toString())
                  .isEqualTo(schedules.baseline(projects).toString());
            });
  }
}
