package io.github.attract.jsontest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.attract.json.AttractJsonException;
import io.github.attract.json.Oc4ids;
import io.github.attract.json.Oc4idsExporter;
import io.github.attract.json.Oc4idsImport;
import io.github.attract.json.ReadWarning;
import io.github.attract.money.Money;
import io.github.attract.portfolio.Portfolio;
import io.github.attract.project.Phase;
import io.github.attract.project.Project;
import io.github.attract.project.ProjectId;
import io.github.attract.project.Status;
import io.github.attract.project.StatusHistory;
import io.github.attract.taxonomy.IndustryId;
import io.github.attract.taxonomy.RegionId;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** OC4IDS 0.9.5 export validates against the official schemas; import maps and notes. */
class Oc4idsTest {
  private static final ObjectMapper TREES = new ObjectMapper();
  private static final OffsetDateTime PUBLISHED = OffsetDateTime.parse("2023-04-24T09:00:00+08:00");
  private static final Oc4idsExporter EXPORTER =
      Oc4ids.exporter()
          .withProjectIdPrefix("oc4ids-abc123-")
          .withPublisher("Shuangyashan Investment Promotion Bureau")
          .withOffset(ZoneOffset.ofHours(8))
          .withPublicAuthority("sys-bureau", "Shuangyashan Investment Promotion Bureau");

