package io.github.attract.examples;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import io.github.attract.calc.Aggregation;
import io.github.attract.calc.Breakdown;
import io.github.attract.calc.Dimensions;
import io.github.attract.calc.Funnel;
import io.github.attract.calc.Funnels;
import io.github.attract.calc.Measures;
import io.github.attract.calc.SizeBand;
import io.github.attract.measure.Quantity;
import io.github.attract.money.Money;
import io.github.attract.portfolio.Portfolio;
import io.github.attract.project.InvestorId;
import io.github.attract.project.Project;
import io.github.attract.project.ProjectId;
import io.github.attract.project.Status;
import io.github.attract.projection.CapacityOutlook;
import io.github.attract.projection.CashFlows;
import io.github.attract.projection.Economics;
import io.github.attract.projection.Milestones;
import io.github.attract.projection.OutcomeOutlook;
import io.github.attract.projection.ProjectOutcomes;
import io.github.attract.projection.RampUp;
import io.github.attract.projection.Reconciliation;
import io.github.attract.projection.Schedules;
import io.github.attract.projection.Season;
import io.github.attract.projection.SpreadProfile;
import io.github.attract.projection.YearEndForecast;
import io.github.attract.projection.YearEndForecasts;
import io.github.attract.promotion.Metric;
import io.github.attract.promotion.MetricValue;
import io.github.attract.promotion.ReportedFigure;
import io.github.attract.promotion.ReportedFigureId;
import io.github.attract.promotion.Signing;
import io.github.attract.taxonomy.IndustrialChain;
import io.github.attract.taxonomy.Industry;
import io.github.attract.taxonomy.IndustryId;
import io.github.attract.taxonomy.Region;
import io.github.attract.taxonomy.RegionKind;
import io.github.attract.time.DateRange;
import io.github.attract.time.YearQuarter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.Optional;

/**
 * Every figure of the Shuangyashan 2023 report, computed from a portfolio by the library. {@link
 * ShuangyashanReport} formats these values; tests assert them.
 *
 * <pre>{@code
 * ShuangyashanFigures f = ShuangyashanFigures.compute(portfolio, LocalDate.of(2023, 4, 24));
 * f.keyProjects();   // 201, read through the reconciliation of the reported figure
 * }</pre>
 *
 * @param asOf the as-of date of statuses and progress
 * @param q1Activities promotion activities in Q1 2023 (reported)
 * @param q1Contracts contracted projects from them (reported)
 * @param q1ContractValue their contract value (reported)
 * @param zhongjiaSigningDate the date of the Zhongjia Minyuan signing
 * @param zhongjiaSigningProjects the projects signed with Zhongjia Minyuan
 * @param keyProjects reported key construction projects of 2023
 * @param keyProjectsPlanned their annual planned investment
 * @param provincialKeyProjects reported provincial-level key projects
 * @param provincialKeyProjectsPlanned their annual planned investment
 * @param springStartProjects reported spring-start projects
 * @param springStartPlanned their annual planned investment
 * @param newEnergyIndexProjects projects that won new-energy index (reported)
 * @param newEnergyIndex the index won
 * @param chainPromotionGroups industrial-chain promotion groups (reported)
 * @param leadingIndustries the names of the six leading industries (roots of the taxonomy, less
 *     "other")
 * @param chains the names of the chain special classes
 * @param focusAreas the names of the focuses
 * @param keySourceRegions the names of the key source (economic) regions
 * @param itemizedProjects the itemized projects
 * @param itemizedInvestment their total investment, where stated
 * @param byIndustry itemized projects by level-1 industry
 * @param byStatus itemized projects by status on the as-of date
 * @param bySize itemized projects by size band
 * @param q1Funnel the itemized Q1 funnel
 * @param reconciliations every reported figure against the itemized projects
 * @param fengfanOutlook the Fengfan project's outcomes 2026-2030 with the standard ramp-up
 * @param fengfanPayback the Fengfan project's payback in years from 2023, if reached by 2030
 * @param fengfanSimplePayback investment over full annual profit, in years
 * @param capacity capacity coming online, by unit and year
 * @param yearProgress the year-end forecast of the itemized projects on the as-of month
 */
