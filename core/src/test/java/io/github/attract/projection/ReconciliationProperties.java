package io.github.attract.projection;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.attract.measure.Quantity;
import io.github.attract.money.Currencies;
import io.github.attract.money.Money;
import io.github.attract.portfolio.Portfolio;
import io.github.attract.project.Project;
import io.github.attract.promotion.Metric;
import io.github.attract.promotion.MetricKind;
import io.github.attract.promotion.MetricValue;
import io.github.attract.promotion.ReportedFigure;
import io.github.attract.promotion.ReportedFigureId;
import io.github.attract.promotion.Scope;
import io.github.attract.promotion.Target;
import io.github.attract.promotion.TargetId;
import io.github.attract.testing.property.Gen;
import io.github.attract.testing.property.Gens;
import io.github.attract.testing.property.Property;
import io.github.attract.time.DateRange;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReconciliationProperties {
  private static final Gen<MetricValue> VALUES =
      Gens.combine(
          Gens.elements(Metric.values()),
          Gens.longs(0, 2_000_000_000_000L),
          (metric, n) -> {
            if (metric.kind() == MetricKind.COUNT) {
              return MetricValue.ofCount(metric, n % 50);
            }
            if (metric.kind() == MetricKind.QUANTITY) {
              return MetricValue.ofQuantity(metric, Quantity.parse((n % 10_000) + " MW"));
            }
            if (metric.kind() == MetricKind.RATE) {
              return MetricValue.ofRate(metric, BigDecimal.valueOf(n % 101, 2));
            }
            return MetricValue.ofMoney(metric, Money.ofMinor(Currencies.CNY, n));
          });

  private static final Gen<Scope> SCOPES =
      Gens.elements(
          Scope.all(),
          Ledger.CITY_KEY,
          Scope.builder().region(io.github.attract.taxonomy.RegionId.of("sys")).build());

  private static Portfolio portfolio(List<Project> projects) {
    return Fixtures.portfolio(projects.toArray(new Project[0])).build();
  }

  @Test
  void itemizedPlusRemainderIsTheReportedFigure() {
    Property.forAll(
            ProjectionGens.projects(6),
            Gens.combine(
                VALUES,
                SCOPES,
                ProjectionGens.years(),
                (v, s, y) ->
                    ReportedFigure.builder()
                        .id(ReportedFigureId.of("f"))
                        .source("source")
                        .period(DateRange.ofYear(y))
                        .scope(s)
                        .addValue(v)
                        .build()))
        .tries(300)
        .check(
            (projects, figure) -> {
              Reconciliation r = Reconciliation.of(portfolio(projects), figure);
              ReconciliationLine line = r.lines().get(0);
              if (line.itemized().isEmpty()) {
                assertThat(
                        line.metric() == Metric.CHAIN_PROMOTION_GROUPS
                            || line.metric().kind() == MetricKind.RATE)
                    .isTrue();
                return;
              }
              BigDecimal reported = TargetProgress.number(line.reported(), line.reported());
              BigDecimal itemized = TargetProgress.number(line.itemized().get(), line.reported());
              assertThat(itemized.add(line.remainder().orElseThrow()))
                  .isEqualByComparingTo(reported);
              assertThat(line.isOverItemized()).isEqualTo(itemized.compareTo(reported) > 0);
              line.remainderMoney()
                  .ifPresent(
                      m ->
                          assertThat(line.itemized().get().amount().orElseThrow().plus(m))
                              .isEqualTo(line.reported().amount().orElseThrow()));
              if (line.remainderCount().isPresent()) {
                assertThat(
                        line.itemized().get().count().getAsLong()
                            + line.remainderCount().getAsLong())
                    .isEqualTo(line.reported().count().getAsLong());
              }
            });
  }

  @Test
  void targetProgressDependsOnlyOnItsArgumentsAndItsGapClosesTheTarget() {
    Property.forAll(
            ProjectionGens.projects(6),
            VALUES,
            Gens.dates(LocalDate.of(2020, 1, 1), LocalDate.of(2031, 6, 30)))
        .tries(300)
        .check(
            (projects, value, asOf) -> {
              Target t =
                  Target.builder()
                      .id(TargetId.of("t"))
                      .name("t")
                      .period(DateRange.ofYear(Year.of(2023)))
                      .scope(Ledger.CITY_KEY)
                      .value(value)
                      .build();
              Portfolio p = portfolio(projects);
              TargetProgress once = TargetProgress.of(p, t, asOf);
              assertThat(TargetProgress.of(portfolio(projects), t, asOf)).isEqualTo(once);
              once.gap()
                  .ifPresent(
                      gap ->
                          assertThat(
                                  TargetProgress.number(once.actual().orElseThrow(), value)
                                      .add(gap))
                              .isEqualByComparingTo(TargetProgress.number(value, value)));
              once.monthlyRateNeeded()
                  .ifPresent(
                      rate -> {
                        BigDecimal covered =
                            rate.multiply(BigDecimal.valueOf(once.monthsRemaining()));
                        if (once.gap().orElseThrow().signum() > 0) {
                          assertThat(covered).isGreaterThanOrEqualTo(once.gap().orElseThrow());
                        }
                      });
            });
  }
}
