package io.github.attract.projection;

import static io.github.attract.projection.Fixtures.cny;
import static io.github.attract.projection.Fixtures.fengfan;
import static io.github.attract.projection.Fixtures.phase;
import static io.github.attract.projection.Fixtures.project;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.attract.money.Currencies;
import io.github.attract.money.Money;
import io.github.attract.money.MultiCurrencyAmount;
import io.github.attract.portfolio.Portfolio;
import io.github.attract.project.AnnualPlan;
import io.github.attract.project.Phase;
import io.github.attract.project.PhaseId;
import io.github.attract.project.ProgressReport;
import io.github.attract.project.Project;
import io.github.attract.project.ProjectId;
import io.github.attract.project.Status;
import io.github.attract.project.StatusHistory;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchedulesTest {
  private static final Schedules EVEN = Schedules.of(SpreadProfile.even());

  private static ProgressReport report(int year, int month, String cumulative) {
    return ProgressReport.builder()
        .month(YearMonth.of(year, month))
        .completedInvestment(cny(cumulative))
        .build();
  }

  /** 1,200.00 over 2023-2024, 50.00 a month on the even shape. */
  private static Project.Builder twoYears(String id) {
    return project(id)
        .totalInvestment(cny("1200.00"))
        .addPhase(phase("p1", "2023-01-01/2024-12-31"));
  }

  @Test
  void spreadsFengfanOverItsPlannedPeriod() {
    ProjectSchedule s = EVEN.baseline(fengfan());
    assertThat(s.months()).hasSize(33);
    assertThat(s.months().firstKey()).isEqualTo(YearMonth.of(2023, 4));
    assertThat(s.amount(YearMonth.of(2023, 4))).isEqualTo(cny("31818181.82"));
    assertThat(s.amount(YearMonth.of(2025, 12))).isEqualTo(cny("31818181.81"));
    // 9 months of .82; 12 of .82; 6 of .82 and 6 of .81
    assertThat(s.byYear())
        .containsExactly(
            entry(Year.of(2023), cny("286363636.38")),
            entry(Year.of(2024), cny("381818181.84")),
            entry(Year.of(2025), cny("381818181.78")));
    assertThat(s.total()).isEqualTo(cny("1050000000.00"));
    assertThat(s.unscheduled()).isEqualTo(cny("0.00"));
    assertThat(s)
        .hasToString(
            "ProjectSchedule[sys-fengfan-storage baseline: 2023=CNY 286363636.38, "
                + "2024=CNY 381818181.84, 2025=CNY 381818181.78; total CNY 1050000000.00]");
  }

  @Test
  void annualPlansOverrideTheirYearAndTheRestFillsTheOtherYears() {
    Project p = twoYears("p").addAnnualPlan(AnnualPlan.of(Year.of(2023), cny("300.00"))).build();
    ProjectSchedule s = EVEN.baseline(p);
    assertThat(s.amount(YearMonth.of(2023, 1))).isEqualTo(cny("25.00"));
    assertThat(s.amount(YearMonth.of(2024, 12))).isEqualTo(cny("75.00"));
    assertThat(s.byYear())
        .containsExactly(entry(Year.of(2023), cny("300.00")), entry(Year.of(2024), cny("900.00")));
  }

  @Test
  void plansAboveThePhasesInvestmentsStandWithANote() {
    Project p =
        project("p")
            .addPhase(phase("p1", "2023-01-01/2023-12-31", cny("100.00")))
            .addAnnualPlan(AnnualPlan.of(Year.of(2023), cny("120.00")))
            .build();
    ProjectSchedule s = EVEN.baseline(p);
    assertThat(s.total()).isEqualTo(cny("120.00"));
    // the phase's 100.00 is 8.34 x 4 + 8.33 x 8 fen-exact; the plan's 120.00 follows that shape:
    // 12000 x 834 / 10000 = 1000.8 and 12000 x 833 / 10000 = 999.6 fen; the 8 fen left go to
    // the four .8 remainders, then to the first four .6 ones
    assertThat(s.amount(YearMonth.of(2023, 1))).isEqualTo(cny("10.01"));
    assertThat(s.amount(YearMonth.of(2023, 5))).isEqualTo(cny("10.00"));
    assertThat(s.amount(YearMonth.of(2023, 12))).isEqualTo(cny("9.99"));
    assertThat(s.notes())
        .containsExactly(
            "annual plans add up to CNY 120.00, more than the phases' investments CNY 100.00;"
                + " the plans stand");
  }

  @Test
  void aPlanForAYearOutsideThePeriodIsSpreadOverThatYear() {
    Project p =
        project("p")
            .totalInvestment(cny("240.00"))
            .addPhase(phase("p1", "2023-01-01/2023-12-31"))
            .addAnnualPlan(AnnualPlan.of(Year.of(2024), cny("120.00")))
            .build();
    ProjectSchedule s = EVEN.baseline(p);
    assertThat(s.byYear())
        .containsExactly(entry(Year.of(2023), cny("120.00")), entry(Year.of(2024), cny("120.00")));
    assertThat(s.amount(YearMonth.of(2024, 6))).isEqualTo(cny("10.00"));
  }

  @Test
  void phasesSpreadTheirOwnInvestmentAndShareTheRest() {
    Project p =
        project("p")
            .totalInvestment(cny("1500.00"))
            .addPhase(phase("p1", "2023-01-01/2023-12-31", cny("600.00")))
            .addPhase(phase("p2", "2024-01-01/2024-12-31"))
            .addPhase(phase("p3", "2025-01-01/2025-06-30"))
            .build();
    // the rest, 900.00, is shared 12 : 6 months between p2 and p3: 600.00 and 300.00
    ProjectSchedule s = EVEN.baseline(p);
    assertThat(s.byYear())
        .containsExactly(
            entry(Year.of(2023), cny("600.00")),
            entry(Year.of(2024), cny("600.00")),
            entry(Year.of(2025), cny("300.00")));
    assertThat(s.amount(YearMonth.of(2025, 1))).isEqualTo(cny("50.00"));
  }

  @Test
  void theRestGoesOverTheWholeSpanWhenEveryPhaseHasItsOwnInvestment() {
    Project p =
        project("p")
            .totalInvestment(cny("480.00"))
            .addPhase(phase("p1", "2023-01-01/2023-12-31", cny("120.00")))
            .addPhase(phase("p2", "2024-01-01/2024-12-31", cny("120.00")))
            .build();
    // 10.00 a month of the phases plus 240.00 over 24 months: 20.00 a month
    assertThat(EVEN.baseline(p).amount(YearMonth.of(2024, 3))).isEqualTo(cny("20.00"));
  }

  @Test
  void keepsMoneyWithoutAPeriodUnscheduled() {
    Phase undated =
        Phase.builder().id(PhaseId.of("p2")).name("Phase 2").investment(cny("50.00")).build();
    Project p =
        project("p")
            .totalInvestment(cny("150.00"))
            .addPhase(phase("p1", "2023-01-01/2023-12-31", cny("100.00")))
            .addPhase(undated)
            .build();
    ProjectSchedule s = EVEN.baseline(p);
    assertThat(s.scheduled()).isEqualTo(cny("100.00"));
    assertThat(s.unscheduled()).isEqualTo(cny("50.00"));
    assertThat(s.notes()).containsExactly("phase 'p2' CNY 50.00 has no planned period");

    ProjectSchedule lead = EVEN.baseline(project("lead").totalInvestment(cny("300.00")).build());
    assertThat(lead.months()).isEmpty();
    assertThat(lead.unscheduled()).isEqualTo(cny("300.00"));
    assertThat(lead.notes())
        .containsExactly("CNY 300.00 has no construction period to be spread over");
    assertThat(lead)
        .hasToString(
            "ProjectSchedule[lead baseline: no scheduled month; unscheduled CNY 300.00; "
                + "total CNY 300.00; notes [CNY 300.00 has no construction period to be spread over]]");

    ProjectSchedule empty = EVEN.baseline(project("nothing").build());
    assertThat(empty.total()).isEqualTo(cny("0.00"));
    assertThat(empty.notes())
        .containsExactly("no total investment, phase investment or annual plan to schedule");
  }

  @Test
  void aProjectWithoutPhasesBuildsFromItsStartToItsLastPlanYear() {
    Project p =
        project("p")
            .totalInvestment(cny("2100.00"))
            .statusHistory(
                StatusHistory.empty().then(LocalDate.of(2023, 4, 7), Status.UNDER_CONSTRUCTION))
            .addAnnualPlan(AnnualPlan.of(Year.of(2023), cny("900.00")))
            .addAnnualPlan(AnnualPlan.of(Year.of(2024), cny("1200.00")))
            .build();
    ProjectSchedule s = EVEN.baseline(p);
    // April to December 2023: 9 months of 100.00; 2024: 12 months of 100.00
    assertThat(s.months().firstKey()).isEqualTo(YearMonth.of(2023, 4));
    assertThat(s.amount(YearMonth.of(2023, 4))).isEqualTo(cny("100.00"));
    assertThat(s.amount(YearMonth.of(2024, 12))).isEqualTo(cny("100.00"));
    assertThat(s.total()).isEqualTo(cny("2100.00"));
  }

  @Test
  void theActualCurveIsTheMonthlyIncrementOfTheCumulativeFigure() {
    Project p =
        twoYears("p")
            .addProgressReport(report(2023, 3, "100.00"))
            .addProgressReport(report(2023, 4, "250.00"))
            .addProgressReport(report(2023, 6, "400.00"))
            .build();
    ProjectSchedule s = EVEN.actual(p);
    assertThat(s.months())
        .containsExactly(
            entry(YearMonth.of(2023, 3), cny("100.00")),
            entry(YearMonth.of(2023, 4), cny("150.00")),
            entry(YearMonth.of(2023, 6), cny("150.00")));
    assertThat(s.curve()).isEqualTo(Curve.ACTUAL);
  }

  @Test
  void theForecastSpreadsTheRestOverTheBaselineMonthsLeft() {
    Project p =
        twoYears("p")
            .addProgressReport(report(2023, 3, "100.00"))
            .addProgressReport(report(2023, 4, "250.00"))
            .addProgressReport(report(2023, 6, "400.00"))
            .build();
    ProjectSchedule s = EVEN.forecast(p, YearMonth.of(2023, 4));
    // 1,200.00 - 250.00 = 950.00 over the 20 baseline months May 2023 .. Dec 2024: 47.50 each
    assertThat(s.amount(YearMonth.of(2023, 3))).isEqualTo(cny("100.00"));
    assertThat(s.amount(YearMonth.of(2023, 4))).isEqualTo(cny("150.00"));
    assertThat(s.amount(YearMonth.of(2023, 5))).isEqualTo(cny("47.50"));
    assertThat(s.amount(YearMonth.of(2024, 12))).isEqualTo(cny("47.50"));
    assertThat(s.months()).hasSize(22);
    assertThat(s.total()).isEqualTo(cny("1200.00"));
    assertThat(s.asOf()).contains(YearMonth.of(2023, 4));

    ProjectSchedule late = EVEN.forecast(p, YearMonth.of(2025, 1));
    assertThat(late.unscheduled()).isEqualTo(cny("800.00"));
    assertThat(late.notes())
        .containsExactly("the baseline has no month after 2025-01; CNY 800.00 remains unscheduled");
  }

  @Test
  void aPortfolioScheduleKeepsEveryPartInsideOrOutsideTheWindow() {
    Project a = twoYears("a").build();
    Project b = project("b").totalInvestment(cny("300.00")).build();
    Project usd =
        project("c")
            .currency(Currencies.USD)
            .totalInvestment(Money.of("USD", "12.00"))
            .addPhase(phase("p1", "2031-01-01/2031-12-31"))
            .build();
    Schedule s = EVEN.baseline(List.of(a, b, usd)).within(Year.of(2024), Year.of(2030));
    assertThat(s.byYear()).hasSize(7);
    assertThat(s.byYear().get(Year.of(2024)))
        .isEqualTo(MultiCurrencyAmount.of(cny("600.00"), Money.of("USD", "0.00")));
    assertThat(s.byYear().get(Year.of(2030)))
        .isEqualTo(MultiCurrencyAmount.of(cny("0.00"), Money.of("USD", "0.00")));
    assertThat(s.byYear(Currencies.CNY)).containsEntry(Year.of(2024), cny("600.00")).hasSize(7);
    assertThat(s.beforeWindow())
        .isEqualTo(MultiCurrencyAmount.of(cny("600.00"), Money.of("USD", "0.00")));
    assertThat(s.afterWindow())
        .isEqualTo(MultiCurrencyAmount.of(cny("0.00"), Money.of("USD", "12.00")));
    assertThat(s.unscheduled()).containsExactly(entry(ProjectId.of("b"), cny("300.00")));
    assertThat(s.unscheduledTotal())
        .isEqualTo(MultiCurrencyAmount.of(cny("300.00"), Money.of("USD", "0.00")));
    assertThat(s.total())
        .isEqualTo(MultiCurrencyAmount.of(cny("1500.00"), Money.of("USD", "12.00")));
    assertThat(s.currencies()).containsExactly(Currencies.CNY, Currencies.USD);
    assertThat(s.byMonth()).hasSize(36);
    assertThat(s.byMonth(Currencies.USD)).hasSize(12);
    assertThat(s.only(id -> id.equals(ProjectId.of("c"))).total())
        .isEqualTo(MultiCurrencyAmount.of(Money.of("USD", "12.00")));
    assertThat(s.only(id -> false).byYear().get(Year.of(2024)))
        .isEqualTo(MultiCurrencyAmount.empty());
    assertThat(s.projects().keySet())
        .containsExactly(ProjectId.of("a"), ProjectId.of("b"), ProjectId.of("c"));

    Schedule twoYears = EVEN.baseline(List.of(a)).within(Year.of(2023), Year.of(2024));
    assertThat(twoYears)
        .hasToString(
            "Schedule[baseline, 1 project, window 2023..2024: 2023=[CNY 600.00], 2024=[CNY 600.00];"
                + " before [CNY 0.00]; after [CNY 0.00]; unscheduled [CNY 0.00]; total [CNY 1200.00]]");
    assertThat(EVEN.baseline(List.of(a)))
        .hasToString(
            "Schedule[baseline, 1 project: 2023=[CNY 600.00], 2024=[CNY 600.00];"
                + " unscheduled [CNY 0.00]; total [CNY 1200.00]]");
  }

  @Test
  void theSketchOfTheDesignRuns() {
    Schedules schedules = Schedules.of(SpreadProfile.sCurve().within(Season.coldRegion()));
    Schedule s =
        schedules.baseline(ImmutableList.of(fengfan())).within(Year.of(2023), Year.of(2030));
    Money sum = cny("0.00");
    for (MultiCurrencyAmount year : s.byYear().values()) {
      sum = sum.plus(year.amount(Currencies.CNY));
    }
    assertThat(sum).isEqualTo(cny("1050000000.00"));
    assertThat(s.byYear().get(Year.of(2026))).isEqualTo(MultiCurrencyAmount.of(cny("0.00")));
  }

  @Test
  void rejectsDuplicateProjectsAndBadWindows() {
    assertThatThrownBy(() -> EVEN.baseline(List.of(fengfan(), fengfan())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Schedule 'projects' must have distinct ids, but 'sys-fengfan-storage' repeats");
    assertThatThrownBy(() -> EVEN.baseline(List.of(fengfan())).within(Year.of(2025), Year.of(2023)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Schedule window 'last' must not be before 'first', but 2025 > 2023");
  }

  @Test
  void areValues() {
    Project p = twoYears("p").addProgressReport(report(2023, 3, "100.00")).build();
    new EqualsTester()
        .addEqualityGroup(EVEN.baseline(p), EVEN.baseline(p))
        .addEqualityGroup(EVEN.actual(p))
        .addEqualityGroup(EVEN.forecast(p, YearMonth.of(2023, 3)))
        .addEqualityGroup(EVEN.forecast(p, YearMonth.of(2023, 4)))
        .addEqualityGroup(Schedules.of(SpreadProfile.bell()).baseline(p))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(EVEN.baseline(List.of(p)), EVEN.baseline(List.of(p)))
        .addEqualityGroup(EVEN.baseline(List.of(p)).within(Year.of(2023), Year.of(2023)))
        .addEqualityGroup(EVEN.actual(List.of(p)))
        .addEqualityGroup(EVEN.forecast(List.of(p), YearMonth.of(2023, 3)))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(EVEN, Schedules.of(SpreadProfile.even().within(Season.allYear())))
        .addEqualityGroup(Schedules.of(SpreadProfile.even().within(Season.coldRegion())))
        .testEquals();
    NullPointerTester npt =
        new NullPointerTester()
            .setDefault(Project.class, p)
            .setDefault(YearMonth.class, YearMonth.of(2023, 1))
            .setDefault(Year.class, Year.of(2023))
            .setDefault(Portfolio.class, Portfolio.builder().build())
            .setDefault(SeasonalProfile.class, SpreadProfile.even().within(Season.allYear()))
            .setDefault(SpreadProfile.class, SpreadProfile.even());
    npt.testAllPublicStaticMethods(Schedules.class);
    npt.testAllPublicInstanceMethods(EVEN);
    npt.testAllPublicInstanceMethods(EVEN.baseline(p));
    npt.testAllPublicInstanceMethods(EVEN.baseline(List.of(p)));
  }
}
