package io.github.attract.benchmarks;

import io.github.attract.money.Currencies;
import io.github.attract.money.Money;
import io.github.attract.portfolio.Portfolio;
import io.github.attract.project.AnnualPlan;
import io.github.attract.project.Investor;
import io.github.attract.project.InvestorId;
import io.github.attract.project.Phase;
import io.github.attract.project.PhaseId;
import io.github.attract.project.ProgressReport;
import io.github.attract.project.Project;
import io.github.attract.project.ProjectId;
import io.github.attract.project.StatusChange;
import io.github.attract.project.StatusHistory;
import io.github.attract.taxonomy.FocusArea;
import io.github.attract.taxonomy.FocusAreaId;
import io.github.attract.taxonomy.Industry;
import io.github.attract.taxonomy.IndustryId;
import io.github.attract.taxonomy.IndustryTaxonomy;
import io.github.attract.taxonomy.Region;
import io.github.attract.taxonomy.RegionHierarchy;
import io.github.attract.taxonomy.RegionId;
import io.github.attract.taxonomy.RegionKind;
import io.github.attract.time.DateRange;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the Attract {@link Portfolio} of a {@link SyntheticPortfolio}: the 8 × 6 industry
 * taxonomy, the province's cities and counties, the focus areas, the investors and every project
 * with its phases, status history, annual plans and progress reports, all validated by Attract's
 * own builders.
 *
 * <p>Taxonomy nodes, regions, focus areas and investors are shared by reference, as in any loaded
 * portfolio; every project owns its own ids, amounts, dates and months.
 */
final class AttractPortfolios {
  /** The identifier of the benchmark's industry taxonomy. */
  static final String SCHEME = "benchmark-8x6";

  private AttractPortfolios() {}

  /**
   * Returns the identifier of a level-1 industry.
   *
   * @param l1 the level-1 industry index
   * @return the id, e.g. {@code i03}
   */
  static IndustryId level1Id(int l1) {
    return IndustryId.of("i0" + (l1 + 1));
  }

  /**
   * Returns the level-1 industry index of a level-1 industry identifier.
   *
   * @param id an identifier made by {@link #level1Id}
   * @return the index
   * @throws IllegalArgumentException if the identifier is not one of them
   */
  static int level1Index(IndustryId id) {
    for (int l1 = 0; l1 < SyntheticPortfolio.industriesL1(); l1++) {
      if (level1Id(l1).equals(id)) {
        return l1;
      }
    }
    throw new IllegalArgumentException("Industry '" + id + "' is not a level-1 industry");
  }

