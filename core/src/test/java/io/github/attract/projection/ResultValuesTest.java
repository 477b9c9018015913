package io.github.attract.projection;

import static io.github.attract.projection.Fixtures.at;
import static io.github.attract.projection.Fixtures.fengfan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.attract.portfolio.Portfolio;
import io.github.attract.project.ProjectId;
import io.github.attract.promotion.Metric;
import io.github.attract.promotion.MetricValue;
import io.github.attract.promotion.ReportedFigure;
import io.github.attract.promotion.ReportedFigureId;
import io.github.attract.time.DateRange;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;

/** equals, hashCode and toString of the result values that the other tests do not cover. */
class ResultValuesTest {
  private static final ProjectId FENGFAN = ProjectId.of("sys-fengfan-storage");

  @Test
  void outcomeValuesAreValues() {
    OutcomeOutlook standard =
        OutcomeOutlook.of(List.of(fengfan()), RampUp.standard(), Year.of(2026), Year.of(2028));
    OutcomeOutlook again =
        OutcomeOutlook.of(List.of(fengfan()), RampUp.standard(), Year.of(2026), Year.of(2028));
    OutcomeOutlook full =
        OutcomeOutlook.of(List.of(fengfan()), RampUp.none(), Year.of(2026), Year.of(2028));
    new EqualsTester()
        .addEqualityGroup(at(standard.projects(), FENGFAN), at(again.projects(), FENGFAN))
        .addEqualityGroup(at(full.projects(), FENGFAN))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            at(at(standard.projects(), FENGFAN).years(), Year.of(2026)),
            at(at(again.projects(), FENGFAN).years(), Year.of(2026)))
        .addEqualityGroup(at(at(standard.projects(), FENGFAN).years(), Year.of(2027)))
        .addEqualityGroup(at(at(full.projects(), FENGFAN).years(), Year.of(2026)))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(at(standard.byYear(), Year.of(2026)), at(again.byYear(), Year.of(2026)))
        .addEqualityGroup(at(standard.byYear(), Year.of(2027)))
        .addEqualityGroup(at(full.byYear(), Year.of(2026)))
        .testEquals();
    assertThat(at(standard.projects(), FENGFAN).toString())
        .startsWith(
            "ProjectOutcomes[sys-fengfan-storage from 2026-01-01 (planned): [2026 (year 1, 0.5):");
    assertThat(standard.toString())
        .startsWith("OutcomeOutlook[2026..2028 RampUp[0.5, 0.8, 1]: 2026: 1 project, revenue");
  }

  @Test
  void capacityEntriesAndReconciliationLinesAreValues() {
    CapacityOutlook c = CapacityOutlook.of(List.of(fengfan()), Year.of(2026), Year.of(2026));
    CapacityOutlook d = CapacityOutlook.of(List.of(fengfan()), Year.of(2026), Year.of(2027));
    CapacityOutlook other =
        CapacityOutlook.of(
            List.of(Fixtures.project("x").addCapacity(fengfan().capacities().get(0)).build()),
            Year.of(2026),
            Year.of(2026));
    new EqualsTester()
        .addEqualityGroup(c.entries().get(0), d.entries().get(0))
        .addEqualityGroup(other.entries().get(0))
        .testEquals();
    assertThat(c.entries().get(0).compareTo(other.entries().get(0))).isNegative();
    assertThat(c.entries().get(0).phaseId()).isEmpty();

    Portfolio ledger = Ledger.portfolio();
    ReportedFigure f =
        ReportedFigure.builder()
            .id(ReportedFigureId.of("f"))
            .source("s")
            .period(DateRange.ofYear(Year.of(2023)))
            .scope(Ledger.CITY_KEY)
            .addValue(MetricValue.ofCount(Metric.PROJECTS, 201))
            .addValue(MetricValue.ofCount(Metric.STARTED_PROJECTS, 201))
            .build();
    Reconciliation r = Reconciliation.of(ledger, f);
    new EqualsTester()
        .addEqualityGroup(r.lines().get(0), Reconciliation.of(ledger, f).lines().get(0))
        .addEqualityGroup(r.lines().get(1))
        .testEquals();
  }

  @Test
  void curvesHaveStableCodes() {
    for (Curve c : Curve.values()) {
      assertThat(Curve.ofCode(c.code())).isSameAs(c);
      assertThat(c).hasToString(c.code());
    }
    assertThat(Curve.FORECAST.code()).isEqualTo("forecast");
    assertThat(Milestone.Basis.PLANNED.code()).isEqualTo("planned");
    assertThatThrownBy(() -> Curve.ofCode("plan"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Unknown curve 'plan'");
    new NullPointerTester().testAllPublicStaticMethods(Curve.class);
  }
}
