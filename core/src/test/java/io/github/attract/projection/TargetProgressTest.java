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
import io.github.attract.promotion.Scope;
import io.github.attract.promotion.Target;
import io.github.attract.promotion.TargetId;
import io.github.attract.taxonomy.RegionId;
import io.github.attract.time.DateRange;
import io.github.attract.time.YearQuarter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.Test;

class TargetProgressTest {
  private static final Portfolio LEDGER = Ledger.portfolio();
  private static final LocalDate END_OF_APRIL = LocalDate.of(2023, 4, 30);
  private static final DateRange YEAR = DateRange.ofYear(Year.of(2023));

  private static Target target(String id, DateRange period, Scope scope, MetricValue value) {
    return Target.builder()
        .id(TargetId.of(id))
        .name("Target " + id)
        .period(period)
        .scope(scope)
        .value(value)
        .build();
  }

  private static TargetProgress progress(Target t, LocalDate asOf) {
    return TargetProgress.of(LEDGER, t, asOf);
  }

  @Test
  void countsStartedKeyProjectsAndTheMonthlyRateNeeded() {
    Target t =
        target("started", YEAR, Ledger.CITY_KEY, MetricValue.ofCount(Metric.STARTED_PROJECTS, 150));
    TargetProgress p = progress(t, END_OF_APRIL);
    // Fengfan (2023-04-07) and graphite (2023-03-01); Jianlong started in 2022
    assertThat(p.actual()).contains(MetricValue.ofCount(Metric.STARTED_PROJECTS, 2));
    assertThat(p.percent()).contains(new BigDecimal("1.33"));
    assertThat(p.gapCount()).hasValue(148);
    assertThat(p.gapMoney()).isEmpty();
    assertThat(p.monthsRemaining()).isEqualTo(8);
    assertThat(p.monthlyRateNeeded()).contains(new BigDecimal("18.50"));
    assertThat(p.monthlyAmountNeeded()).isEmpty();
    assertThat(p.gap()).contains(new BigDecimal("148"));
    assertThat(p.isMet()).isFalse();
    assertThat(p)
        .hasToString(
            "TargetProgress[started as of 2023-04-30: started-projects=2 of started-projects=150"
                + " (1.33 %), gap 148, 8 months left, needs 18.50 a month]");
  }

  @Test
  void sumsCompletedInvestmentFromTheCumulativeReports() {
    Target t =
        target(
            "completed",
            YEAR,
            Ledger.CITY_KEY,
            MetricValue.ofMoney(Metric.COMPLETED_INVESTMENT, yuan(1_500_000_000L)));
    TargetProgress p = progress(t, END_OF_APRIL);
    // Fengfan 50 m (no report before 2023), graphite 200 m - 0 m of December 2022
    assertThat(p.actual().orElseThrow().amount()).contains(yuan(250_000_000L));
    assertThat(p.percent()).contains(new BigDecimal("16.67"));
    assertThat(p.gapMoney()).contains(yuan(1_250_000_000L));
    assertThat(p.monthlyAmountNeeded()).contains(yuan(156_250_000L));
    assertThat(p.monthlyRateNeeded()).contains(new BigDecimal("156250000.00"));
    assertThat(p.gap()).contains(new BigDecimal("1250000000.00"));
    assertThat(p.gapCount()).isEmpty();
    // by the end of June Fengfan's report says 120 m
    assertThat(progress(t, LocalDate.of(2023, 6, 30)).actual().orElseThrow().amount())
        .contains(yuan(320_000_000L));
  }

  @Test
  void sumsFundsInPlaceAsTheIncreaseOverThePeriod() {
    Target t =
        target(
            "funds",
            YEAR,
            Ledger.CITY_KEY,
            MetricValue.ofMoney(Metric.FUNDS_IN_PLACE, yuan(500_000_000L)));
    // Fengfan 80 m; graphite 300 m - 100 m of December 2022
    assertThat(progress(t, END_OF_APRIL).actual().orElseThrow().amount())
        .contains(yuan(280_000_000L));
  }