  /**
   * Builds the portfolio.
   *
   * @param data the synthetic data
   * @return the portfolio
   */
  static Portfolio of(SyntheticPortfolio data) {
    List<Industry> industries = new ArrayList<>();
    IndustryId[] leafIds = new IndustryId[SyntheticPortfolio.INDUSTRIES_L2.length];
    for (int l1 = 0; l1 < SyntheticPortfolio.INDUSTRIES_L1.length; l1++) {
      industries.add(Industry.of(level1Id(l1), SyntheticPortfolio.INDUSTRIES_L1[l1]));
    }
    for (int leaf = 0; leaf < leafIds.length; leaf++) {
      int l1 = SyntheticPortfolio.level1(leaf);
      leafIds[leaf] =
          IndustryId.of(level1Id(l1).value() + "-" + (leaf % SyntheticPortfolio.LEAVES_PER_L1 + 1));
      industries.add(
          Industry.of(leafIds[leaf], SyntheticPortfolio.INDUSTRIES_L2[leaf], level1Id(l1)));
    }

    List<Region> regions = new ArrayList<>();
    RegionId province = RegionId.of("cn-hl");
    regions.add(Region.of(province, "黑龙江省", RegionKind.PROVINCE));
    RegionId[] counties =
        new RegionId[SyntheticPortfolio.CITIES.length * SyntheticPortfolio.COUNTIES_PER_CITY];
    for (int c = 0; c < SyntheticPortfolio.CITIES.length; c++) {
      RegionId city = RegionId.of("cn-hl-c" + (c + 10));
      regions.add(Region.of(city, SyntheticPortfolio.CITIES[c] + "市", RegionKind.CITY, province));
      for (int d = 0; d < SyntheticPortfolio.COUNTIES_PER_CITY; d++) {
        int k = c * SyntheticPortfolio.COUNTIES_PER_CITY + d;
        counties[k] = RegionId.of(city.value() + "-d" + (d + 1));
        regions.add(
            Region.of(
                counties[k],
                SyntheticPortfolio.CITIES[c] + "第" + (d + 1) + "区",
                RegionKind.COUNTY,
                city));
      }
    }

    List<FocusArea> focusAreas = new ArrayList<>();
    FocusAreaId[] focusIds = new FocusAreaId[SyntheticPortfolio.FOCUS_AREAS.length];
    for (int f = 0; f < focusIds.length; f++) {
      focusIds[f] = FocusAreaId.of(SyntheticPortfolio.FOCUS_AREAS[f]);
      focusAreas.add(FocusArea.of(focusIds[f], SyntheticPortfolio.FOCUS_AREAS[f]));
    }

    List<Investor> investors = new ArrayList<>(data.investors);
    InvestorId[] investorIds = new InvestorId[data.investors];
    for (int k = 0; k < data.investors; k++) {
      investorIds[k] = InvestorId.of("inv-" + (k + 1));
      investors.add(
          Investor.builder()
              .id(investorIds[k])
              .name("投资方" + (k + 1) + "有限公司")
              .origin(counties[k % counties.length])
              .build());
    }

    List<Project> projects = new ArrayList<>(data.size);
    for (int i = 0; i < data.size; i++) {
      projects.add(project(data, i, leafIds, counties, focusIds, investorIds));
    }
    return Portfolio.builder()
        .industries(IndustryTaxonomy.of(SCHEME, industries))
        .regions(RegionHierarchy.of(regions))
        .addAllFocusAreas(focusAreas)
        .addAllInvestors(investors)
        .addAllProjects(projects)
        .build();
  }

  private static Project project(
      SyntheticPortfolio data,
      int i,
      IndustryId[] leafIds,
      RegionId[] counties,
      FocusAreaId[] focusIds,
      InvestorId[] investorIds) {
    Project.Builder b =
        Project.builder()
            .id(ProjectId.of(data.id[i]))
            .name(data.name[i])
            .addInvestor(investorIds[data.investor[i]])
            .location(counties[data.location[i]])
            .industry(leafIds[data.industry[i]])
            .totalInvestment(Money.ofMinor(Currencies.CNY, data.totalFen[i]));
    for (int f = 0; f < focusIds.length; f++) {
      if ((data.focusMask[i] & (1 << f)) != 0) {
        b.addFocusArea(focusIds[f]);
      }
    }
    for (int k = data.phaseOffset[i]; k < data.phaseOffset[i + 1]; k++) {
      int n = k - data.phaseOffset[i];
      b.addPhase(
          Phase.builder()
              .id(PhaseId.of("phase-" + (n + 1)))
              .name(SyntheticPortfolio.PHASE_NAMES[n])
              .investment(Money.ofMinor(Currencies.CNY, data.phaseFen[k]))
              .plannedPeriod(
                  DateRange.of(
                      LocalDate.ofEpochDay(data.phaseStart[k]),
                      LocalDate.ofEpochDay(data.phaseEnd[k])))
              .build());
    }
    List<StatusChange> changes = new ArrayList<>(data.statusOffset[i + 1] - data.statusOffset[i]);
    for (int k = data.statusOffset[i]; k < data.statusOffset[i + 1]; k++) {
      changes.add(
          StatusChange.of(
              LocalDate.ofEpochDay(data.statusDay[k]), Question.status(data.status[k])));
    }
    b.statusHistory(StatusHistory.of(changes));
    for (int k = data.planOffset[i]; k < data.planOffset[i + 1]; k++) {
      b.addAnnualPlan(
          AnnualPlan.of(Year.of(data.planYear[k]), Money.ofMinor(Currencies.CNY, data.planFen[k])));
    }
    for (int k = data.progressOffset[i]; k < data.progressOffset[i + 1]; k++) {
      b.addProgressReport(
          ProgressReport.builder()
              .month(Question.month(data.progressMonth[k]))
              .completedInvestment(Money.ofMinor(Currencies.CNY, data.progressFen[k]))
              .build());
    }
    return b.build();
  }
}
