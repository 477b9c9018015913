package io.github.attract.projection;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableSortedMap;
import io.github.attract.measure.Dimension;
import io.github.attract.measure.Quantity;
import io.github.attract.money.Money;
import io.github.attract.project.Project;
import io.github.attract.project.Provenance;
import io.github.attract.testing.property.Gen;
import io.github.attract.testing.property.Gens;
import io.github.attract.testing.property.Property;
import java.math.BigDecimal;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OutlookProperties {
  private static final Gen<Year> FIRST_YEARS = Gens.ints(2018, 2032).map(Year::of);
  private static final Gen<RampUp> RAMP_UPS =
      Gens.lists(Gens.bigDecimals(BigDecimal.ZERO, BigDecimal.ONE, 2), 1, 5).map(RampUp::of);

  @Test
  void theCapacityOutlookNeverDecreasesAndAddsUp() {
    Property.forAll(ProjectionGens.projects(8), FIRST_YEARS, Gens.ints(0, 12))
        .tries(300)
        .check(
            (projects, first, span) -> {
              Year last = first.plusYears(span);
              CapacityOutlook c = CapacityOutlook.of(projects, first, last);
              for (Map.Entry<Dimension, ImmutableSortedMap<Year, Quantity>> row :
                  c.cumulative().entrySet()) {
                Quantity previous = Fixtures.at(c.beforeWindow(), row.getKey());
                Quantity sum = previous;
                for (Map.Entry<Year, Quantity> cell : row.getValue().entrySet()) {
                  assertThat(cell.getValue().compareTo(previous)).isGreaterThanOrEqualTo(0);
                  sum = sum.plus(Fixtures.at(Fixtures.at(c.added(), row.getKey()), cell.getKey()));
                  assertThat(cell.getValue()).isEqualTo(sum);
                  previous = cell.getValue();
                }
                assertThat(row.getValue()).hasSize(span + 1);
              }
              // nothing dropped: every capacity is an entry, dated, undated or cancelled
              assertThat(c.entries().size())
                  .isEqualTo(
                      c.entries().stream().filter(e -> e.online().isPresent()).count()
                          + c.undated().size()
                          + c.cancelled().size());
              List<Project> reversed = new ArrayList<>(projects);
              Collections.reverse(reversed);
              assertThat(CapacityOutlook.of(reversed, first, last)).isEqualTo(c);
            });
  }

  @Test
  void outcomeTotalsAreTheSumsOfTheProjectsAndKeepEstimates() {
    Property.forAll(ProjectionGens.projects(6), RAMP_UPS, FIRST_YEARS)
        .tries(300)
        .check(
            (projects, rampUp, first) -> {
              OutcomeOutlook o = OutcomeOutlook.of(projects, rampUp, first, first.plusYears(5));
              for (OutcomeTotals t : o.byYear().values()) {
                long jobs = 0;
                int count = 0;
                boolean estimated = false;
                List<Money> revenue = new ArrayList<>();
                for (ProjectOutcomes p : o.projects().values()) {
                  OutcomeYear y = p.years().get(t.year());
                  if (y != null) {
                    count++;
                    jobs += y.jobs().orElse(0);
                    y.revenue().ifPresent(revenue::add);
                    estimated |= y.provenance() == Provenance.ESTIMATED;
                    assertThat(y.provenance())
                        .isEqualTo(
                            p.fullOutput().provenance() == Provenance.ESTIMATED
                                ? Provenance.ESTIMATED
                                : Provenance.DERIVED);
                    assertThat(y.share()).isEqualTo(rampUp.share(y.operatingYear()));
                  }
                }
                assertThat(t.jobs()).isEqualTo(jobs);
                assertThat(t.projects()).isEqualTo(count);
                assertThat(t.provenance() == Provenance.ESTIMATED).isEqualTo(estimated);
                for (Money m : revenue) {
                  assertThat(t.revenue().contains(m.currency())).isTrue();
                }
              }
              int withOutcomes =
                  (int) projects.stream().filter(p -> p.expectedOutcomes().isPresent()).count();
              assertThat(o.projects().size() + o.undated().size() + o.cancelled().size())
                  .isEqualTo(withOutcomes);
            });
  }

  @Test
  void yearEndForecastsDependOnlyOnTheirArguments() {
    Property.forAll(ProjectionGens.projects(6), Gens.ints(2020, 2030), Gens.ints(1, 12))
        .tries(300)
        .check(
            (projects, year, month) -> {
              YearEndForecasts f = YearEndForecasts.of(Season.coldRegion());
              List<YearEndForecast> once =
                  f.forecast(projects, Year.of(year), YearMonth.of(year, month));
              List<Project> reversed = new ArrayList<>(projects);
              Collections.reverse(reversed);
              assertThat(
                      YearEndForecasts.of(Season.coldRegion())
                          .forecast(reversed, Year.of(year), YearMonth.of(year, month)))
                  .isEqualTo(once);
              for (YearEndForecast y : once) {
                // the run rate is the year-to-date figure scaled by 12 / m, within half a minor
                // unit
                BigDecimal exact =
                    y.completedYearToDate()
                        .amount()
                        .multiply(BigDecimal.valueOf(12))
                        .divide(BigDecimal.valueOf(month), 10, java.math.RoundingMode.HALF_EVEN);
                assertThat(y.runRateForecast().amount().subtract(exact).abs())
                    .isLessThanOrEqualTo(new BigDecimal("0.005"));
                if (month == 12) {
                  assertThat(y.runRateForecast()).isEqualTo(y.completedYearToDate());
                  assertThat(y.seasonalForecast()).contains(y.completedYearToDate());
                }
              }
            });
  }
}
