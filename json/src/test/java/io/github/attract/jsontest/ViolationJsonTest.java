package io.github.attract.jsontest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.attract.json.AttractModule;
import io.github.attract.json.PortfolioJson;
import io.github.attract.json.PortfolioReadResult;
import io.github.attract.json.RejectedRecord;
import io.github.attract.project.Violation;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Violations and what a lenient read found are written with severity and path, as pinned here. */
class ViolationJsonTest {
  private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new AttractModule());

  private static final Violation OVERRUN =
      Violation.of(
          Violation.Rule.COST_OVERRUN,
          Violation.Severity.WARNING,
          "project",
          "p1",
          "progressReports[2023-05].completedInvestment",
          "over the total");

  /** A schema whose root is one of the portfolio schema's definitions. */
  private static Schema definition(String name) throws IOException {
    ObjectNode schema = (ObjectNode) MAPPER.readTree(PortfolioJson.schema());
    schema.remove(java.util.List.of("properties", "required", "type", "additionalProperties"));
    schema.put("$id", "https://attract.github.io/schema/test-" + name + ".schema.json");
    schema.put("$ref", "#/$defs/" + name);
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(MAPPER.writeValueAsString(schema), InputFormat.JSON);
  }

  private static void assertValid(String definition, String json) throws IOException {
    assertThat(definition(definition).validate(json, InputFormat.JSON))
        .as("%s against %s", json, definition)
        .isEmpty();
  }

  @Test
  void aViolationCarriesSeverityAndPath() throws IOException {
    String json = MAPPER.writeValueAsString(OVERRUN);
    assertThat(json)
        .isEqualTo(
            "{\"rule\":\"cost-overrun\",\"severity\":\"warning\",\"subjectKind\":\"project\","
                + "\"subjectId\":\"p1\",\"path\":\"progressReports[2023-05].completedInvestment\","
                + "\"message\":\"over the total\"}");
    assertThat(MAPPER.readValue(json, Violation.class)).isEqualTo(OVERRUN);
    assertValid("violation", json);
    Violation whole = Violation.of(Violation.Rule.DUPLICATE_ID, "project", "p1", "repeats");
    String wholeJson = MAPPER.writeValueAsString(whole);
    assertThat(wholeJson)
        .isEqualTo(
            "{\"rule\":\"duplicate-id\",\"severity\":\"error\",\"subjectKind\":\"project\","
                + "\"subjectId\":\"p1\",\"message\":\"repeats\"}");
    assertValid("violation", wholeJson);
  }

  @Test
  void aViolationWithoutSeverityIsAnError() throws IOException {
    // as written before severities existed
    String old =
        "{\"rule\":\"invalid-value\",\"subjectKind\":\"project\",\"subjectId\":\"p1\","
            + "\"path\":\"name\",\"message\":\"blank\"}";
    Violation v = MAPPER.readValue(old, Violation.class);
    assertThat(v.severity()).isEqualTo(Violation.Severity.ERROR);
    assertThat(v.path()).contains("name");
    assertThatThrownBy(
            () ->
                MAPPER.readValue(
                    "{\"rule\":\"cost-overrun\",\"severity\":\"warning\",\"subjectKind\":"
                        + "\"project\",\"subjectId\":\"p1\",\"message\":\"m\"}",
                    Violation.class))
        .hasMessageContaining("must have a 'path' to be a warning");
    assertThatThrownBy(
            () ->
                MAPPER.readValue(
                    "{\"rule\":\"cost-overrun\",\"severity\":\"fatal\",\"subjectKind\":"
                        + "\"project\",\"subjectId\":\"p1\",\"path\":\"p\",\"message\":\"m\"}",
                    Violation.class))
        .hasMessageContaining("Unknown violation severity 'fatal'");
  }

  @Test
  void aRejectedProjectIsWrittenWithEveryProblemAsPinned() throws IOException {
    PortfolioReadResult r =
        PortfolioJson.reader()
            .readLenient(
                LenientViolationsTest.document(
                    LenientViolationsTest.FAULTY, LenientViolationsTest.OVERRUN));
    RejectedRecord bad = r.rejected().get(0);
    String json = MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(bad);
    assertThat(json + "\n").isEqualTo(GoldenTest.resource("violations/rejected-project.json"));
    assertValid("rejectedRecord", json);
    String warning = MAPPER.writeValueAsString(r.warnings().get(0));
    assertThat(warning)
        .isEqualTo(
            "{\"pointer\":\"/projects/1/progressReports/1/completedInvestment\","
                + "\"severity\":\"warning\",\"rule\":\"cost-overrun\","
                + "\"path\":\"progressReports[2023-05].completedInvestment\",\"message\":"
                + "\"Project 'over' 'progressReports[2023-05].completedInvestment' CNY 120.00"
                + " exceeds 'totalInvestment' CNY 100.00 (cost overrun)\"}");
    assertValid("readWarning", warning);
  }
}
