package io.github.attract.jsontest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.attract.json.AttractJsonException;
import io.github.attract.json.Oc4ids;
import io.github.attract.json.Oc4idsImport;
import io.github.attract.json.ReadWarning;
import io.github.attract.money.Money;
import io.github.attract.portfolio.Portfolio;
import io.github.attract.project.InvestmentRevision;
import io.github.attract.project.Project;
import io.github.attract.project.Provenance;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * OC4IDS has no dated amendment of a project's budget: {@code budget.amount} is the original total
 * and the revisions travel in the {@code attract} extension, from which the importer reads them.
 */
class Oc4idsRevisionsTest {
  private static final ObjectMapper TREES = new ObjectMapper();
  private static final InvestmentRevision UP =
      InvestmentRevision.builder()
          .date(LocalDate.of(2024, 3, 1))
          .total(Money.of("CNY", "1200000000"))
          .reason("second production line added")
          .document("SYS-FGW-2024-17")
          .provenance(Provenance.ESTIMATED)
          .build();
  private static final InvestmentRevision DOWN =
      InvestmentRevision.of(LocalDate.of(2024, 9, 15), Money.of("CNY", "1100000000.50"));

  private static Portfolio revised() {
    return Samples.portfolio()
        .withProject(
            Samples.storageProject()
                .withTotalInvestmentRevision(UP)
                .withTotalInvestmentRevision(DOWN));
  }

  private static String export() {
    return Oc4ids.exporter().exportProject(revised(), Samples.STORAGE_PROJECT);
  }

  @Test
  void revisionsAreExportedInTheExtensionAndTheBudgetIsTheOriginal() throws Exception {
    String json = export();
    Schemas.assertValid(Schemas.OC4IDS_PROJECT, json);
    JsonNode tree = TREES.readTree(json);
    assertThat(tree.at("/budget/amount/amount").decimalValue()).isEqualByComparingTo("1050000000");
    JsonNode revisions = tree.at("/attract/totalInvestmentRevisions");
    assertThat(revisions.size()).isEqualTo(2);
    JsonNode up = revisions.get(0);
    assertThat(up.path("date").asText()).isEqualTo("2024-03-01");
    assertThat(up.at("/total/amount").decimalValue()).isEqualByComparingTo("1200000000");
    assertThat(up.at("/total/currency").asText()).isEqualTo("CNY");
    assertThat(up.path("reason").asText()).isEqualTo("second production line added");
    assertThat(up.path("document").asText()).isEqualTo("SYS-FGW-2024-17");
    assertThat(up.path("provenance").asText()).isEqualTo("estimated");
    JsonNode down = revisions.get(1);
    assertThat(down.has("reason")).isFalse();
    assertThat(down.has("document")).isFalse();
    assertThat(down.path("provenance").asText()).isEqualTo("reported");
    // the exact decimal digits are written (a default tree would read them as a double)
    assertThat(json.replaceAll("\\s", "")).contains("\"amount\":1100000000.50");
  }

  @Test
  void theImporterReadsThemBackWithoutNotes() throws AttractJsonException {
    Oc4idsImport imported = Oc4ids.importer().importProject(export());
    Project back = imported.project();
    assertThat(back.totalInvestment()).contains(Money.of("CNY", "1050000000"));
    assertThat(back.totalInvestmentRevisions()).containsExactly(UP, DOWN);
    assertThat(imported.notes())
        .extracting(ReadWarning::toString)
        .noneMatch(n -> n.contains("totalInvestmentRevisions"));
  }

  @Test
  void revisionsOutOfOrderAreNotedAndLeftOut() throws Exception {
    ObjectNode tree = (ObjectNode) TREES.readTree(export());
    ArrayNode revisions = (ArrayNode) tree.at("/attract/totalInvestmentRevisions");
    JsonNode first = revisions.remove(0);
    revisions.add(first);
    Oc4idsImport imported = Oc4ids.importer().importProject(tree.toString());
    assertThat(imported.project().totalInvestmentRevisions()).isEmpty();
    assertThat(imported.project().totalInvestment()).contains(Money.of("CNY", "1050000000"));
    assertThat(imported.notes())
        .extracting(ReadWarning::toString)
        .contains(
            "/attract/totalInvestmentRevisions: not mapped: Project 'sys-fengfan-storage'"
                + " 'totalInvestmentRevisions' must be in ascending, distinct dates, but"
                + " 2024-03-01 follows 2024-09-15");
  }

  @Test
  void aRevisionWithoutATotalIsNotedAndLeftOut() throws Exception {
    ObjectNode tree = (ObjectNode) TREES.readTree(export());
    ((ObjectNode) tree.at("/attract/totalInvestmentRevisions/1")).remove("total");
    Oc4idsImport imported = Oc4ids.importer().importProject(tree.toString());
    assertThat(imported.project().totalInvestmentRevisions()).containsExactly(UP);
    assertThat(imported.notes())
        .extracting(ReadWarning::toString)
        .contains(
            "/attract/totalInvestmentRevisions/1: not mapped: a revision needs a 'date' and a"
                + " 'total'");
  }
}
