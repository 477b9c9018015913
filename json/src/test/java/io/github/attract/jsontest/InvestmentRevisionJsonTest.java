package io.github.attract.jsontest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.attract.json.PortfolioJson;
import io.github.attract.money.Money;
import io.github.attract.portfolio.Portfolio;
import io.github.attract.project.InvestmentRevision;
import io.github.attract.project.Project;
import io.github.attract.project.Provenance;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Revisions of total investment in the document format: their shape, pinned, and the rules. */
class InvestmentRevisionJsonTest {
  private static final InvestmentRevision UP =
      InvestmentRevision.builder()
          .date(LocalDate.of(2024, 3, 1))
          .total(Money.of("CNY", "1200000000"))
          .reason("second production line added")
          .document("SYS-FGW-2024-17")
          .provenance(Provenance.ESTIMATED)
          .build();
  private static final InvestmentRevision DOWN =
      InvestmentRevision.of(LocalDate.of(2024, 9, 15), Money.of("CNY", "1100000000"));

  private static Project revised() {
    return Samples.storageProject()
        .withTotalInvestmentRevision(UP)
        .withTotalInvestmentRevision(DOWN);
  }

  @Test
  void aRevisionHasThePinnedShape() throws Exception {
    assertThat(ModuleTest.MAPPER.writeValueAsString(UP))
        .isEqualTo(
            "{\"date\":\"2024-03-01\",\"total\":\"CNY 1200000000.00\","
                + "\"reason\":\"second production line added\",\"document\":\"SYS-FGW-2024-17\","
                + "\"provenance\":\"estimated\"}");
    assertThat(ModuleTest.MAPPER.writeValueAsString(DOWN))
        .isEqualTo("{\"date\":\"2024-09-15\",\"total\":\"CNY 1100000000.00\"}");
  }

  @Test
  void revisionsAreWrittenAfterTheTotalsProvenanceAndReadBack() throws Exception {
    String json = ModuleTest.MAPPER.writeValueAsString(revised());
    assertThat(json)
        .contains(
            "\"totalInvestment\":\"CNY 1050000000.00\",\"totalInvestmentRevisions\":[{\"date\":"
                + "\"2024-03-01\"");
    assertThat(ModuleTest.MAPPER.readValue(json, Project.class)).isEqualTo(revised());
    assertThat(ModuleTest.MAPPER.readValue(json, Project.class).latestTotalInvestment())
        .contains(Money.of("CNY", "1100000000"));
  }

  @Test
  void aPortfolioWithRevisionsRoundTripsAndValidatesAgainstTheSchema() throws Exception {
    Portfolio p = Samples.portfolio().withProject(revised());
    String written = PortfolioJson.writer().write(p);
    assertThat(PortfolioJson.reader().read(written)).isEqualTo(p);
    assertThat(PortfolioJson.writer().write(PortfolioJson.reader().read(written)))
        .isEqualTo(written);
    Schemas.assertValid(Schemas.PORTFOLIO, written);
    String bad = written.replace("\"date\": \"2024-09-15\"", "\"date\": \"15.09.2024\"");
    assertThat(bad).isNotEqualTo(written);
    assertThat(Schemas.errors(Schemas.PORTFOLIO, bad)).isNotEmpty();
  }

  @Test
  void anOutOfOrderRevisionFailsWithItsPointerAndCoresMessage() {
    String json =
        "{\"id\":\"p\",\"name\":\"P\",\"location\":\"r\",\"industry\":\"i\","
            + "\"totalInvestment\":\"CNY 10\",\"totalInvestmentRevisions\":["
            + "{\"date\":\"2024-09-15\",\"total\":\"CNY 12\"},"
            + "{\"date\":\"2024-03-01\",\"total\":\"CNY 11\"}]}";
    assertThatThrownBy(() -> ModuleTest.MAPPER.readValue(json, Project.class))
        .hasMessageContaining(
            "'totalInvestmentRevisions' must be in ascending, distinct dates, but 2024-03-01"
                + " follows 2024-09-15");
  }

  @Test
  void anUnknownRevisionPropertyIsRejectedWithItsPointer() {
    String json =
        "{\"id\":\"p\",\"name\":\"P\",\"location\":\"r\",\"industry\":\"i\","
            + "\"totalInvestment\":\"CNY 10\",\"totalInvestmentRevisions\":["
            + "{\"date\":\"2024-09-15\",\"total\":\"CNY 12\",\"colour\":\"red\"}]}";
    assertThatThrownBy(() -> ModuleTest.MAPPER.readValue(json, Project.class))
        .hasMessageContaining("colour");
  }
}