  @Test
  void countsOtherMetrics() {
    Scope all = Scope.all();
    assertThat(
            progress(
                    target("signed", YEAR, all, MetricValue.ofCount(Metric.SIGNED_PROJECTS, 10)),
                    END_OF_APRIL)
                .actual()
                .orElseThrow()
                .count())
        .hasValue(3); // the lead signed, Fengfan and graphite started (at or beyond signed) in 2023
    assertThat(
            progress(
                    target("ops", YEAR, all, MetricValue.ofCount(Metric.PROJECTS_IN_OPERATION, 5)),
                    END_OF_APRIL)
                .actual()
                .orElseThrow()
                .count())
        .hasValue(1);
    assertThat(
            progress(
                    target("n", YEAR, Ledger.CITY_KEY, MetricValue.ofCount(Metric.PROJECTS, 201)),
                    END_OF_APRIL)
                .actual()
                .orElseThrow()
                .count())
        .hasValue(3);
    assertThat(
            progress(
                    target(
                        "total",
                        YEAR,
                        Ledger.CITY_KEY,
                        MetricValue.ofMoney(Metric.TOTAL_INVESTMENT, yuan(1))),
                    END_OF_APRIL)
                .actual()
                .orElseThrow()
                .amount())
        .contains(yuan(4_450_000_000L));
    assertThat(
            progress(
                    target(
                        "plan",
                        YEAR,
                        Ledger.CITY_KEY,
                        MetricValue.ofMoney(Metric.ANNUAL_PLANNED_INVESTMENT, yuan(1))),
                    END_OF_APRIL)
                .actual()
                .orElseThrow()
                .amount())
        .contains(yuan(1_150_000_000L));
    TargetProgress contracts =
        progress(
            target(
                "cv", YEAR, all, MetricValue.ofMoney(Metric.CONTRACT_VALUE, yuan(10_000_000_000L))),
            END_OF_APRIL);
    assertThat(contracts.actual().orElseThrow().amount()).contains(yuan(5_000_000_000L));
    assertThat(contracts.percent()).contains(new BigDecimal("50.00"));
    // the signing names only the Baoqing lead, which is not a key project
    assertThat(
            progress(
                    target(
                        "cv-key",
                        YEAR,
                        Ledger.CITY_KEY,
                        MetricValue.ofMoney(Metric.CONTRACT_VALUE, yuan(1))),
                    END_OF_APRIL)
                .actual()
                .orElseThrow()
                .amount())
        .contains(yuan(0));
  }

  @Test
  void countsActivitiesOfAQuarterAndSaysWhenNoMonthIsLeft() {
    DateRange q1 = YearQuarter.of(2023, 1).toDateRange();
    Target t = target("activities", q1, Scope.all(), MetricValue.ofCount(Metric.ACTIVITIES, 208));
    TargetProgress p = progress(t, LocalDate.of(2023, 3, 31));
    assertThat(p.actual().orElseThrow().count()).hasValue(3);
    assertThat(p.monthsRemaining()).isZero();
    assertThat(p.monthlyRateNeeded()).isEmpty();
    assertThat(p.toString()).endsWith("0 months left, missed]");
    Scope baoqing = Scope.builder().region(RegionId.of("baoqing")).build();
    assertThat(
            progress(
                    target("a-bq", q1, baoqing, MetricValue.ofCount(Metric.ACTIVITIES, 1)),
                    LocalDate.of(2023, 3, 31))
                .actual()
                .orElseThrow()
                .count())
        .hasValue(1);
    assertThat(
            progress(
                    target("a-key", q1, Ledger.CITY_KEY, MetricValue.ofCount(Metric.ACTIVITIES, 1)),
                    LocalDate.of(2023, 3, 31))
                .actual()
                .orElseThrow()
                .count())
        .hasValue(1);
    // before the period nothing counts and every month remains
    TargetProgress early = progress(t, LocalDate.of(2022, 12, 1));
    assertThat(early.actual().orElseThrow().count()).hasValue(0);
    assertThat(early.monthsRemaining()).isEqualTo(3);
  }

