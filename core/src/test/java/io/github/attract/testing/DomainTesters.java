package io.github.attract.testing;

import com.google.common.testing.NullPointerTester;
import io.github.attract.measure.Quantity;
import io.github.attract.measure.Unit;
import io.github.attract.money.Currencies;
import io.github.attract.money.Money;
import io.github.attract.portfolio.Portfolio;
import io.github.attract.project.AnnualPlan;
import io.github.attract.project.Designation;
import io.github.attract.project.DesignationKind;
import io.github.attract.project.DesignedCapacity;
import io.github.attract.project.ExpectedOutcomes;
import io.github.attract.project.Investor;
import io.github.attract.project.InvestorId;
import io.github.attract.project.Phase;
import io.github.attract.project.PhaseId;
import io.github.attract.project.ProgressReport;
import io.github.attract.project.Project;
import io.github.attract.project.ProjectId;
import io.github.attract.project.Status;
import io.github.attract.project.StatusChange;
import io.github.attract.project.StatusHistory;
import io.github.attract.promotion.ActivityId;
import io.github.attract.promotion.ActivityKind;
import io.github.attract.promotion.Metric;
import io.github.attract.promotion.MetricValue;
import io.github.attract.promotion.PromotionActivity;
import io.github.attract.promotion.ReportedFigure;
import io.github.attract.promotion.ReportedFigureId;
import io.github.attract.promotion.Scope;
import io.github.attract.promotion.Signing;
import io.github.attract.promotion.SigningId;
import io.github.attract.promotion.Target;
import io.github.attract.promotion.TargetId;
import io.github.attract.taxonomy.ChainId;
import io.github.attract.taxonomy.ChainLinkId;
import io.github.attract.taxonomy.ChainLinkRef;
import io.github.attract.taxonomy.FocusAreaId;
import io.github.attract.taxonomy.IndustryId;
import io.github.attract.taxonomy.RegionId;
import io.github.attract.time.DateRange;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.Currency;

/**
 * Guava testlib testers set up for the domain: a {@link NullPointerTester} that knows a valid
 * instance of every domain type a method may take.
 *
 * <pre>{@code
 * DomainTesters.nullPointerTester().testAllPublicInstanceMethods(project);
 * }</pre>
 */
public final class DomainTesters {
  private DomainTesters() {}

  /**
   * Returns a null-pointer tester with a default for every domain type (ids, money, dates,
   * statuses, projects, promotion records, portfolios).
   *
   * @return a new tester
   */
  public static NullPointerTester nullPointerTester() {
    ProjectId projectId = ProjectId.of("p-1");
    InvestorId investorId = InvestorId.of("inv-1");
    Money money = Money.ofMajor(Currencies.CNY, 100);
    DateRange period = DateRange.ofYear(Year.of(2023));
    Scope scope = Scope.all();
    return new NullPointerTester()
        .setDefault(Currency.class, Currencies.CNY)
        .setDefault(Money.class, money)
        .setDefault(Quantity.class, Quantity.of(40, Unit.MEGAWATT))
        .setDefault(LocalDate.class, LocalDate.of(2023, 4, 7))
        .setDefault(Year.class, Year.of(2023))
        .setDefault(YearMonth.class, YearMonth.of(2023, 3))
        .setDefault(DateRange.class, period)
        .setDefault(Status.class, Status.SIGNED)
        .setDefault(StatusChange.class, StatusChange.of(LocalDate.of(2023, 4, 7), Status.SIGNED))
        .setDefault(StatusHistory.class, StatusHistory.empty())
        .setDefault(DesignationKind.class, DesignationKind.CITY_KEY)
        .setDefault(Designation.class, Designation.of(DesignationKind.CITY_KEY, Year.of(2023)))
        .setDefault(ProjectId.class, projectId)
        .setDefault(PhaseId.class, PhaseId.of("phase-1"))
        .setDefault(InvestorId.class, investorId)
        .setDefault(RegionId.class, RegionId.of("cn"))
        .setDefault(IndustryId.class, IndustryId.of("coal"))
        .setDefault(FocusAreaId.class, FocusAreaId.of("focus"))
        .setDefault(ChainId.class, ChainId.of("chain"))
        .setDefault(ChainLinkId.class, ChainLinkId.of("link"))
        .setDefault(
            ChainLinkRef.class, ChainLinkRef.of(ChainId.of("chain"), ChainLinkId.of("link")))
        .setDefault(ActivityId.class, ActivityId.of("a-1"))
        .setDefault(SigningId.class, SigningId.of("s-1"))
        .setDefault(TargetId.class, TargetId.of("t-1"))
        .setDefault(ReportedFigureId.class, ReportedFigureId.of("f-1"))
        .setDefault(Metric.class, Metric.PROJECTS)
        .setDefault(MetricValue.class, MetricValue.ofCount(Metric.PROJECTS, 1))
        .setDefault(Scope.class, scope)
        .setDefault(AnnualPlan.class, AnnualPlan.of(Year.of(2023), money))
        .setDefault(DesignedCapacity.class, DesignedCapacity.of("coke", Quantity.of(1, Unit.TONNE)))
        .setDefault(ExpectedOutcomes.class, ExpectedOutcomes.builder().jobs(1).build())
        .setDefault(
            ProgressReport.class,
            ProgressReport.builder()
                .month(YearMonth.of(2023, 3))
                .completedInvestment(money)
                .build())
        .setDefault(Phase.class, Phase.builder().id(PhaseId.of("phase-1")).name("Phase 1").build())
        .setDefault(Investor.class, Investor.builder().id(investorId).name("Investor").build())
        .setDefault(
            Project.class,
            Project.builder()
                .id(projectId)
                .name("Project")
                .location(RegionId.of("cn"))
                .industry(IndustryId.of("coal"))
                .build())
        .setDefault(
            PromotionActivity.class,
            PromotionActivity.builder()
                .id(ActivityId.of("a-1"))
                .date(LocalDate.of(2023, 4, 13))
                .kind(ActivityKind.FAIR)
                .title("Fair")
                .build())
        .setDefault(
            Signing.class,
            Signing.builder()
                .id(SigningId.of("s-1"))
                .date(LocalDate.of(2023, 4, 13))
                .addInvestor(investorId)
                .build())
        .setDefault(
            Target.class,
            Target.builder()
                .id(TargetId.of("t-1"))
                .name("Target")
                .period(period)
                .value(MetricValue.ofCount(Metric.PROJECTS, 1))
                .build())
        .setDefault(
            ReportedFigure.class,
            ReportedFigure.builder()
                .id(ReportedFigureId.of("f-1"))
                .source("Source")
                .period(period)
                .addValue(MetricValue.ofCount(Metric.PROJECTS, 1))
                .build())
        .setDefault(Portfolio.class, Portfolio.builder().build());
  }
}
