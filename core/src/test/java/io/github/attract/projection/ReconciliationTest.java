package io.github.attract.projection;

import static io.github.attract.projection.Fixtures.yuan;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.attract.measure.Quantity;
import io.github.attract.money.Money;
import io.github.attract.portfolio.Portfolio;
import io.github.attract.project.Status;
import io.github.attract.promotion.Metric;
import io.github.attract.promotion.MetricValue;
import io.github.attract.promotion.ReportedFigure;
import io.github.attract.promotion.ReportedFigureId;
import io.github.attract.promotion.Scope;
import io.github.attract.time.DateRange;
import java.math.BigDecimal;
import java.time.Year;
import org.junit.jupiter.api.Test;

class ReconciliationTest {
  private static final Portfolio LEDGER = Ledger.portfolio();

  private static ReportedFigure figure(String id, Scope scope, MetricValue... values) {
    return ReportedFigure.builder()
        .id(ReportedFigureId.of(id))
        .source("Shuangyashan Daily, 2023-04-24")
        .period(DateRange.ofYear(Year.of(2023)))
        .scope(scope)
        .addValue(values[0])
        .addAllValues(java.util.Arrays.asList(values).subList(1, values.length))
        .build();
  }

  private static final ReportedFigure KEY_PROJECTS =
      figure(
          "2023-key-projects",
          Ledger.CITY_KEY,
          MetricValue.ofCount(Metric.PROJECTS, 201),
          MetricValue.ofMoney(Metric.ANNUAL_PLANNED_INVESTMENT, yuan(16_600_000_000L)));

  @Test
  void showsTheUnitemizedRemainderOf201KeyProjects() {
    Reconciliation r = Reconciliation.of(LEDGER, KEY_PROJECTS);
    ReconciliationLine projects = r.line(Metric.PROJECTS).orElseThrow();
    assertThat(projects.itemized()).contains(MetricValue.ofCount(Metric.PROJECTS, 3));
    assertThat(projects.remainder()).contains(new BigDecimal("198"));
    assertThat(projects.remainderCount()).hasValue(198);
    assertThat(projects.remainderMoney()).isEmpty();
    ReconciliationLine plan = r.line(Metric.ANNUAL_PLANNED_INVESTMENT).orElseThrow();
    // 300 m + 800 m + 50 m
    assertThat(plan.itemized().orElseThrow().amount()).contains(yuan(1_150_000_000L));
    assertThat(plan.remainderMoney()).contains(yuan(15_450_000_000L));
    assertThat(plan.remainderCount()).isEmpty();
    assertThat(r.isOverItemized()).isFalse();
    assertThat(r)
        .hasToString(
            "Reconciliation[2023-key-projects: projects: reported 201, itemized 3, unitemized 198;"
                + " annual-planned-investment: reported CNY 16600000000.00, itemized CNY"
                + " 1150000000.00, unitemized CNY 15450000000.00]");
    assertThat(r.line(Metric.ACTIVITIES)).isEmpty();
  }

  @Test
  void flagsALedgerThatItemizesMoreThanWasReported() {
    ReportedFigure small =
        figure(
            "small",
            Ledger.CITY_KEY,
            MetricValue.ofCount(Metric.PROJECTS, 1),
            MetricValue.ofMoney(Metric.ANNUAL_PLANNED_INVESTMENT, yuan(1_000_000_000L)));
    Reconciliation r = Reconciliation.of(LEDGER, small);
    assertThat(r.isOverItemized()).isTrue();
    assertThat(r.lines()).allMatch(ReconciliationLine::isOverItemized);
    assertThat(r.lines().get(0))
        .hasToString("projects: reported 1, itemized 3, over-itemized by 2");
    assertThat(r.lines().get(1))
        .hasToString(
            "annual-planned-investment: reported CNY 1000000000.00, itemized CNY 1150000000.00,"
                + " over-itemized by CNY 150000000.00");
  }

  @Test
  void reconcilesEveryFigureAndNotesOtherCurrencies() {
    ReportedFigure usd =
        figure(
            "usd",
            Ledger.CITY_KEY,
            MetricValue.ofMoney(Metric.TOTAL_INVESTMENT, Money.of("USD", "5.00")));
    Portfolio p = LEDGER.toBuilder().addReportedFigure(KEY_PROJECTS).addReportedFigure(usd).build();
    assertThat(Reconciliation.all(p))
        .containsExactly(Reconciliation.of(p, KEY_PROJECTS), Reconciliation.of(p, usd));
    Reconciliation r = Reconciliation.of(p, usd);
    assertThat(r.lines().get(0).remainderMoney()).contains(Money.of("USD", "5.00"));
    assertThat(r.notes())
        .hasSize(3)
        .first()
        .isEqualTo("total-investment: project 'fengfan' is in CNY, not USD");
  }

  @Test
  void reconcilesQuantitiesAndLeavesMetricsTheLedgerDoesNotKeepUnexplained() {
    ReportedFigure readyToStart =
        figure(
            "ready-to-start",
            Scope.builder().status(Status.READY_TO_START).build(),
            MetricValue.ofCount(Metric.PROJECTS, 9),
            MetricValue.ofQuantity(Metric.NEW_ENERGY_INDEX, Quantity.parse("1450000 kW")));
    Reconciliation r = Reconciliation.of(LEDGER, readyToStart);
    assertThat(r.lines().get(0).remainderCount()).hasValue(9);
    assertThat(r.lines().get(1))
        .hasToString("new-energy-index: reported 1450000 kW, itemized 0 kW, unitemized 1450000 kW");
    ReportedFigure groups =
        figure("groups", Scope.all(), MetricValue.ofCount(Metric.CHAIN_PROMOTION_GROUPS, 8));
    Reconciliation g = Reconciliation.of(LEDGER, groups);
    assertThat(g.lines().get(0).itemized()).isEmpty();
    assertThat(g.lines().get(0).remainder()).isEmpty();
    assertThat(g.isOverItemized()).isFalse();
    assertThat(g)
        .hasToString(
            "Reconciliation[groups: chain-promotion-groups: reported 8, not itemized in the ledger;"
                + " notes [chain-promotion-groups: metric 'chain-promotion-groups' is not kept in the"
                + " ledger]]");
  }

  @Test
  void isAValue() {
    ReportedFigure other = figure("other", Scope.all(), MetricValue.ofCount(Metric.PROJECTS, 201));
    new EqualsTester()
        .addEqualityGroup(
            Reconciliation.of(LEDGER, KEY_PROJECTS), Reconciliation.of(LEDGER, KEY_PROJECTS))
        .addEqualityGroup(Reconciliation.of(LEDGER, other))
        .testEquals();
    new NullPointerTester()
        .setDefault(Portfolio.class, LEDGER)
        .setDefault(ReportedFigure.class, KEY_PROJECTS)
        .testAllPublicStaticMethods(Reconciliation.class);
    new NullPointerTester().testAllPublicInstanceMethods(Reconciliation.of(LEDGER, KEY_PROJECTS));
  }
}