public record ShuangyashanFigures(
    LocalDate asOf,
    long q1Activities,
    long q1Contracts,
    Money q1ContractValue,
    LocalDate zhongjiaSigningDate,
    long zhongjiaSigningProjects,
    long keyProjects,
    Money keyProjectsPlanned,
    long provincialKeyProjects,
    Money provincialKeyProjectsPlanned,
    long springStartProjects,
    Money springStartPlanned,
    long newEnergyIndexProjects,
    Quantity newEnergyIndex,
    long chainPromotionGroups,
    ImmutableList<String> leadingIndustries,
    ImmutableList<String> chains,
    ImmutableList<String> focusAreas,
    ImmutableList<String> keySourceRegions,
    long itemizedProjects,
    Money itemizedInvestment,
    Breakdown<IndustryId> byIndustry,
    Breakdown<Status> byStatus,
    Breakdown<SizeBand> bySize,
    Funnel q1Funnel,
    ImmutableList<Reconciliation> reconciliations,
    OutcomeOutlook fengfanOutlook,
    Optional<BigDecimal> fengfanPayback,
    Optional<BigDecimal> fengfanSimplePayback,
    CapacityOutlook capacity,
    Optional<YearEndForecast> yearProgress) {

  /** The Fengfan energy-storage project. */
  public static final ProjectId FENGFAN = ProjectId.of("fengfan-storage");

  /** The graphite anode project. */
  public static final ProjectId GRAPHITE = ProjectId.of("graphite-anode");

  /** The new-energy comprehensive demonstration base. */
  public static final ProjectId NEW_ENERGY_BASE = ProjectId.of("new-energy-base");

  /** The wind-water-fire-storage base. */
  public static final ProjectId WIND_WATER_FIRE = ProjectId.of("wind-water-fire-storage-base");

  /** The Baoqing humic acid pilot. */
  public static final ProjectId HUMIC_ACID = ProjectId.of("baoqing-humic-acid");

  /** The Jianlong 40 MW power project. */
  public static final ProjectId JIANLONG_40MW = ProjectId.of("jianlong-40mw");

  /**
   * Computes the figures.
   *
   * @param portfolio the portfolio
   * @param asOf the as-of date
   * @return the figures
   * @throws IllegalArgumentException if a reported figure or the Zhongjia Minyuan signing is
   *     missing
   */
  public static ShuangyashanFigures compute(Portfolio portfolio, LocalDate asOf) {
    ReportedFigure activities = figure(portfolio, "2023-q1-activities");
    ReportedFigure contracts = figure(portfolio, "2023-q1-contracts");
    Signing zhongjia =
        portfolio.signings().stream()
            .filter(s -> s.investors().contains(InvestorId.of("zhongjia-minyuan")))
            .findFirst()
            .orElseThrow(
                () -> new IllegalArgumentException("Signing with 'zhongjia-minyuan' is missing"));
    Reconciliation key = Reconciliation.of(portfolio, figure(portfolio, "2023-key-projects"));
    Reconciliation provincial =
        Reconciliation.of(portfolio, figure(portfolio, "2023-provincial-key-projects"));
    Reconciliation spring = Reconciliation.of(portfolio, figure(portfolio, "2023-spring-start"));
    ReportedFigure index = figure(portfolio, "2023-new-energy-index");

    Breakdown<IndustryId> byIndustry =
        Aggregation.over(portfolio)
            .by(Dimensions.industry(1))
            .measuring(Measures.count(), Measures.totalInvestment())
            .run();
    Breakdown<Status> byStatus =
        Aggregation.over(portfolio)
            .by(Dimensions.statusOn(asOf))
            .measuring(Measures.count(), Measures.totalInvestment())
            .run();
    Breakdown<SizeBand> bySize =
        Aggregation.over(portfolio)
            .by(Dimensions.sizeBand())
            .measuring(Measures.count(), Measures.totalInvestment())
            .run();

    Project fengfan = project(portfolio, FENGFAN);
    OutcomeOutlook outlook =
        OutcomeOutlook.of(
            ImmutableList.of(fengfan), RampUp.standard(), Year.of(2026), Year.of(2030));
    ProjectOutcomes outcomes = outlook.projects().get(FENGFAN);
    Optional<BigDecimal> payback = Optional.empty();
    if (outcomes != null) {
      CashFlows flows =
          CashFlows.from(Schedules.of(SpreadProfile.even()).baseline(fengfan), outcomes);
      payback = Economics.DEFAULT.payback(flows);
    }
    Optional<BigDecimal> simplePayback =
        fengfan.expectedOutcomes().flatMap(o -> o.annualProfit()).isPresent()
                && fengfan.totalInvestment().isPresent()
            ? Economics.DEFAULT.simplePayback(
                fengfan.totalInvestment().orElseThrow(),
                fengfan.expectedOutcomes().orElseThrow().annualProfit().orElseThrow())
            : Optional.empty();

    return new ShuangyashanFigures(
        asOf,
        count(activities, Metric.ACTIVITIES),
        count(contracts, Metric.SIGNED_PROJECTS),
        money(contracts, Metric.CONTRACT_VALUE),
        zhongjia.date(),
        zhongjia.projectCount(),
        count(key.line(Metric.PROJECTS).orElseThrow().reported()),
        money(key.line(Metric.ANNUAL_PLANNED_INVESTMENT).orElseThrow().reported()),
        count(provincial.line(Metric.PROJECTS).orElseThrow().reported()),
        money(provincial.line(Metric.ANNUAL_PLANNED_INVESTMENT).orElseThrow().reported()),
        count(spring.line(Metric.PROJECTS).orElseThrow().reported()),
        money(spring.line(Metric.ANNUAL_PLANNED_INVESTMENT).orElseThrow().reported()),
        count(index, Metric.PROJECTS),
        index.value(Metric.NEW_ENERGY_INDEX).flatMap(MetricValue::quantity).orElseThrow(),
        count(figure(portfolio, "2023-chain-promotion-groups"), Metric.CHAIN_PROMOTION_GROUPS),
        portfolio.industries().roots().stream()
            .filter(i -> !i.id().equals(IndustryId.of("other")))
            .map(Industry::name)
            .collect(ImmutableList.toImmutableList()),
        portfolio.chains().stream()
            .map(IndustrialChain::name)
            .collect(ImmutableList.toImmutableList()),
        portfolio.focusAreas().stream().map(f -> f.name()).collect(ImmutableList.toImmutableList()),
        portfolio.regions().regions().stream()
            .filter(r -> r.kind() == RegionKind.ECONOMIC_REGION)
            .map(Region::name)
            .collect(ImmutableList.toImmutableList()),
        byIndustry.total().count(),
        byIndustry.total().get(Measures.totalInvestment()).toMoney(),
        byIndustry,
        byStatus,
        bySize,
        Funnels.byPeriod(portfolio, YearQuarter.of(2023, 1)),
        Reconciliation.all(portfolio),
        outlook,
        payback,
        simplePayback,
        CapacityOutlook.of(portfolio.projects(), Year.of(2023), Year.of(2030)),
        YearEndForecasts.of(Season.coldRegion())
            .forecast(portfolio.projects(), Year.of(asOf.getYear()), YearMonth.from(asOf))
            .stream()
            .findFirst());
  }

  /**
   * Returns a project of the portfolio.
   *
   * @param portfolio the portfolio
   * @param id the project's id
   * @return the project
   * @throws IllegalArgumentException if there is none
   */
  public static Project project(Portfolio portfolio, ProjectId id) {
    return portfolio
        .project(id)
        .orElseThrow(() -> new IllegalArgumentException("Project '" + id + "' is missing"));
  }

  /**
   * Returns the total investment of a project.
   *
   * @param portfolio the portfolio
   * @param id the project
   * @return its total investment, if stated
   */
  public static Optional<Money> investment(Portfolio portfolio, ProjectId id) {
    return project(portfolio, id).totalInvestment();
  }

  /**
   * Returns a project's first designed capacity.
   *
   * @param portfolio the portfolio
   * @param id the project
   * @return its first capacity, if stated
   */
  public static Optional<Quantity> capacity(Portfolio portfolio, ProjectId id) {
    return project(portfolio, id).capacities().stream().findFirst().map(c -> c.quantity());
  }

  /**
   * Returns the planned completion month of a project: the end of its construction period.
   *
   * @param portfolio the portfolio
   * @param id the project
   * @return the month, if known
   */
  public static Optional<YearMonth> completion(Portfolio portfolio, ProjectId id) {
    return Milestones.constructionPeriod(project(portfolio, id))
        .map(DateRange::end)
        .map(YearMonth::from);
  }

  /**
   * Returns the share of a project's construction period elapsed on a day, in percent.
   *
   * @param portfolio the portfolio
   * @param id the project
   * @param asOf the day
   * @return the percent with one decimal, if the period is known
   */
  public static Optional<BigDecimal> constructionElapsed(
      Portfolio portfolio, ProjectId id, LocalDate asOf) {
    return Milestones.constructionPeriod(project(portfolio, id))
        .map(
            p -> {
              long all = p.end().toEpochDay() - p.start().toEpochDay() + 1;
              long done =
                  Math.max(0, Math.min(all, asOf.toEpochDay() - p.start().toEpochDay() + 1));
              return BigDecimal.valueOf(done * 100)
                  .divide(BigDecimal.valueOf(all), 1, RoundingMode.HALF_EVEN);
            });
  }

  private static ReportedFigure figure(Portfolio portfolio, String id) {
    return portfolio
        .reportedFigure(ReportedFigureId.of(id))
        .orElseThrow(() -> new IllegalArgumentException("Reported figure '" + id + "' is missing"));
  }

  private static long count(ReportedFigure figure, Metric metric) {
    return count(figure.value(metric).orElseThrow());
  }

  private static long count(MetricValue value) {
    return value.count().orElseThrow();
  }

  private static Money money(ReportedFigure figure, Metric metric) {
    return money(figure.value(metric).orElseThrow());
  }

  private static Money money(MetricValue value) {
    return value.amount().orElseThrow();
  }

  /**
   * Returns the capacity added per year for one unit dimension, as a sorted map.
   *
   * @return the cumulative capacities by dimension and year
   */
  public ImmutableSortedMap<io.github.attract.measure.Dimension, ImmutableSortedMap<Year, Quantity>>
      capacityAdded() {
    return capacity.added();
  }
}
