package io.github.attract.jsontest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.attract.json.AttractJsonException;
import io.github.attract.json.PortfolioJson;
import io.github.attract.json.PortfolioReadResult;
import io.github.attract.json.ReadWarning;
import io.github.attract.json.RejectedRecord;
import io.github.attract.project.ProjectId;
import org.junit.jupiter.api.Test;

/** Lenient reading keeps the good records and accounts for every bad one. */
class LenientReaderTest {
  private static String golden(String from, String to) {
    return StrictReaderTest.golden(from, to);
  }

  @Test
  void aCleanDocumentReadsCompletely() throws AttractJsonException {
    PortfolioReadResult r = PortfolioJson.reader().readLenient(StrictReaderTest.GOLDEN);
    assertThat(r.portfolio()).isEqualTo(Samples.portfolio());
    assertThat(r.isClean()).isTrue();
    assertThat(r.recordsRead()).isEqualTo(22);
    assertThat(r.acceptedCount()).isEqualTo(22);
    assertThat(r)
        .hasToString("PortfolioReadResult[read 22, accepted 22, rejected 0, 0 warning(s)]");
  }

  @Test
  void badRecordsAreRejectedWithPointerReasonAndJson() throws AttractJsonException {
    String json =
        golden("\"investment\": \"CNY 600000000.00\"", "\"investment\": 600000000")
            .replace(
                "\"product\": \"graphite anode material\",",
                "\"product\": \"graphite anode material\", \"colour\": \"grey\",");
    PortfolioReadResult r = PortfolioJson.reader().readLenient(json);
    assertThat(r.recordsRead()).isEqualTo(22);
    assertThat(r.acceptedCount() + r.rejected().size()).isEqualTo(22);
    RejectedRecord first = r.rejected().get(0);
    assertThat(first.recordPointer()).hasToString("/projects/0");
    assertThat(first.problemPointer()).hasToString("/projects/0/phases/0/investment");
    assertThat(first.reason()).startsWith("Money must be a text such as");
    assertThat(first.rawJson())
        .startsWith("{\"id\":\"sys-fengfan-storage\",")
        .contains("600000000");
    assertThat(r.portfolio().project(Samples.STORAGE_PROJECT)).isEmpty();
    assertThat(r.portfolio().project(Samples.ANODE_PROJECT)).isPresent();
    assertThat(r.warnings())
        .containsExactly(
            ReadWarning.of(
                com.fasterxml.jackson.core.JsonPointer.compile("/projects/1/capacities/0/colour"),
                "Ignored the unknown property 'colour'"));
  }

  @Test
  void rejectionsCascadeThroughReferences() throws AttractJsonException {
    // The investor 'fengfan' loses its origin region, so it is rejected, and with it the project
    // that names it as investor.
    String json = golden("\"origin\": \"cn-bj\"", "\"origin\": \"cn-xx\"");
    PortfolioReadResult r = PortfolioJson.reader().readLenient(json);
    assertThat(r.rejected())
        .extracting(RejectedRecord::recordPointer)
        .extracting(Object::toString)
        .containsExactly("/investors/1", "/projects/0");
    assertThat(r.rejected().get(0).reason())
        .isEqualTo(
            "unresolved-reference investor fengfan: 'origin' 'cn-xx' is not a region of the"
                + " portfolio");
    assertThat(r.rejected().get(1).reason())
        .isEqualTo(
            "unresolved-reference project sys-fengfan-storage: 'investors' 'fengfan' is not an"
                + " investor of the portfolio");
    assertThat(r.acceptedCount()).isEqualTo(20);
    assertThat(r.recordsRead()).isEqualTo(22);
  }

  @Test
  void regionsAndIndustriesAreCheckedAsTrees() throws AttractJsonException {
    String json =
        golden("\"parent\": \"cn-hl\"", "\"parent\": \"cn-xx\"")
            .replace("\"parent\": \"energy\"", "\"parent\": \"coal\"");
    PortfolioReadResult r = PortfolioJson.reader().readLenient(json);
    assertThat(r.rejected())
        .extracting(RejectedRecord::toString)
        .contains(
            "/industryTaxonomy/industries/1: Industry 'energy-storage' has the parent 'coal', which"
                + " is not an accepted industry",
            "/regions/3: Region 'cn-hl-sys' has the parent 'cn-xx', which is not an accepted"
                + " region");
    // every project is in the lost region, and so are the activities and figures that name them
    assertThat(r.portfolio().projects()).isEmpty();
    assertThat(r.acceptedCount() + r.rejected().size()).isEqualTo(r.recordsRead());
  }

  @Test
  void duplicateIdsKeepTheFirstRecord() throws AttractJsonException {
    PortfolioReadResult r =
        PortfolioJson.reader()
            .readLenient(golden("\"id\": \"lead-usd-1\"", "\"id\": \"sys-graphite-anode\""));
    assertThat(r.rejected()).hasSize(1);
    assertThat(r.rejected().get(0).toString())
        .isEqualTo(
            "/projects/2/id: id 'sys-graphite-anode' is already used by the record at /projects/1");
    assertThat(r.portfolio().project(ProjectId.of("sys-graphite-anode")).get().name())
        .isEqualTo("Natural graphite anode material project");
  }

  @Test
  void recordsThatAreNotObjectsAreRejectedToo() throws AttractJsonException {
    String json = "{\"formatVersion\":\"1.0\",\"projects\":[1,null,\"x\",[]],\"colour\":{\"a\":1}}";
    PortfolioReadResult r = PortfolioJson.reader().readLenient(json);
    assertThat(r.recordsRead()).isEqualTo(4);
    assertThat(r.rejected())
        .extracting(RejectedRecord::rawJson)
        .containsExactly("1", "null", "\"x\"", "[]");
    assertThat(r.rejected().get(1).reason()).isEqualTo("Project must be an object, but was null");
    assertThat(r.warnings())
        .extracting(ReadWarning::toString)
        .containsExactly("/colour: Ignored the unknown property 'colour'");
  }

  @Test
  void documentLevelProblemsStillThrow() {
    AttractJsonException e =
        catchThrowableOfType(
            AttractJsonException.class,
            () ->
                PortfolioJson.reader().readLenient("{\"formatVersion\":\"1.0\",\"projects\":{}}"));
    assertThat(e.getMessage())
        .startsWith("/projects: 'projects' must be an array, but was an object");
    AttractJsonException version =
        catchThrowableOfType(
            AttractJsonException.class,
            () -> PortfolioJson.reader().readLenient("{\"formatVersion\":\"3.1\"}"));
    assertThat(version.pointer()).hasToString("/formatVersion");
  }
}
