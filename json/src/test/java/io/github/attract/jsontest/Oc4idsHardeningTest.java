package io.github.attract.jsontest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.attract.json.AttractJsonException;
import io.github.attract.json.Oc4ids;
import io.github.attract.json.Oc4idsImport;
import io.github.attract.json.Oc4idsImporter;
import io.github.attract.json.ReadWarning;
import io.github.attract.money.Money;
import io.github.attract.portfolio.Portfolio;
import io.github.attract.project.Project;
import io.github.attract.project.ProjectId;
import io.github.attract.project.Status;
import io.github.attract.project.StatusHistory;
import io.github.attract.taxonomy.IndustryId;
import io.github.attract.taxonomy.RegionId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** The minimal reproducers of what fuzzing and real OC4IDS files found in the importer. */
class Oc4idsHardeningTest {
  private static final Oc4idsImporter IMPORTER =
      Oc4ids.importer().withDefaultLocation(Samples.SYS).withDefaultIndustry(Samples.ENERGY);

  private static Oc4idsImport importProject(String fields) throws AttractJsonException {
    return IMPORTER.importProject("{\"id\":\"p-1\",\"title\":\"P\"" + fields + "}");
  }

  @Test
  void eachFaultyFigureOfAProgressReportIsNotedAndTheReportLeftOut() throws AttractJsonException {
    Oc4idsImport r =
        importProject(
            ",\"budget\":{\"amount\":{\"amount\":100,\"currency\":\"CNY\"}},"
                + "\"metrics\":[{\"id\":\"financialProgress\",\"observations\":[{\"id\":\"1\","
                + "\"period\":{\"startDate\":\"2023-04-01\"},"
                + "\"value\":{\"amount\":-5,\"currency\":\"CNY\"}}]},"
                + "{\"id\":\"fundsInPlace\",\"observations\":[{\"id\":\"1\","
                + "\"period\":{\"startDate\":\"2023-04-01\"},"
                + "\"value\":{\"amount\":-1,\"currency\":\"CNY\"}}]}]");
    assertThat(r.project().progressReports()).isEmpty();
    assertThat(r.notes())
        .extracting(ReadWarning::toString)
        .contains(
            "/metrics/0/observations/0/value: not mapped: a negative amount -5",
            "/metrics/1/observations/0/value: not mapped: a negative amount -1");
  }

  @Test
  void arrayFieldsGivenAsObjectsAreNotedNotCrashedOn() throws AttractJsonException {
    for (String field :
        new String[] {
          "identifiers",
          "additionalClassifications",
          "parties",
          "milestones",
          "forecasts",
          "metrics",
          "locations"
        }) {
      Oc4idsImport r = importProject(",\"" + field + "\":{\"0\":{\"id\":\"x\"}}");
      assertThat(r.project().id()).isEqualTo(ProjectId.of("p-1"));
      assertThat(r.notes())
          .extracting(ReadWarning::toString)
          .contains("/" + field + ": not mapped");
    }
    Oc4idsImport breakdowns =
        importProject(
            ",\"budget\":{\"budgetBreakdowns\":{\"id\":\"phases\"}},"
                + "\"milestones\":[{\"id\":\"m\",\"code\":\"completion\"}],"
                + "\"forecasts\":[{\"id\":\"capacity-1\",\"observations\":{\"measure\":1}}]");
    assertThat(breakdowns.notes())
        .extracting(ReadWarning::toString)
        .containsExactlyInAnyOrder(
            "/budget: not mapped",
            "/milestones: not mapped",
            "/forecasts/0: not mapped: a measure must be a number, but was missing");
    Oc4idsImport items =
        importProject(
            ",\"budget\":{\"budgetBreakdowns\":[{\"id\":\"phases\",\"budgetBreakdown\":{}}]}");
    assertThat(items.project().phases()).isEmpty();
  }

  @Test
  void amountsWithHugeExponentsAreNotedInsteadOfWrittenOut() throws AttractJsonException {
    for (String amount : new String[] {"1e-1000000000", "-1e1000000000", "1e1000000000"}) {
      Oc4idsImport r = importProject(",\"budget\":{\"amount\":{\"amount\":" + amount + "}}");
      assertThat(r.project().totalInvestment()).isEmpty();
      assertThat(r.notes())
          .extracting(ReadWarning::toString)
          .containsExactly(
              "/budget/amount/amount: not mapped: the amount "
                  + new BigDecimal(amount)
                  + " is out of range (at most 100 digits before or after the point)");
    }
    Oc4idsImport capacity =
        importProject(
            ",\"forecasts\":[{\"id\":\"capacity-1\",\"title\":\"t\","
                + "\"observations\":[{\"measure\":1e1000000000,\"unit\":{\"name\":\"t\"}}]}]");
    assertThat(capacity.project().capacities()).isEmpty();
    assertThat(capacity.notes())
        .extracting(ReadWarning::toString)
        .containsExactly(
            "/forecasts/0: not mapped: the measure 1E+1000000000 is out of range (at most 100"
                + " digits before or after the point)");
  }