  @Test
  void sumsDesignedPowerAsTheNewEnergyIndexAndHasNoValueForChainGroups() {
    Target index =
        target(
            "index",
            YEAR,
            Scope.all(),
            MetricValue.ofQuantity(Metric.NEW_ENERGY_INDEX, Quantity.parse("1.45 GW")));
    TargetProgress p = progress(index, END_OF_APRIL);
    // Jianlong's 40 MW, in the target's unit
    assertThat(p.actual())
        .contains(MetricValue.ofQuantity(Metric.NEW_ENERGY_INDEX, Quantity.parse("0.04 GW")));
    assertThat(p.gap()).contains(new BigDecimal("1.41"));
    assertThat(p.percent()).contains(new BigDecimal("2.76"));
    assertThat(p.monthlyRateNeeded()).contains(new BigDecimal("0.18"));

    Target groups =
        target("groups", YEAR, Scope.all(), MetricValue.ofCount(Metric.CHAIN_PROMOTION_GROUPS, 8));
    TargetProgress g = progress(groups, END_OF_APRIL);
    assertThat(g.actual()).isEmpty();
    assertThat(g.percent()).isEmpty();
    assertThat(g.gap()).isEmpty();
    assertThat(g.gapCount()).isEmpty();
    assertThat(g.monthlyRateNeeded()).isEmpty();
    assertThat(g.isMet()).isFalse();
    assertThat(g)
        .hasToString(
            "TargetProgress[groups as of 2023-04-30: no actual value of chain-promotion-groups=8,"
                + " 8 months left; notes [metric 'chain-promotion-groups' is not kept in the ledger]]");
  }

  @Test
  void evaluatesAStatusConditionOnTheLastDayOfTheWindow() {
    Scope building = Scope.builder().status(Status.UNDER_CONSTRUCTION).build();
    Target t = target("building", YEAR, building, MetricValue.ofCount(Metric.PROJECTS, 10));
    // on 2023-03-31 only graphite is under construction; on 2023-04-30 Fengfan too
    assertThat(progress(t, LocalDate.of(2023, 3, 31)).actual().orElseThrow().count()).hasValue(1);
    assertThat(progress(t, END_OF_APRIL).actual().orElseThrow().count()).hasValue(2);
  }

  @Test
  void aMetTargetNeedsNothingMore() {
    Target t = target("met", YEAR, Ledger.CITY_KEY, MetricValue.ofCount(Metric.PROJECTS, 2));
    TargetProgress p = progress(t, END_OF_APRIL);
    assertThat(p.isMet()).isTrue();
    assertThat(p.gapCount()).hasValue(-1);
    assertThat(p.monthlyRateNeeded()).contains(BigDecimal.ZERO);
    Target zero =
        target(
            "zero", YEAR, Ledger.CITY_KEY, MetricValue.ofMoney(Metric.TOTAL_INVESTMENT, yuan(0)));
    assertThat(progress(zero, END_OF_APRIL).percent()).isEmpty();
    assertThat(progress(zero, END_OF_APRIL).monthlyAmountNeeded()).contains(yuan(0));
  }

  @Test
  void leavesOtherCurrenciesOutWithANote() {
    Target t =
        target(
            "usd",
            YEAR,
            Ledger.CITY_KEY,
            MetricValue.ofMoney(Metric.TOTAL_INVESTMENT, Money.of("USD", "1.00")));
    TargetProgress p = progress(t, END_OF_APRIL);
    assertThat(p.actual().orElseThrow().amount()).contains(Money.of("USD", "0.00"));
    assertThat(p.notes())
        .containsExactly(
            "project 'fengfan' is in CNY, not USD",
            "project 'graphite' is in CNY, not USD",
            "project 'jianlong' is in CNY, not USD");
  }

