package io.github.attract.projection;

import io.github.attract.measure.Quantity;
import io.github.attract.money.Currencies;
import io.github.attract.money.Money;
import io.github.attract.portfolio.Portfolio;
import io.github.attract.project.DesignedCapacity;
import io.github.attract.project.ExpectedOutcomes;
import io.github.attract.project.Investor;
import io.github.attract.project.InvestorId;
import io.github.attract.project.Phase;
import io.github.attract.project.PhaseId;
import io.github.attract.project.Project;
import io.github.attract.project.ProjectId;
import io.github.attract.project.Status;
import io.github.attract.project.StatusHistory;
import io.github.attract.taxonomy.Industry;
import io.github.attract.taxonomy.IndustryId;
import io.github.attract.taxonomy.IndustryTaxonomy;
import io.github.attract.taxonomy.Region;
import io.github.attract.taxonomy.RegionHierarchy;
import io.github.attract.taxonomy.RegionId;
import io.github.attract.taxonomy.RegionKind;
import io.github.attract.time.DateRange;
import java.time.LocalDate;
import java.util.List;

/** Projects of the seed, and small helpers, shared by the projection tests. */
final class Fixtures {
  private Fixtures() {}

  /** Returns the value of a key that must be present. */
  static <K, V> V at(java.util.Map<K, V> map, K key) {
    V v = map.get(key);
    if (v == null) {
      throw new AssertionError("no " + key + " in " + map);
    }
    return v;
  }

  static Money cny(String amount) {
    return Money.of("CNY", amount);
  }

  static Money yuan(long major) {
    return Money.ofMajor(Currencies.CNY, major);
  }

  static Project.Builder project(String id) {
    return project(id, "Project " + id);
  }

  static Project.Builder project(String id, String name) {
    return Project.builder()
        .id(ProjectId.of(id))
        .name(name)
        .location(RegionId.of("sys"))
        .industry(IndustryId.of("new-materials"))
        .addInvestor(InvestorId.of("investor"));
  }

  static Phase phase(String id, String period) {
    return Phase.builder()
        .id(PhaseId.of(id))
        .name("Phase " + id)
        .plannedPeriod(DateRange.parse(period))
        .build();
  }

  static Phase phase(String id, String period, Money investment) {
    return Phase.builder()
        .id(PhaseId.of(id))
        .name("Phase " + id)
        .investment(investment)
        .plannedPeriod(DateRange.parse(period))
        .build();
  }

  /**
   * A portfolio of projects in Shuangyashan ("sys", with the county "baoqing"), in two industries.
   */
  static Portfolio.Builder portfolio(Project... projects) {
    return Portfolio.builder()
        .industries(
            IndustryTaxonomy.of(
                "city",
                List.of(
                    Industry.of(IndustryId.of("new-materials"), "New materials"),
                    Industry.of(IndustryId.of("coal"), "Coal"))))
        .regions(
            RegionHierarchy.of(
                List.of(
                    Region.of(RegionId.of("sys"), "Shuangyashan", RegionKind.CITY),
                    Region.of(
                        RegionId.of("baoqing"), "Baoqing", RegionKind.COUNTY, RegionId.of("sys")))))
        .addInvestor(Investor.builder().id(InvestorId.of("investor")).name("Investor").build())
        .addAllProjects(List.of(projects));
  }

  /** Fengfan: started 7 April 2023, 1.05 billion yuan, completion December 2025, 6 million kW/a. */
  static Project fengfan() {
    return project("sys-fengfan-storage", "Fengfan energy storage equipment project")
        .totalInvestment(yuan(1_050_000_000L))
        .addPhase(phase("whole", "2023-04-07/2025-12-31"))
        .statusHistory(
            StatusHistory.empty().then(LocalDate.of(2023, 4, 7), Status.UNDER_CONSTRUCTION))
        .addCapacity(
            DesignedCapacity.of("battery storage equipment", Quantity.parse("6000000 kW/a")))
        .expectedOutcomes(
            ExpectedOutcomes.builder()
                .annualRevenue(yuan(1_500_000_000L))
                .annualProfit(yuan(250_000_000L))
                .annualTax(yuan(100_000_000L))
                .jobs(300)
                .build())
        .build();
  }
}
