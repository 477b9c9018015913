package io.github.attract.jsontest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonPointer;
import io.github.attract.json.AttractJsonException;
import io.github.attract.json.PortfolioJson;
import io.github.attract.json.PortfolioReadResult;
import io.github.attract.json.RecordProblem;
import io.github.attract.json.RejectedRecord;
import io.github.attract.project.ProjectId;
import io.github.attract.project.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A lenient read lists every problem of a project with the pointer of its value. */
class LenientViolationsTest {
  private static final String HEAD =
      "{\"formatVersion\": \"1.0\","
          + " \"industryTaxonomy\": {\"scheme\": \"s\","
          + " \"industries\": [{\"id\": \"energy\", \"name\": \"Energy\"}]},"
          + " \"regions\": [{\"id\": \"cn\", \"name\": \"China\", \"kind\": \"country\"}],"
          + " \"projects\": [";

  private static String project(String id, String rest) {
    return "{\"id\": \""
        + id
        + "\", \"name\": \"P\", \"location\": \"cn\", \"industry\": \"energy\""
        + (rest.isEmpty() ? "" : ", " + rest)
        + "}";
  }

  static String document(String... projects) {
    return HEAD + String.join(", ", projects) + "]}";
  }

  /** The faulty project: six independent faults, each hand-placed. */
  static final String FAULTY =
      project(
          "bad",
          "\"totalInvestment\": \"CNY 100.00\","
              // phases/0: a blank name, a rule of the phase itself
              + " \"phases\": [{\"id\": \"ph-1\", \"name\": \" \"}],"
              // statusHistory/1 is dated before /0; /2 goes back from under construction
              + " \"statusHistory\": [{\"date\": \"2023-04-07\", \"status\": \"signed\"},"
              + " {\"date\": \"2023-02-10\", \"status\": \"under-construction\"},"
              + " {\"date\": \"2023-05-01\", \"status\": \"negotiating\"}],"
              // annualPlans/1 (2023) follows 2024; annualPlans/2 is negative, a rule of the plan
              + " \"annualPlans\": [{\"year\": 2024, \"planned\": \"CNY 10.00\"},"
              + " {\"year\": 2023, \"planned\": \"CNY 10.00\"},"
              + " {\"year\": 2025, \"planned\": \"CNY -5.00\"}],"
              // progressReports/1 (2023-05) falls below April
              + " \"progressReports\": [{\"month\": \"2023-04\", \"completedInvestment\":"
              + " \"CNY 40.00\"}, {\"month\": \"2023-05\", \"completedInvestment\": \"CNY 30.00\"}]");

  @Test
  void everyProblemOfAProjectIsListedWithItsPointer() throws AttractJsonException {
    PortfolioReadResult r =
        PortfolioJson.reader().readLenient(document(project("good", ""), FAULTY));
    assertThat(r.portfolio().projects()).extracting(p -> p.id().value()).containsExactly("good");
    RejectedRecord bad = r.rejected().get(0);
    assertThat(bad.recordPointer()).hasToString("/projects/1");
    assertThat(bad.problems())
        .extracting(p -> p.pointer().toString())
        .containsExactly(
            "/projects/1/phases/0/name",
            "/projects/1/annualPlans/2/planned",
            "/projects/1/statusHistory/1/date",
            "/projects/1/statusHistory/2/status",
            "/projects/1/annualPlans/1/year",
            "/projects/1/progressReports/1/completedInvestment");
    assertThat(bad.problems()).allMatch(RecordProblem::isError);
    assertThat(bad.problemPointer()).hasToString("/projects/1/phases/0/name");
    assertThat(bad.reason()).isEqualTo("Phase 'ph-1' 'name' must not be blank, but was ' '");
    assertThat(bad.reasons().get(1))
        .isEqualTo("Annual plan 2025 'planned' must not be negative, but was CNY -5.00");
    assertThat(bad.problems().get(2).violation().orElseThrow().path())
        .contains("statusHistory[1].date");
    assertThat(bad.reasons().get(2))
        .isEqualTo(
            "Status change to 'under-construction' must not be dated before the change it"
                + " follows, but 2023-02-10 < 2023-04-07");
    assertThat(bad.problems().get(5).violation().orElseThrow().path())
        .contains("progressReports[2023-05].completedInvestment");
    assertThat(bad).hasToString(bad.problemPointer() + ": " + bad.reason() + " (and 5 more)");
  }

