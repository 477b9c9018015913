package io.github.attract.examples;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.attract.calc.Aggregation;
import io.github.attract.calc.Breakdown;
import io.github.attract.calc.Dimension;
import io.github.attract.calc.Dimensions;
import io.github.attract.calc.Measures;
import io.github.attract.calc.Shares;
import io.github.attract.json.AttractModule;
import io.github.attract.json.ResultJson;
import io.github.attract.money.Money;
import io.github.attract.portfolio.Labels;
import io.github.attract.portfolio.Portfolio;
import io.github.attract.project.Phase;
import io.github.attract.project.PhaseId;
import io.github.attract.project.Project;
import io.github.attract.project.ProjectId;
import io.github.attract.project.Status;
import io.github.attract.project.StatusHistory;
import io.github.attract.projection.Schedule;
import io.github.attract.projection.Schedules;
import io.github.attract.projection.SpreadProfile;
import io.github.attract.taxonomy.Industry;
import io.github.attract.taxonomy.IndustryId;
import io.github.attract.taxonomy.IndustryTaxonomy;
import io.github.attract.taxonomy.Region;
import io.github.attract.taxonomy.RegionHierarchy;
import io.github.attract.taxonomy.RegionId;
import io.github.attract.taxonomy.RegionKind;
import io.github.attract.time.DateRange;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * How an application embeds Attract: build a portfolio in code, aggregate it by a dimension of its
 * own, project an investment schedule, and hand the result to a dashboard as JSON.
 *
 * <pre>{@code
 * mvn -q -pl examples -am test-compile exec:java \
 *     -Dexec.mainClass=io.github.attract.examples.EmbeddingExample
 * }</pre>
 */
public final class EmbeddingExample {
  private EmbeddingExample() {}

  /**
   * Builds the portfolio, computes the dashboard and prints it as JSON.
   *
   * @param args ignored
   * @throws Exception if the JSON cannot be written
   */
  public static void main(String[] args) throws Exception {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    out.println(dashboardJson(portfolio()));
  }

  /**
   * Returns a small portfolio of three projects.
   *
   * @return the portfolio
   */
  public static Portfolio portfolio() {
    LocalDate signed = LocalDate.of(2024, 3, 1);
    return Portfolio.builder()
        .industries(
            IndustryTaxonomy.of(
                "demo",
                List.of(
                    Industry.of(IndustryId.of("energy"), "Energy"),
                    Industry.of(IndustryId.of("food"), "Food"))))
        .regions(
            RegionHierarchy.of(
                List.of(
                    Region.of(RegionId.of("city"), "Demo City", RegionKind.CITY),
                    Region.of(
                        RegionId.of("zone"),
                        "Demo Zone",
                        RegionKind.DEVELOPMENT_ZONE,
                        RegionId.of("city")))))
        .addProject(
            project(
                "solar-park",
                "Solar park",
                "energy",
                "zone",
                "1200000000",
                signed,
                DateRange.of(LocalDate.of(2024, 4, 1), LocalDate.of(2025, 9, 30))))
        .addProject(
            project(
                "battery-plant",
                "Battery plant",
                "energy",
                "city",
                "300000000",
                signed,
                DateRange.of(LocalDate.of(2024, 5, 1), LocalDate.of(2024, 12, 31))))
        .addProject(
            project(
                "flour-mill",
                "Flour mill",
                "food",
                "zone",
                "80000000",
                signed,
                DateRange.of(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 10, 31))))
        .build();
  }

  /**
   * A dimension of the application's own: whether a project is "large" (1 billion yuan or more).
   *
   * @return the dimension
   */
  public static Dimension<String> sizeClass() {
    Money billion = Money.of("CNY", "1000000000");
    return Dimensions.of(
        "size class",
        p -> p.totalInvestment().map(m -> m.compareTo(billion) >= 0 ? "large" : "small"));
  }

  /**
   * Computes the dashboard: investment by the custom dimension with shares, and the baseline
   * schedule, as JSON written by attract-json's result serializers, with readable names.
   *
   * @param portfolio the portfolio
   * @return pretty-printed JSON
   * @throws Exception if the JSON cannot be written
   */
  public static String dashboardJson(Portfolio portfolio) throws Exception {
    Breakdown<String> bySize =
        Aggregation.over(portfolio)
            .by(sizeClass())
            .measuring(Measures.count(), Measures.totalInvestment())
            .run();
    Shares<String> shares = bySize.shares(Measures.totalInvestment());
    Schedule schedule = Schedules.of(SpreadProfile.sCurve()).baseline(portfolio.projects());

    // The names of the keys: the portfolio's own, plus those of the custom dimension.
    Labels labels =
        Labels.english(portfolio)
            .with("large", "1 billion yuan or more")
            .with("small", "under 1 billion yuan");
    ObjectMapper mapper =
        new ObjectMapper()
            .registerModule(new AttractModule())
            .registerModule(ResultJson.writer().withLabels(labels).module())
            .enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode();
    root.set("bySizeClass", mapper.valueToTree(bySize));
    root.set("sharesOfInvestment", mapper.valueToTree(shares));
    root.set("baselineSchedule", mapper.valueToTree(schedule));
    return mapper.writeValueAsString(root);
  }

  private static Project project(
      String id,
      String name,
      String industry,
      String location,
      String investment,
      LocalDate signed,
      DateRange build) {
    Money total = Money.of("CNY", investment);
    return Project.builder()
        .id(ProjectId.of(id))
        .name(name)
        .industry(IndustryId.of(industry))
        .location(RegionId.of(location))
        .totalInvestment(total)
        .statusHistory(StatusHistory.empty().then(signed, Status.SIGNED))
        .addPhase(
            Phase.builder()
                .id(PhaseId.of("construction"))
                .name("Construction")
                .investment(total)
                .plannedPeriod(build)
                .build())
        .build();
  }
}
