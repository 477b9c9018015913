package io.github.attract.jsontest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.testing.NullPointerTester;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.attract.calc.Aggregation;
import io.github.attract.calc.Breakdown;
import io.github.attract.calc.Dimensions;
import io.github.attract.calc.Funnels;
import io.github.attract.calc.Measures;
import io.github.attract.calc.Pivot;
import io.github.attract.json.AttractModule;
import io.github.attract.json.ResultJson;
import io.github.attract.money.Money;
import io.github.attract.portfolio.Labels;
import io.github.attract.portfolio.Portfolio;
import io.github.attract.project.Project;
import io.github.attract.project.ProjectId;
import io.github.attract.project.Status;
import io.github.attract.projection.Schedule;
import io.github.attract.projection.Schedules;
import io.github.attract.projection.SpreadProfile;
import io.github.attract.projection.TargetProgress;
import io.github.attract.taxonomy.IndustryId;
import io.github.attract.time.YearQuarter;
import java.io.IOException;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** Golden files pin the result shapes of FORMAT.md; every output validates against the schema. */
class ResultJsonTest {
  static final Schema RESULT =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(ResultJson.schema(), InputFormat.JSON);

  private final Portfolio portfolio = Samples.portfolio();
  private final Labels zh = Labels.chinese(portfolio);
  private final Labels en = Labels.english(portfolio);

  private Breakdown<IndustryId> byIndustry() {
    return Aggregation.over(portfolio)
        .by(Dimensions.industry(1))
        .measuring(
            Measures.count(),
            Measures.totalInvestment(),
            Measures.completedInvestment(YearMonth.of(2023, 4)))
        .run();
  }

  private Pivot<IndustryId, Status> byIndustryAndStatus() {
    return Aggregation.over(portfolio)
        .by(Dimensions.industry(1), Dimensions.statusOn(LocalDate.of(2023, 4, 24)))
        .measuring(Measures.count(), Measures.totalInvestment())
        .run();
  }

  private Schedule schedule() {
    return Schedules.of(SpreadProfile.even()).byYear(portfolio, Year.of(2023), Year.of(2025));
  }