  private static JsonNode tree(String json) {
    try {
      return TREES.readTree(json);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void everyExportedProjectAndPackageValidates() {
    Portfolio p = Samples.portfolio();
    for (Project project : p.projects()) {
      Schemas.assertValid(Schemas.OC4IDS_PROJECT, EXPORTER.exportProject(p, project.id()));
      Schemas.assertValid(Schemas.OC4IDS_PROJECT, Oc4ids.exporter().exportProject(p, project.id()));
    }
    Schemas.assertValid(Schemas.OC4IDS_PACKAGE, EXPORTER.exportPackage(p, PUBLISHED));
    for (long seed = 0; seed < 25; seed++) {
      Portfolio random = new RandomPortfolios(seed).portfolio(1 + (int) (seed % 4));
      Schemas.assertValid(
          Schemas.OC4IDS_PACKAGE, Oc4ids.exporter().exportPackage(random, PUBLISHED));
    }
  }

  @Test
  void theSchemaCheckIsReal() {
    String bad =
        EXPORTER
            .exportProject(Samples.portfolio(), Samples.STORAGE_PROJECT)
            .replace("\"status\" : \"implementation\"", "\"status\" : \"signed\"");
    assertThat(Schemas.errors(Schemas.OC4IDS_PROJECT, bad)).isNotEmpty();
  }

  @Test
  void exportMapsStatusBudgetMilestonesClassificationsPartiesAndForecasts() {
    JsonNode o = tree(EXPORTER.exportProject(Samples.portfolio(), Samples.STORAGE_PROJECT));
    assertThat(o.path("id").asText()).isEqualTo("oc4ids-abc123-sys-fengfan-storage");
    assertThat(o.at("/identifiers/0/scheme").asText()).isEqualTo("attract");
    assertThat(o.path("status").asText()).isEqualTo("implementation");
    assertThat(o.at("/attract/status").asText()).isEqualTo("under-construction");
    assertThat(o.at("/budget/amount/amount").decimalValue()).isEqualByComparingTo("1050000000");
    assertThat(o.at("/budget/amount/currency").asText()).isEqualTo("CNY");
    assertThat(o.at("/budget/budgetBreakdowns/0/id").asText()).isEqualTo("annualPlans");
    assertThat(o.at("/budget/budgetBreakdowns/0/budgetBreakdown/1/period/startDate").asText())
        .isEqualTo("2024-01-01T00:00:00+08:00");
    assertThat(o.at("/budget/budgetBreakdowns/1/budgetBreakdown/0/id").asText())
        .isEqualTo("phase-1");
    assertThat(o.at("/milestones/0/code").asText()).isEqualTo("commencement");
    assertThat(o.at("/milestones/0/dateMet").asText()).isEqualTo("2023-04-07T00:00:00+08:00");
    assertThat(o.at("/milestones/0/dueDate").asText()).isEqualTo("2023-04-07T00:00:00+08:00");
    assertThat(o.toString())
        .contains("\"scheme\":\"attract-designation\",\"id\":\"provincial-key 2023\"")
        .contains("\"scheme\":\"shuangyashan-leading-industries\",\"id\":\"energy-storage\"")
        .contains("\"id\":\"signing\",\"title\":\"Investment agreement signed\"");
    assertThat(o.at("/parties/0/roles/0").asText()).isEqualTo("funder");
    assertThat(o.at("/parties/0/address/region").asText()).isEqualTo("Beijing");
    assertThat(o.at("/parties/1/roles/0").asText()).isEqualTo("publicAuthority");
    assertThat(o.at("/locations/0/address/region").asText()).isEqualTo("Heilongjiang");
    assertThat(o.at("/forecasts/0/observations/0/measure").decimalValue())
        .isEqualByComparingTo("6000000");
    assertThat(o.at("/forecasts/0/observations/0/unit/name").asText()).isEqualTo("kW/a");
    assertThat(o.toString()).contains("\"id\":\"jobs\"").contains("\"measure\":300");
    assertThat(o.at("/metrics/0/id").asText()).isEqualTo("financialProgress");
  }

  @Test
  void suspendedTakesTheCodeOfWhatWasSuspended() {
    assertThat(Oc4ids.projectStatus(Status.NEGOTIATING)).isEqualTo("identification");
    assertThat(Oc4ids.projectStatus(Status.READY_TO_START)).isEqualTo("preparation");
    assertThat(Oc4ids.projectStatus(Status.IN_OPERATION)).isEqualTo("maintenance");
    Project signedThenSuspended =
        Project.builder()
            .id(ProjectId.of("s"))
            .name("S")
            .location(Samples.SYS)
            .industry(Samples.ENERGY)
            .statusHistory(
                StatusHistory.empty()
                    .then(LocalDate.of(2023, 1, 1), Status.SIGNED)
                    .then(LocalDate.of(2023, 2, 1), Status.SUSPENDED))
            .build();
    Portfolio p = Samples.portfolio().toBuilder().addProject(signedThenSuspended).build();
    JsonNode o = tree(Oc4ids.exporter().exportProject(p, ProjectId.of("s")));
    assertThat(o.path("status").asText()).isEqualTo("preparation");
    assertThat(o.at("/attract/status").asText()).isEqualTo("suspended");
    assertThat(Oc4ids.status("decommissioned")).contains(Status.COMPLETED);
    assertThat(Oc4ids.status("unknown")).isEmpty();
  }

  @Test
  void importOfAnExportKeepsTheProject() throws AttractJsonException {
    Portfolio p = Samples.portfolio();
    for (Project original : p.projects()) {
      Oc4idsImport imported =
          Oc4ids.importer()
              .withProjectIdPrefix("oc4ids-abc123-")
              .withOffset(ZoneOffset.ofHours(8))
              .importProject(EXPORTER.exportProject(p, original.id()));
      assertThat(imported.project()).isEqualTo(withoutActualPeriods(original));
      assertThat(imported.notes())
          .extracting(ReadWarning::toString)
          .allMatch(
              n ->
                  n.startsWith("/parties")
                      || n.startsWith("/publicAuthority")
                      || n.startsWith("/locations"),
              "only party details are not mapped");
    }
    Oc4idsImport storage =
        Oc4ids.importer().importProject(EXPORTER.exportProject(p, Samples.STORAGE_PROJECT));
    assertThat(storage.investors()).hasSize(1);
    assertThat(storage.investors().get(0).name()).isEqualTo("Fengfan Co., Ltd.");
    assertThat(storage.notes())
        .extracting(ReadWarning::toString)
        .contains(
            "/parties/0/address: not mapped",
            "/parties/1: not mapped",
            "/publicAuthority: not mapped");
  }

  @Test
  void randomPortfoliosSurviveExportAndImport() throws AttractJsonException {
    for (long seed = 100; seed < 130; seed++) {
      Portfolio p = new RandomPortfolios(seed).portfolio(3);
      List<Oc4idsImport> imported =
          Oc4ids.importer().importPackage(Oc4ids.exporter().exportPackage(p, PUBLISHED));
      assertThat(imported).hasSize(3);
      for (int i = 0; i < 3; i++) {
        Project original = p.projects().get(i);
        Project back = imported.get(i).project();
        assertThat(back.id()).isEqualTo(original.id());
        assertThat(back.name()).isEqualTo(original.name());
        assertThat(back.currency()).isEqualTo(original.currency());
        assertThat(back.statusHistory()).isEqualTo(original.statusHistory());
        assertThat(back.investors()).isEqualTo(original.investors());
        assertThat(back.annualPlans()).isEqualTo(original.annualPlans());
        assertThat(back.progressReports()).isEqualTo(original.progressReports());
        assertThat(back.expectedOutcomes()).isEqualTo(original.expectedOutcomes());
        assertThat(back.capacities()).isEqualTo(original.capacities());
        assertThat(back.designations()).isEqualTo(original.designations());
        if (original.totalInvestment().filter(m -> !m.isZero()).isPresent()) {
          assertThat(back.totalInvestment()).isEqualTo(original.totalInvestment());
        }
      }
    }
  }

  private static Project withoutActualPeriods(Project p) {
    Project.Builder b =
        Project.builder()
            .id(p.id())
            .name(p.name())
            .addAllInvestors(p.investors())
            .location(p.location())
            .industry(p.industry())
            .chainLink(p.chainLink())
            .addAllFocusAreas(p.focusAreas())
            .addAllDesignations(p.designations())
            .currency(p.currency())
            .totalInvestment(p.totalInvestment())
            .totalInvestmentProvenance(p.totalInvestmentProvenance())
            .statusHistory(p.statusHistory())
            .addAllCapacities(p.capacities())
            .expectedOutcomes(p.expectedOutcomes())
            .addAllAnnualPlans(p.annualPlans())
            .addAllProgressReports(p.progressReports())
            .description(p.description());
    for (Phase phase : p.phases()) {
      b.addPhase(
          Phase.builder()
              .id(phase.id())
              .name(phase.name())
              .investment(phase.investment())
              .plannedPeriod(phase.plannedPeriod())
              .addAllCapacities(phase.capacities())
              .statusHistory(phase.statusHistory())
              .build());
    }
    return b.build();
  }

  @Test
  void importsTheOfficialExampleAndNotesWhatDoesNotMap() throws AttractJsonException {
    List<Oc4idsImport> imported =
        Oc4ids.importer()
            .withDefaultLocation(RegionId.of("uk"))
            .importPackage(Schemas.text("/oc4ids/example.json"));
    assertThat(imported).hasSize(1);
    Oc4idsImport r = imported.get(0);
    Project p = r.project();
    assertThat(p.id()).isEqualTo(ProjectId.of("oc4ids-bu3kcz-m75-junctions-4-to-5-smart-motorway"));
    assertThat(p.name()).isEqualTo("M75 Junctions 4 to 5 upgrade smart motorway");
    assertThat(p.industry()).isEqualTo(IndustryId.of("04.5.1"));
    assertThat(p.location()).isEqualTo(RegionId.of("uk"));
    assertThat(p.currency().getCurrencyCode()).isEqualTo("GBP");
    assertThat(p.totalInvestment()).isPresent();
    assertThat(p.statusOn(LocalDate.of(2019, 1, 1))).isPresent();
    assertThat(r.notes())
        .extracting(n -> n.pointer().toString())
        .contains(
            "/projects/0/locations",
            "/projects/0/contractingProcesses",
            "/projects/0/sector",
            "/projects/0/purpose");
    assertThat(r.notes()).allMatch(n -> n.pointer().toString().startsWith("/projects/0"));
  }

  @Test
  void toleratesRealWorldQuirks() throws AttractJsonException {
    String json =
        "{\"id\":\"x-1\",\"title\":\"Quirky\",\"status\":\"implementation\","
            + "\"updated\":\"2023-05-01T10:00:00\","
            + "\"budget\":{\"amount\":{\"amount\":0,\"currency\":\"CNY\"},"
            + "\"budgetBreakdowns\":[{\"id\":\"annualPlans\",\"budgetBreakdown\":["
            + "{\"id\":\"2023\",\"amount\":{\"amount\":\"15.505\",\"currency\":\"CNY\"}}]}]},"
            + "\"parties\":[{\"id\":\"inv\",\"name\":\"Investor\",\"role\":\"funder\"}],"
            + "\"milestones\":[{\"id\":\"m\",\"code\":\"commencement\",\"status\":\"met\","
            + "\"dateMet\":\"2023-03-01\"}],"
            + "\"locations\":[],\"documents\":[],\"relatedProjects\":null,"
            + "\"additionalClassifications\":[{\"scheme\":\"gbt4754\",\"id\":\"4411\"}]}";
    Oc4idsImport r = Oc4ids.importer().withDefaultLocation(Samples.SYS).importProject(json);
    Project p = r.project();
    assertThat(p.totalInvestment()).isEmpty();
    assertThat(p.annualPlans().get(0).planned()).isEqualTo(Money.of("CNY", "15.50"));
    assertThat(p.statusHistory().changes())
        .extracting(Object::toString)
        .containsExactly("2023-03-01 under-construction");
    assertThat(p.investors()).extracting(Object::toString).containsExactly("inv");
    assertThat(p.industry()).isEqualTo(IndustryId.of("4411"));
    assertThat(r.notes())
        .extracting(ReadWarning::toString)
        .containsExactlyInAnyOrder(
            "/budget/amount: a zero budget is read as an unknown total investment",
            "/budget/budgetBreakdowns/0/budgetBreakdown/0/amount/amount: read the amount given as a decimal string",
            "/budget/budgetBreakdowns/0/budgetBreakdown/0/amount/amount: rounded 15.505 to the CNY minor unit",
            "/parties/0/role: read the single 'role' as 'roles'",
            "/updated: not mapped");
  }

  @Test
  void missingRequirementsFailWithAPointer() {
    AttractJsonException noLocation =
        catchThrowableOfType(
            AttractJsonException.class,
            () -> Oc4ids.importer().importProject("{\"id\":\"a\",\"title\":\"A\"}"));
    assertThat(noLocation.getMessage())
        .isEqualTo(
            "/locations: OC4IDS project has no location that maps to an Attract region; give the"
                + " importer a default location");
    AttractJsonException noId =
        catchThrowableOfType(
            AttractJsonException.class, () -> Oc4ids.importer().importProject("{\"title\":\"A\"}"));
    assertThat(noId.pointer()).hasToString("/id");
    AttractJsonException malformed =
        catchThrowableOfType(
            AttractJsonException.class, () -> Oc4ids.importer().importProject("{\"id\":"));
    assertThat(malformed.reason()).startsWith("Malformed or oversized JSON");
    assertThatThrownBy(
            () -> Oc4ids.exporter().exportPackage(Portfolio.builder().build(), PUBLISHED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "OC4IDS project package must have at least one project, but the portfolio has none");
    assertThatThrownBy(() -> Oc4ids.exporter().withPackageUri("not a uri"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