  @Test
  void aCurrencyWithoutMinorUnitIsNotedNotLeaked() throws AttractJsonException {
    Oc4idsImport amount =
        importProject(",\"budget\":{\"amount\":{\"amount\":5,\"currency\":\"XXX\"}}");
    assertThat(amount.project().currency().getCurrencyCode()).isEqualTo("CNY");
    assertThat(amount.project().totalInvestment()).isEmpty();
    assertThat(amount.notes())
        .extracting(ReadWarning::toString)
        .contains(
            ": currency not mapped: Currency 'XXX' has no minor unit and is not money",
            "/budget/amount/currency: not mapped: Currency 'XXX' has no minor unit and is not"
                + " money");
    Oc4idsImport extension = importProject(",\"attract\":{\"currency\":\"XAU\"}");
    assertThat(extension.project().currency().getCurrencyCode()).isEqualTo("CNY");
  }

  @Test
  void jobsThatAreNotAWholeNumberAreNotedNotZero() throws AttractJsonException {
    for (String measure : new String[] {"\"many\"", "-3", "1.5", "1e30", "{}"}) {
      Oc4idsImport r =
          importProject(
              ",\"forecasts\":[{\"id\":\"jobs\",\"observations\":[{\"measure\":"
                  + measure
                  + "}]}]");
      assertThat(r.project().expectedOutcomes()).isEmpty();
      assertThat(r.notes())
          .extracting(ReadWarning::toString)
          .anyMatch(
              n ->
                  n.startsWith(
                      "/forecasts/0: not mapped: 'jobs' must be a whole number from 0 to"
                          + " 9223372036854775807, but was "));
    }
    Oc4idsImport many =
        importProject(
            ",\"forecasts\":[{\"id\":\"jobs\",\"observations\":[{\"measure\":\"many\"}]}]");
    assertThat(many.notes())
        .extracting(ReadWarning::toString)
        .contains(
            "/forecasts/0: not mapped: 'jobs' must be a whole number from 0 to"
                + " 9223372036854775807, but was the string 'many'");
    Oc4idsImport ok =
        importProject(",\"forecasts\":[{\"id\":\"jobs\",\"observations\":[{\"measure\":300}]}]");
    assertThat(ok.project().expectedOutcomes().orElseThrow().jobs()).hasValue(300);
  }

  @Test
  void everyOneOfManyUnknownKeysIsNoted() throws AttractJsonException {
    // 100 000 unknown keys once took more than 25 s (each one scanned every used pointer)
    StringBuilder json = new StringBuilder("{\"id\":\"p-1\",\"title\":\"P\",\"x\":{");
    int n = 100_000;
    for (int i = 0; i < n; i++) {
      json.append(i == 0 ? "" : ",").append("\"k").append(i).append("\":{\"a\":").append(i);
      json.append("}");
    }
    Oc4idsImport r = IMPORTER.importProject(json.append("}}").toString());
    assertThat(r.notes()).hasSize(1);
    assertThat(r.notes().get(0)).hasToString("/x: not mapped");

    StringBuilder partly = new StringBuilder("{\"id\":\"p-1\",\"title\":\"P\"");
    for (int i = 0; i < n; i++) {
      partly.append(",\"k").append(i).append("\":").append(i);
    }
    Oc4idsImport each = IMPORTER.importProject(partly.append("}").toString());
    assertThat(each.notes()).hasSize(n);
    assertThat(each.notes().get(n - 1)).hasToString("/k" + (n - 1) + ": not mapped");
  }

  @Test
  void aCompletionDateIsBelievedOnlyWhenTheDeclaredStatusAgrees() throws Exception {
    String completion = ",\"completion\":{\"endDate\":\"2020-12-31T00:00:00Z\"}";
    String updated = ",\"updated\":\"2019-06-01T00:00:00Z\"";

    Oc4idsImport building = importProject(",\"status\":\"implementation\"" + updated + completion);
    assertThat(building.project().statusHistory())
        .isEqualTo(StatusHistory.empty().then(LocalDate.of(2019, 6, 1), Status.UNDER_CONSTRUCTION));
    assertThat(building.notes())
        .extracting(ReadWarning::toString)
        .containsExactly(
            "/completion/endDate: not read as a completion: the declared 'status' is"
                + " 'implementation', so 2020-12-31T00:00:00Z is read as a planned end, which"
                + " Attract does not keep");

    Oc4idsImport operating = importProject(",\"status\":\"maintenance\"" + updated + completion);
    assertThat(operating.project().statusHistory().current()).hasValue(Status.IN_OPERATION);
    JsonNode exported =
        new ObjectMapper()
            .readTree(
                Oc4ids.exporter()
                    .exportProject(portfolioWith(operating.project()), operating.project().id()));
    assertThat(exported.path("status").asText()).isEqualTo("maintenance");
    assertThat(exported.has("completion")).isFalse();

    Oc4idsImport completed = importProject(",\"status\":\"completion\"" + updated + completion);
    assertThat(completed.project().statusHistory())
        .isEqualTo(StatusHistory.empty().then(LocalDate.of(2020, 12, 31), Status.COMPLETED));
    assertThat(completed.notes())
        .extracting(ReadWarning::toString)
        .containsExactly("/updated: not mapped");

    Oc4idsImport undeclared = importProject(completion);
    assertThat(undeclared.project().statusHistory())
        .isEqualTo(StatusHistory.empty().then(LocalDate.of(2020, 12, 31), Status.COMPLETED));
  }