  /** Compares with a golden file; on a difference writes the actual text beside the build. */
  static void assertGolden(String name, String actual) throws IOException {
    Schemas.assertValid(RESULT, actual);
    String expected;
    try {
      expected = GoldenTest.resource("results/" + name);
    } catch (NullPointerException missing) {
      expected = "";
    }
    if (!expected.equals(actual)) {
      Path out = Path.of("target", "golden-actual", name);
      Files.createDirectories(out.getParent());
      Files.writeString(out, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual).as("golden file results/%s", name).isEqualTo(expected);
  }

  @Test
  void breakdownWithChineseLabels() throws IOException {
    assertGolden("breakdown-zh.json", ResultJson.writer().withLabels(zh).write(byIndustry()));
  }

  @Test
  void breakdownWithoutLabelsCompact() throws IOException {
    assertGolden(
        "breakdown.min.json",
        ResultJson.writer().withPrettyPrint(false).write(byIndustry().top(1, Measures.count()))
            + "\n");
  }

  @Test
  void pivotWithEnglishLabels() throws IOException {
    assertGolden("pivot-en.json", ResultJson.writer().withLabels(en).write(byIndustryAndStatus()));
  }

  @Test
  void sharesWithChineseLabels() throws IOException {
    assertGolden(
        "shares-zh.json",
        ResultJson.writer().withLabels(zh).write(byIndustry().shares(Measures.totalInvestment())));
  }

  @Test
  void funnelWithChineseLabels() throws IOException {
    assertGolden(
        "funnel-zh.json",
        ResultJson.writer()
            .withLabels(zh)
            .write(Funnels.byPeriod(portfolio, YearQuarter.of(2023, 1))));
  }

  @Test
  void scheduleAndProjectSchedule() throws IOException {
    assertGolden("schedule-en.json", ResultJson.writer().withLabels(en).write(schedule()));
    assertGolden(
        "project-schedule.json",
        ResultJson.writer().write(schedule().projects().get(Samples.STORAGE_PROJECT)));
  }

  @Test
  void targetProgress() throws IOException {
    assertGolden(
        "target-progress-zh.json",
        ResultJson.writer()
            .withLabels(zh)
            .write(
                TargetProgress.of(
                    portfolio, portfolio.targets().get(0), LocalDate.of(2023, 4, 30))));
  }

  @Test
  void rateTargetProgress() throws IOException {
    assertGolden(
        "target-progress-rate.json",
        ResultJson.writer()
            .write(
                TargetProgress.of(
                    portfolio,
                    io.github.attract.promotion.Target.builder()
                        .id(io.github.attract.promotion.TargetId.of("2023-start-rate"))
                        .name("开工率 2023")
                        .period(io.github.attract.time.DateRange.ofYear(Year.of(2023)))
                        .value(
                            io.github.attract.promotion.MetricValue.ofRate(
                                io.github.attract.promotion.Metric.START_RATE,
                                new java.math.BigDecimal("0.8")))
                        .build(),
                    LocalDate.of(2023, 4, 30))));
    // the samples' three projects: Fengfan started 7 April, the anode plant 20 March, the USD lead
    // not at all: 2 of 3; 0.8 × 3 = 2.4, so 3 must have started: 1 project short
  }

  @Test
  void sumsBeyondLongAreWrittenExactly() throws IOException {
    Money huge = Money.of("CNY", "90000000000000000.00");
    Portfolio p =
        Portfolio.builder()
            .industries(Samples.industries())
            .regions(Samples.regions())
            .addProject(project("h-1", huge))
            .addProject(project("h-2", huge))
            .build();
    assertThat(huge.plus(huge).minorUnitsFitLong()).isFalse();
    String json =
        ResultJson.writer()
            .write(
                Aggregation.over(p)
                    .by(Dimensions.industry())
                    .measuring(Measures.count(), Measures.totalInvestment())
                    .run());
    Schemas.assertValid(RESULT, json);
    JsonNode total = new ObjectMapper().readTree(json).get("total");
    assertThat(total.get("count").asLong()).isEqualTo(2);
    assertThat(total.get("values").get("total-investment").get(0).asText())
        .isEqualTo("CNY 180000000000000000.00");
  }

  private static Project project(String id, Money total) {
    return Project.builder()
        .id(ProjectId.of(id))
        .name(id)
        .location(Samples.SYS)
        .industry(Samples.MATERIALS)
        .totalInvestment(total)
        .build();
  }

  @Test
  void aMapperWithTheModuleWritesTheSameShapes() throws IOException {
    ObjectMapper mapper = new ObjectMapper().registerModule(new AttractModule());
    assertThat(mapper.readTree(mapper.writeValueAsString(byIndustry())))
        .isEqualTo(mapper.readTree(ResultJson.writer().write(byIndustry())));
    assertThat(mapper.writeValueAsString(byIndustry())).doesNotContain("\"label\"");
    ObjectMapper labelled =
        new ObjectMapper()
            .registerModule(new AttractModule())
            .registerModule(ResultJson.writer().withLabels(zh).module());
    assertThat(labelled.readTree(labelled.writeValueAsString(byIndustryAndStatus())))
        .isEqualTo(
            labelled.readTree(ResultJson.writer().withLabels(zh).write(byIndustryAndStatus())));
    assertThat(labelled.valueToTree(schedule()).get("total").get(0).asText())
        .isEqualTo(schedule().total().amounts().get(0).toString());
  }

  @Test
  void nullsAreRejected() {
    new NullPointerTester().testAllPublicInstanceMethods(ResultJson.writer());
    new NullPointerTester().testAllPublicStaticMethods(ResultJson.class);
  }

  @Test
  void ratePercentIsPresentedAsAsked() throws IOException {
    String json =
        ResultJson.writer()
            .withRatePercent(0, RoundingMode.DOWN)
            .write(Funnels.byPeriod(portfolio, YearQuarter.of(2023, 1)));
    Schemas.assertValid(RESULT, json);
    for (JsonNode stage : new ObjectMapper().readTree(json).get("stages")) {
      if (stage.has("conversion") && stage.get("conversion").has("percent")) {
        assertThat(stage.get("conversion").get("percent").asText()).doesNotContain(".");
      }
    }
    assertThatThrownBy(() -> ResultJson.writer().withRatePercent(11, RoundingMode.DOWN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ResultJson rate 'scale' must be from 0 to 10, but was 11");
    assertThat(ResultJson.writer().withLabels(zh).toString())
        .isEqualTo("ResultJson[pretty, " + zh + ", rates at 2 HALF_EVEN]");
  }
}
