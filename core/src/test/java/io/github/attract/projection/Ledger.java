package io.github.attract.projection;

import static io.github.attract.projection.Fixtures.phase;
import static io.github.attract.projection.Fixtures.project;
import static io.github.attract.projection.Fixtures.yuan;

import io.github.attract.measure.Quantity;
import io.github.attract.money.Money;
import io.github.attract.portfolio.Portfolio;
import io.github.attract.project.AnnualPlan;
import io.github.attract.project.Designation;
import io.github.attract.project.DesignationKind;
import io.github.attract.project.DesignedCapacity;
import io.github.attract.project.InvestorId;
import io.github.attract.project.ProgressReport;
import io.github.attract.project.Project;
import io.github.attract.project.ProjectId;
import io.github.attract.project.Status;
import io.github.attract.project.StatusHistory;
import io.github.attract.promotion.ActivityId;
import io.github.attract.promotion.ActivityKind;
import io.github.attract.promotion.PromotionActivity;
import io.github.attract.promotion.Scope;
import io.github.attract.promotion.Signing;
import io.github.attract.promotion.SigningId;
import io.github.attract.taxonomy.IndustryId;
import io.github.attract.taxonomy.RegionId;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;

/** A small ledger in the seed's image, for target progress and reconciliation. */
final class Ledger {
  static final Designation CITY_KEY_2023 = Designation.of(DesignationKind.CITY_KEY, Year.of(2023));
  static final Designation PROVINCIAL_KEY_2023 =
      Designation.of(DesignationKind.PROVINCIAL_KEY, Year.of(2023));
  static final Scope CITY_KEY = Scope.of(CITY_KEY_2023);

  private Ledger() {}

  private static ProgressReport report(int year, int month, long completed, long funds) {
    return ProgressReport.builder()
        .month(YearMonth.of(year, month))
        .completedInvestment(yuan(completed))
        .fundsInPlace(yuan(funds))
        .build();
  }

  /**
   * Four projects: Fengfan (city key, started 2023-04-07, plan 300 m, 50 m done by April), graphite
   * (city and provincial key, started 2023-03-01, plan 800 m, 200 m done by April), Jianlong (city
   * key, started 2022, in operation 2023-03-15, plan 50 m, 40 MW) and a coal lead in Baoqing signed
   * 2023-02-10 at the Zhongjia Minyuan signing of 12 projects worth 5 bn; three activities in Q1.
   */
  static Portfolio portfolio() {
    Project fengfan =
        project("fengfan")
            .totalInvestment(yuan(1_050_000_000L))
            .addPhase(phase("whole", "2023-04-07/2025-12-31"))
            .addDesignation(CITY_KEY_2023)
            .statusHistory(
                StatusHistory.empty().then(LocalDate.of(2023, 4, 7), Status.UNDER_CONSTRUCTION))
            .addAnnualPlan(AnnualPlan.of(Year.of(2023), yuan(300_000_000L)))
            .addProgressReport(report(2023, 4, 50_000_000L, 80_000_000L))
            .addProgressReport(report(2023, 6, 120_000_000L, 150_000_000L))
            .build();
    Project graphite =
        project("graphite")
            .totalInvestment(yuan(3_000_000_000L))
            .addDesignation(CITY_KEY_2023)
            .addDesignation(PROVINCIAL_KEY_2023)
            .statusHistory(
                StatusHistory.empty().then(LocalDate.of(2023, 3, 1), Status.UNDER_CONSTRUCTION))
            .addAnnualPlan(AnnualPlan.of(Year.of(2023), yuan(800_000_000L)))
            .addProgressReport(report(2022, 12, 0L, 100_000_000L))
            .addProgressReport(report(2023, 4, 200_000_000L, 300_000_000L))
            .build();
    Project jianlong =
        project("jianlong")
            .totalInvestment(yuan(400_000_000L))
            .addDesignation(CITY_KEY_2023)
            .statusHistory(
                StatusHistory.empty()
                    .then(LocalDate.of(2022, 3, 15), Status.UNDER_CONSTRUCTION)
                    .then(LocalDate.of(2023, 3, 15), Status.IN_OPERATION))
            .addAnnualPlan(AnnualPlan.of(Year.of(2023), yuan(50_000_000L)))
            .addCapacity(
                DesignedCapacity.of(
                    "ultra-high temperature power generation", Quantity.parse("40 MW")))
            .build();
    Project lead =
        Project.builder()
            .id(ProjectId.of("baoqing-coal"))
            .name("Baoqing coal lead")
            .addInvestor(InvestorId.of("investor"))
            .location(RegionId.of("baoqing"))
            .industry(IndustryId.of("coal"))
            .statusHistory(StatusHistory.empty().then(LocalDate.of(2023, 2, 10), Status.SIGNED))
            .build();
    Portfolio.Builder b = Fixtures.portfolio(fengfan, graphite, jianlong, lead);
    b.addSigning(
        Signing.builder()
            .id(SigningId.of("zhongjia-minyuan"))
            .date(LocalDate.of(2023, 4, 13))
            .addInvestor(InvestorId.of("investor"))
            .addProject(ProjectId.of("baoqing-coal"))
            .projectCount(12)
            .contractValue(yuan(5_000_000_000L))
            .build());
    for (int i = 1; i <= 3; i++) {
      PromotionActivity.Builder a =
          PromotionActivity.builder()
              .id(ActivityId.of("a" + i))
              .date(LocalDate.of(2023, i, 10))
              .kind(ActivityKind.CONFERENCE)
              .title("Activity " + i);
      if (i == 1) {
        a.addRegion(RegionId.of("baoqing"));
      }
      if (i == 2) {
        a.addResultingProject(ProjectId.of("fengfan"));
      }
      b.addActivity(a.build());
    }
    return b.build();
  }

  static Money money(long major) {
    return yuan(major);
  }
}
