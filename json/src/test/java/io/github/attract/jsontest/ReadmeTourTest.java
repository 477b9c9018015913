package io.github.attract.jsontest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.attract.calc.Aggregation;
import io.github.attract.calc.Breakdown;
import io.github.attract.calc.Dimensions;
import io.github.attract.calc.Measures;
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
import io.github.attract.taxonomy.Industry;
import io.github.attract.taxonomy.IndustryId;
import io.github.attract.taxonomy.IndustryTaxonomy;
import io.github.attract.taxonomy.Region;
import io.github.attract.taxonomy.RegionHierarchy;
import io.github.attract.taxonomy.RegionId;
import io.github.attract.taxonomy.RegionKind;
import io.github.attract.time.DateRange;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's five-minute tour, kept compiling and true. */
class ReadmeTourTest {

  @Test
  void theTourRunsAsTheReadmeSays() throws Exception {
    // 1. Money is exact and speaks the units of reports.
    MoneyFormat zh = MoneyFormat.chinese();
    Money total = zh.parse("10.5亿元"); // CNY 1050000000.00
    String english = MoneyFormat.english().format(total, 2, RoundingMode.HALF_UP);

    assertThat(total).isEqualTo(Money.ofMajor(Currencies.CNY, 1_050_000_000L));
    assertThat(english).isEqualTo("1.05 billion yuan");

    // 2. A project, checked as it is built.
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

    // 3. A portfolio: taxonomies are data, references must resolve.
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
            .build();

    // 4. Aggregate: exact, mergeable, fast.
    Breakdown<IndustryId> byIndustry =
        Aggregation.over(portfolio)
            .by(Dimensions.industry(1))
            .measuring(Measures.count(), Measures.totalInvestment())
            .run();

    assertThat(byIndustry.keys()).containsExactly(IndustryId.of("electric-power"));
    assertThat(byIndustry.total().toString()).contains("CNY 1050000000.00");
    assertThat(byIndustry.shares(Measures.totalInvestment()).of(IndustryId.of("electric-power")))
        .contains(new BigDecimal("100.00"));

    // 5. Project: the schedule's parts add up exactly to the whole.
    Schedule schedule =
        Schedules.of(SpreadProfile.sCurve().within(Season.coldRegion()))
            .byYear(portfolio, Year.of(2023), Year.of(2030));

    assertThat(Money.total(Currencies.CNY, schedule.byYear(Currencies.CNY).values()))
        .isEqualTo(total);

    // 6. JSON: a documented format that round-trips exactly.
    String json = PortfolioJson.writer().write(portfolio);
    assertThat(PortfolioJson.reader().read(json)).isEqualTo(portfolio);
    assertThat(json).contains("\"totalInvestment\": \"CNY 1050000000.00\"");

    // 7. Results as JSON for a dashboard, keys with their names.
    String result = ResultJson.writer().withLabels(Labels.chinese(portfolio)).write(byIndustry);

    JsonNode row = new ObjectMapper().readTree(result).get("rows").get(0);
    assertThat(row.get("key").asText()).isEqualTo("electric-power");
    assertThat(row.get("label").asText()).isEqualTo("Electric power");
    assertThat(row.get("values").get("total-investment").get(0).asText())
        .isEqualTo("CNY 1050000000.00");
    assertThat(byIndustry.toTable(Labels.english(portfolio))).contains("\nElectric power ");
  }
}