  @Test
  void theOlderRealWorldShapeImportsWithoutADefaultLocation() throws AttractJsonException {
    Oc4idsImport r = Oc4ids.importer().importProject(FuzzTest.OLDER_PROJECT);
    Project p = r.project();
    assertThat(p.location()).isEqualTo(RegionId.of("nuevo-leon"));
    assertThat(p.industry()).isEqualTo(IndustryId.of("health"));
    assertThat(p.totalInvestment()).hasValue(Money.of("MXN", "120000000.50"));
    assertThat(p.statusHistory().current()).hasValue(Status.UNDER_CONSTRUCTION);
    assertThat(p.expectedOutcomes().orElseThrow().jobs()).hasValue(300);
    assertThat(r.notes())
        .extracting(ReadWarning::toString)
        .contains(
            "/locations/0/id: read the location id 'nuevo-leon' as the region; give the importer a"
                + " default location to choose another",
            "/completion/endDate: not read as a completion: the declared 'status' is"
                + " 'implementation', so 2020-12-31T00:00:00Z is read as a planned end, which"
                + " Attract does not keep",
            "/completion/finalValue: not mapped",
            "/locations/0/address: not mapped");
    assertThatThrownBy(() -> Oc4ids.importer().importProject("{\"id\":\"a\",\"locations\":[{}]}"))
        .isInstanceOf(AttractJsonException.class)
        .hasMessageStartingWith("/locations: OC4IDS project has no location");
  }

  @Test
  void datesBeyondTheYear9999AreRefusedByTheExporter() {
    Project far =
        Project.builder()
            .id(ProjectId.of("far"))
            .name("Far future")
            .location(Samples.SYS)
            .industry(Samples.ENERGY)
            .statusHistory(StatusHistory.empty().then(LocalDate.of(10_000, 1, 1), Status.SIGNED))
            .build();
    Portfolio portfolio = portfolioWith(far);
    assertThatThrownBy(() -> Oc4ids.exporter().exportProject(portfolio, far.id()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Project '"
                + far.id()
                + "' cannot be exported to OC4IDS: OC4IDS date-time must have a year from 0000 to"
                + " 9999 (RFC 3339), but was +10000-01-01");
    assertThatThrownBy(
            () ->
                Oc4ids.exporter()
                    .exportPackage(portfolio, OffsetDateTime.parse("+10000-01-01T00:00:00Z")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("but was +10000-01-01");
  }

  private static Portfolio portfolioWith(Project project) {
    return Portfolio.builder()
        .industries(Samples.industries())
        .regions(Samples.regions())
        .addProject(project)
        .build();
  }

  @Test
  void partsBreakingRulesAreDroppedWithOneNotePerRule() throws AttractJsonException {
    // total 100; plans 80 + 80 = 160 > 100: the plans are dropped; then phase ph-1 150 > 100: the
    // phases are dropped too; each rule is its own note
    String money = "{\"amount\":%s,\"currency\":\"CNY\"}";
    String fields =
        ",\"budget\":{\"amount\":"
            + money.formatted(100)
            + ",\"budgetBreakdowns\":[{\"id\":\"annualPlans\",\"budgetBreakdown\":["
            + "{\"id\":\"2023\",\"amount\":"
            + money.formatted(80)
            + "},{\"id\":\"2024\",\"amount\":"
            + money.formatted(80)
            + "}]},{\"id\":\"phases\",\"budgetBreakdown\":[{\"id\":\"ph-1\","
            + "\"description\":\"first\",\"amount\":"
            + money.formatted(150)
            + "}]}]}";
    Oc4idsImport r = importProject(fields);
    assertThat(r.project().annualPlans()).isEmpty();
    assertThat(r.project().phases()).isEmpty();
    assertThat(r.notes())
        .extracting(ReadWarning::message)
        .contains(
            "annual plans not mapped: Project 'p-1' annual plans sum to CNY 160.00, more than its"
                + " 'totalInvestment' CNY 100.00",
            "phases not mapped: Project 'p-1' phase investments sum to CNY 150.00, more than its"
                + " 'totalInvestment' CNY 100.00");
  }
}