  @Test
  void tracksAStartRateTarget() {
    Target t =
        target(
            "start-rate",
            YEAR,
            Scope.all(),
            MetricValue.ofRate(Metric.START_RATE, new BigDecimal("0.8")));
    TargetProgress p = progress(t, END_OF_APRIL);
    // started by 30 April: Fengfan, graphite, Jianlong; not the coal lead. 0.8 × 4 = 3.2 → 4 needed
    RateProgress r = p.rate().orElseThrow();
    assertThat(r).isEqualTo(RateProgress.of(Metric.START_RATE, new BigDecimal("0.8"), 3, 4));
    assertThat(r.projectsShort()).hasValue(1);
    assertThat(p.isMet()).isFalse();
    assertThat(p.actual()).isEmpty();
    assertThat(p.percent()).isEmpty();
    assertThat(p.gap()).isEmpty();
    assertThat(p.monthlyRateNeeded()).isEmpty();
    assertThat(p)
        .hasToString(
            "TargetProgress[start-rate as of 2023-04-30: start-rate target 80 %, 75 % now"
                + " (3 of 4), 1 project short]");
    // the same rate as Kpis over the projects in scope
    assertThat(r.current())
        .isEqualTo(
            io.github.attract.calc.Kpis.startRate(
                LEDGER, io.github.attract.calc.ProjectBase.all(), END_OF_APRIL));
    // as of 31 March only graphite and Jianlong had started: 2 short
    assertThat(progress(t, LocalDate.of(2023, 3, 31)).rate().orElseThrow().projectsShort())
        .hasValue(2);
    // the city key projects have all started
    Target key =
        target(
            "key-start-rate",
            YEAR,
            Ledger.CITY_KEY,
            MetricValue.ofRate(Metric.START_RATE, new BigDecimal("0.8")));
    TargetProgress k = progress(key, END_OF_APRIL);
    assertThat(k.isMet()).isTrue();
    assertThat(k.rate().orElseThrow().summary("开工率"))
        .isEqualTo("开工率 target 80 %, 100 % now (3 of 3), met");
  }

  @Test
  void tracksAContractFulfilmentRateTarget() {
    Target t =
        target(
            "fulfilment",
            YEAR,
            Scope.all(),
            MetricValue.ofRate(Metric.CONTRACT_FULFILMENT_RATE, new BigDecimal("0.8")));
    TargetProgress p = progress(t, END_OF_APRIL);
    // signed in 2023: Fengfan (started 04-07), graphite (started 03-01), the lead (02-10);
    // Jianlong was signed in 2022. 2 of 3 started; 0.8 × 3 = 2.4 → 3 needed
    RateProgress r = p.rate().orElseThrow();
    assertThat(r.numerator()).isEqualTo(2);
    assertThat(r.denominator()).isEqualTo(3);
    assertThat(r.summary("履约率"))
        .isEqualTo("履约率 target 80 %, 66.67 % now (2 of 3), 1 project short");
    assertThat(r.current())
        .isEqualTo(
            io.github.attract.calc.Kpis.contractFulfilmentRate(
                LEDGER, Year.of(2023), END_OF_APRIL));
    // before the period nothing is signed in it: undefined, not met
    TargetProgress early = progress(t, LocalDate.of(2022, 12, 31));
    assertThat(early.rate().orElseThrow().current().isDefined()).isFalse();
    assertThat(early.rate().orElseThrow().projectsShort()).isEmpty();
    assertThat(early.isMet()).isFalse();
  }

  @Test
  void countTargetsHaveNoRateProgress() {
    Target t = target("n", YEAR, Ledger.CITY_KEY, MetricValue.ofCount(Metric.PROJECTS, 201));
    assertThat(progress(t, END_OF_APRIL).rate()).isEmpty();
  }

  @Test
  void computesEveryTargetOfThePortfolio() {
    Target t = target("n", YEAR, Ledger.CITY_KEY, MetricValue.ofCount(Metric.PROJECTS, 201));
    Portfolio withTarget = LEDGER.toBuilder().addTarget(t).build();
    assertThat(TargetProgress.all(withTarget, END_OF_APRIL))
        .containsExactly(TargetProgress.of(withTarget, t, END_OF_APRIL));
  }

  @Test
  void isAValue() {
    Target t = target("n", YEAR, Ledger.CITY_KEY, MetricValue.ofCount(Metric.PROJECTS, 201));
    new EqualsTester()
        .addEqualityGroup(progress(t, END_OF_APRIL), progress(t, END_OF_APRIL))
        .addEqualityGroup(progress(t, LocalDate.of(2023, 5, 31)))
        .testEquals();
    new NullPointerTester()
        .setDefault(Portfolio.class, LEDGER)
        .setDefault(Target.class, t)
        .testAllPublicStaticMethods(TargetProgress.class);
  }
}
