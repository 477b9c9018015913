package io.github.attract.jsontest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonPointer;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.attract.json.AttractJsonException;
import io.github.attract.json.Oc4ids;
import io.github.attract.json.Oc4idsImport;
import io.github.attract.json.PortfolioJson;
import io.github.attract.json.PortfolioReadResult;
import io.github.attract.json.ReadWarning;
import io.github.attract.json.RejectedRecord;
import io.github.attract.portfolio.Portfolio;
import io.github.attract.project.Project;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** equals, hashCode, toString and null checks of the module's public types. */
class ValueTypesTest {
  private static final JsonPointer A = JsonPointer.compile("/projects/0");
  private static final JsonPointer B = JsonPointer.compile("/projects/1");

  @Test
  void equalsAndHashCode() {
    new EqualsTester()
        .addEqualityGroup(ReadWarning.of(A, "m"), ReadWarning.of(A, "m"))
        .addEqualityGroup(ReadWarning.of(B, "m"))
        .addEqualityGroup(ReadWarning.of(A, "n"))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(RejectedRecord.of(A, A, "r", "{}"), RejectedRecord.of(A, A, "r", "{}"))
        .addEqualityGroup(RejectedRecord.of(B, A, "r", "{}"))
        .addEqualityGroup(RejectedRecord.of(A, B, "r", "{}"))
        .addEqualityGroup(RejectedRecord.of(A, A, "s", "{}"))
        .addEqualityGroup(RejectedRecord.of(A, A, "r", "[]"))
        .testEquals();
    Portfolio empty = Portfolio.builder().build();
    RejectedRecord r = RejectedRecord.of(A, A, "r", "{}");
    new EqualsTester()
        .addEqualityGroup(
            PortfolioReadResult.of(empty, List.of(r), List.of(), 1),
            PortfolioReadResult.of(empty, List.of(r), List.of(), 1))
        .addEqualityGroup(PortfolioReadResult.of(empty, List.of(), List.of(), 0))
        .addEqualityGroup(
            PortfolioReadResult.of(empty, List.of(r), List.of(ReadWarning.of(A, "w")), 1))
        .testEquals();
    Project p = Samples.leadProject();
    new EqualsTester()
        .addEqualityGroup(
            Oc4idsImport.of(p, List.of(), List.of()), Oc4idsImport.of(p, List.of(), List.of()))
        .addEqualityGroup(Oc4idsImport.of(Samples.anodeProject(), List.of(), List.of()))
        .addEqualityGroup(Oc4idsImport.of(p, List.of(), List.of(ReadWarning.of(A, "n"))))
        .testEquals();
  }

  @Test
  void readableTexts() {
    assertThat(ReadWarning.of(A, "m")).hasToString("/projects/0: m");
    assertThat(RejectedRecord.of(A, B, "r", "{}")).hasToString("/projects/1: r");
    assertThat(Oc4idsImport.of(Samples.leadProject(), List.of(), List.of()))
        .hasToString("Oc4idsImport[lead-usd-1, 0 investor(s), 0 note(s)]");
    assertThat(PortfolioJson.writer()).hasToString("PortfolioWriter[pretty]");
    assertThat(PortfolioJson.writer().withPrettyPrint(false).isPrettyPrint()).isFalse();
  }

  @Test
  void resultsMustAccountForEveryRecord() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> PortfolioReadResult.of(Portfolio.builder().build(), List.of(), List.of(), 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Portfolio read result must account for every record, but 0 accepted + 0 rejected != 3"
                + " read");
  }

  @Test
  void nullsAreRejected() throws Exception {
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(JsonPointer.class, A)
            .setDefault(Portfolio.class, Portfolio.builder().build())
            .setDefault(Project.class, Samples.leadProject())
            .setDefault(
                io.github.attract.project.Violation.class,
                io.github.attract.project.Violation.of(
                    io.github.attract.project.Violation.Rule.INVALID_VALUE, "project", "p", "m"))
            .setDefault(ZoneOffset.class, ZoneOffset.UTC)
            .setDefault(String.class, "x")
            .setDefault(io.github.attract.project.ProjectId.class, Samples.STORAGE_PROJECT)
            .setDefault(io.github.attract.taxonomy.RegionId.class, Samples.SYS)
            .setDefault(io.github.attract.taxonomy.IndustryId.class, Samples.ENERGY)
            .setDefault(
                java.time.OffsetDateTime.class,
                java.time.OffsetDateTime.parse("2023-01-01T00:00:00Z"));
    tester.testAllPublicStaticMethods(ReadWarning.class);
    tester.testAllPublicStaticMethods(RejectedRecord.class);
    tester.testAllPublicStaticMethods(io.github.attract.json.RecordProblem.class);
    tester.testAllPublicStaticMethods(Oc4idsImport.class);
    tester.testAllPublicStaticMethods(Oc4ids.class);
    tester.testAllPublicInstanceMethods(PortfolioJson.reader());
    tester.testAllPublicInstanceMethods(PortfolioJson.writer());
    tester.testAllPublicInstanceMethods(Oc4ids.exporter());
    tester.testAllPublicInstanceMethods(Oc4ids.importer());
    assertThat(new AttractJsonException[0]).isEmpty();
  }
}