  @Test
  void everyBrokenRuleOfADroppedPartIsListedItsHistoryIncluded() throws AttractJsonException {
    String parts =
        project(
            "parts",
            // phases/0: a blank name, a negative investment and a history that goes back in time
            "\"phases\": [{\"id\": \"ph-1\", \"name\": \" \", \"investment\": \"CNY -1.00\","
                + " \"statusHistory\": [{\"date\": \"2023-04-07\", \"status\": \"signed\"},"
                + " {\"date\": \"2023-02-10\", \"status\": \"lead\"}]}],"
                // progressReports/0: a negative completed investment, funds in HKD and negative
                + " \"progressReports\": [{\"month\": \"2023-04\", \"completedInvestment\":"
                + " \"CNY -5.00\", \"fundsInPlace\": \"HKD -1.00\"}],"
                // expectedOutcomes: a negative profit and tax
                + " \"expectedOutcomes\": {\"annualProfit\": \"CNY -2.00\", \"annualTax\":"
                + " \"CNY -3.00\"}");
    RejectedRecord bad = PortfolioJson.reader().readLenient(document(parts)).rejected().get(0);
    assertThat(bad.problems())
        .extracting(p -> p.pointer() + " " + p.violation().orElseThrow().path().orElseThrow())
        .containsExactly(
            "/projects/0/phases/0/name phases[ph-1].name",
            "/projects/0/phases/0/investment phases[ph-1].investment",
            "/projects/0/phases/0/statusHistory/1/date phases[ph-1].statusHistory[1].date",
            "/projects/0/phases/0/statusHistory/1/status phases[ph-1].statusHistory[1].status",
            "/projects/0/progressReports/0/completedInvestment"
                + " progressReports[2023-04].completedInvestment",
            "/projects/0/progressReports/0/fundsInPlace progressReports[2023-04].fundsInPlace",
            "/projects/0/progressReports/0/fundsInPlace progressReports[2023-04].fundsInPlace",
            "/projects/0/expectedOutcomes/annualProfit expectedOutcomes.annualProfit",
            "/projects/0/expectedOutcomes/annualTax expectedOutcomes.annualTax");
    assertThat(bad.problems())
        .allMatch(p -> p.violation().orElseThrow().subjectId().equals("parts"));
    assertThat(bad.reasons().get(1))
        .isEqualTo("Phase 'ph-1' 'investment' must not be negative, but was CNY -1.00");
    assertThat(bad.reasons().get(6))
        .isEqualTo(
            "Progress report 2023-04 'fundsInPlace' must not be negative, but was HKD -1.00");
  }

  /** A project whose May report is above its total: a cost overrun, a warning. */
  static final String OVERRUN =
      project(
          "over",
          "\"totalInvestment\": \"CNY 100.00\", \"progressReports\": [{\"month\": \"2023-04\","
              + " \"completedInvestment\": \"CNY 90.00\"}, {\"month\": \"2023-05\","
              + " \"completedInvestment\": \"CNY 120.00\"}]");

  @Test
  void aCostOverrunKeepsTheRecordAndIsReportedWhereItApplies() throws AttractJsonException {
    PortfolioReadResult r = PortfolioJson.reader().readLenient(document(OVERRUN));
    assertThat(r.rejected()).isEmpty();
    assertThat(r.portfolio().project(ProjectId.of("over"))).isPresent();
    assertThat(r.warnings())
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.pointer())
                  .hasToString("/projects/0/progressReports/1/completedInvestment");
              Violation v = w.violation().orElseThrow();
              assertThat(v.rule()).isEqualTo(Violation.Rule.COST_OVERRUN);
              assertThat(v.severity()).isEqualTo(Violation.Severity.WARNING);
              assertThat(w.message())
                  .endsWith("exceeds 'totalInvestment' CNY 100.00 (cost overrun)");
            });
  }

  @Test
  void aRejectedProjectAlsoListsItsWarningsLast() throws AttractJsonException {
    String both =
        project(
            "both",
            "\"name2\": 1, \"totalInvestment\": \"CNY 100.00\", \"investors\": [\"a\", \"a\"],"
                + " \"progressReports\": [{\"month\": \"2023-04\", \"completedInvestment\":"
                + " \"CNY 120.00\"}]");
    PortfolioReadResult r = PortfolioJson.reader().readLenient(document(both));
    List<RecordProblem> problems = r.rejected().get(0).problems();
    assertThat(problems)
        .extracting(p -> p.pointer() + " " + p.severity().code())
        .containsExactly(
            "/projects/0/investors error",
            "/projects/0/progressReports/0/completedInvestment warning");
  }

  @Test
  void aMalformedValueAfterABadPartEndsTheRecordWithBoth() throws AttractJsonException {
    String json =
        document(
            project(
                "m", "\"phases\": [{\"id\": \"ph-1\", \"name\": \" \"}], \"totalInvestment\": 5"));
    RejectedRecord bad = PortfolioJson.reader().readLenient(json).rejected().get(0);
    assertThat(bad.problems())
        .extracting(p -> p.pointer().toString())
        .containsExactly("/projects/0/phases/0/name", "/projects/0/totalInvestment");
    assertThat(bad.reasons().get(1)).startsWith("Money must be a text such as");
  }

  @Test
  void strictReadingStillFailsOnTheFirstProblem() {
    assertThatThrownBy(() -> PortfolioJson.reader().read(document(FAULTY)))
        .isInstanceOfSatisfying(
            AttractJsonException.class,
            e -> assertThat(e.pointer()).hasToString("/projects/0/phases/0"));
  }

  @Test
  void aRejectedRecordNeedsAnErrorFirst() {
    JsonPointer at = JsonPointer.compile("/projects/0");
    Violation warning =
        Violation.of(
            Violation.Rule.COST_OVERRUN,
            Violation.Severity.WARNING,
            "project",
            "p",
            "progressReports[2023-04].completedInvestment",
            "over");
    assertThatThrownBy(() -> RejectedRecord.of(at, List.of(RecordProblem.of(at, warning)), "{}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Rejected record '/projects/0' must have an error as its first");
    assertThatThrownBy(() -> RejectedRecord.of(at, List.of(), "{}"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
