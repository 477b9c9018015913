package io.github.attract.examples;

// tour:begin
import io.github.attract.calc.Aggregation;
import io.github.attract.calc.Breakdown;
import io.github.attract.calc.ChainGaps;
import io.github.attract.calc.CohortFunnel;
import io.github.attract.calc.Dimensions;
import io.github.attract.calc.Measures;
import io.github.attract.json.AttractJsonException;
import io.github.attract.json.PortfolioJson;
import io.github.attract.json.ResultJson;
import io.github.attract.measure.Quantity;
import io.github.attract.money.Currencies;
import io.github.attract.money.Money;
import io.github.attract.money.MoneyFormat;
import io.github.attract.portfolio.Labels;
import io.github.attract.portfolio.Portfolio;
import io.github.attract.project.DesignedCapacity;
import io.github.attract.project.Phase;
import io.github.attract.project.PhaseId;
import io.github.attract.project.Project;
import io.github.attract.project.ProjectId;
import io.github.attract.project.Status;
import io.github.attract.project.StatusHistory;
import io.github.attract.projection.Schedule;
import io.github.attract.projection.Schedules;
import io.github.attract.projection.Season;
import io.github.attract.projection.SpreadProfile;
import io.github.attract.projection.TargetProgress;
import io.github.attract.taxonomy.Industry;
import io.github.attract.taxonomy.IndustryId;
import io.github.attract.taxonomy.IndustryTaxonomy;
import io.github.attract.taxonomy.Region;
import io.github.attract.taxonomy.RegionHierarchy;
import io.github.attract.taxonomy.RegionId;
import io.github.attract.taxonomy.RegionKind;
import io.github.attract.time.DateRange;
import java.io.IOException;
import java.io.InputStream;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;

/** The README's five-minute tour: every step, with what it prints. */
public final class Tour {
  private Tour() {}

  /**
   * Runs the tour.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    // 1. Money is exact and speaks the units of reports.
    MoneyFormat zh = MoneyFormat.chinese();
    Money total = zh.parse("10.5亿元");
    System.out.println(total); // CNY 1050000000.00
    System.out.println(MoneyFormat.english().format(total, 2, RoundingMode.HALF_UP));
    // 1.05 billion yuan

    // 2. A project, checked as it is built (a broken rule throws, naming the field and value).
    Project fengfan =
        Project.builder()
            .id(ProjectId.of("fengfan-storage"))
            .name("Fengfan energy storage equipment manufacturing project")
            .location(RegionId.of("sys"))
            .industry(IndustryId.of("energy-storage"))
            .totalInvestment(total)
            .statusHistory(
                StatusHistory.empty().then(LocalDate.of(2023, 4, 7), Status.UNDER_CONSTRUCTION))
            .addPhase(
                Phase.builder()
                    .id(PhaseId.of("construction"))
                    .name("Construction")
                    .investment(total)
                    .plannedPeriod(DateRange.parse("2023-04-07/2025-12-31"))
                    .build())
            .addCapacity(
                DesignedCapacity.of("battery storage equipment", Quantity.parse("6000000 kW/a")))
            .build();
    System.out.println(fengfan.statusHistory().statusOn(LocalDate.of(2023, 6, 30)));
    // Optional[under-construction]

    // 3. A portfolio: taxonomies are data, and every reference must resolve.
    Portfolio portfolio =
        Portfolio.builder()
            .industries(
                IndustryTaxonomy.of(
                    "city",
                    List.of(
                        Industry.of(IndustryId.of("electric-power"), "Electric power"),
                        Industry.of(
                            IndustryId.of("energy-storage"),
                            "Energy storage",
                            IndustryId.of("electric-power")))))
            .regions(
                RegionHierarchy.of(
                    List.of(Region.of(RegionId.of("sys"), "Shuangyashan", RegionKind.CITY))))
            .addProject(fengfan)
            .build(); // or .violations(): every broken rule at once, never throws
    System.out.println(portfolio.projects().size()); // 1

    // 4. Aggregate: exact, mergeable, fast.
    Breakdown<IndustryId> byIndustry =
        Aggregation.over(portfolio)
            .by(Dimensions.industry(1)) // rolled up to the taxonomy's first level
            .measuring(Measures.count(), Measures.totalInvestment())
            .run();
    System.out.println(byIndustry.shares(Measures.totalInvestment()));
    // shares of total-investment: electric-power 100.00 %    (exact, sums to 100.00 %)

    // 5. Project: the schedule's parts add up exactly to the whole.
    Schedule schedule =
        Schedules.of(SpreadProfile.sCurve().within(Season.coldRegion()))
            .byYear(portfolio, Year.of(2023), Year.of(2030));
    System.out.println(schedule.byYear(Currencies.CNY));
    // {2023=CNY 201044600.94, 2024=CNY 545745305.16, 2025=CNY 303210093.90, 2026=CNY 0.00, ...}

    // 6. JSON: a documented format that round-trips exactly.
    String json = PortfolioJson.writer().write(portfolio);
    try {
      System.out.println(PortfolioJson.reader().read(json).equals(portfolio)); // true
    } catch (AttractJsonException e) { // checked: a bad document names the JSON Pointer
      System.out.println(e.pointer() + ": " + e.reason());
    }

    // 7. Results as JSON for a dashboard, keys with their names.
    System.out.println(ResultJson.writer().withLabels(Labels.chinese(portfolio)).write(byIndustry));
    // {"result": "breakdown", "language": "zh", ..., "rows": [{"key": "electric-power",
    //   "label": "Electric power", "count": 1, "values": {"total-investment": ["CNY
    // 1050000000.00"]}}
    //   ], ...}
    System.out.println(byIndustry.toTable(Labels.english(portfolio)));
    // Electric power    |        1 | CNY 1050000000.00   (names instead of ids)

    // 8. The field's questions, on the city's dataset: chain gaps, a cohort funnel, a rate target.
    try (InputStream in = Tour.class.getResourceAsStream("/shuangyashan-2023.json")) {
      Portfolio city = PortfolioJson.reader().read(in);
      LocalDate asOf = LocalDate.of(2023, 4, 24);
      System.out.println(ChainGaps.minProjects(2).analyze(city).get(0));
      // coal/mining: gap, 0 projects (at least 2 projects)
      System.out.println(CohortFunnel.byActivityDate(city, DateRange.ofYear(Year.of(2023)), asOf));
      // Cohort funnel, activities dated in 2023-01-01/2023-12-31, as of 2023-04-24: activities 4
      //   (led to a project 2), projects 4, signed 4, started 1, producing 0
      System.out.println(TargetProgress.of(city, city.targets().get(0), asOf).rate().orElseThrow());
      // start-rate target 80 %, 52.63 % now (10 of 19), 6 projects short
    } catch (IOException e) { // a bad document names its JSON Pointer, as in step 6
      System.out.println(e.getMessage());
    }
  }
}
// tour:end
