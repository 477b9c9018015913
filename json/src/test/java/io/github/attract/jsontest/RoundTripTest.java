package io.github.attract.jsontest;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.attract.json.AttractJsonException;
import io.github.attract.json.PortfolioJson;
import io.github.attract.json.PortfolioReadResult;
import io.github.attract.json.PortfolioWriter;
import io.github.attract.portfolio.Portfolio;
import org.junit.jupiter.api.Test;

/**
 * {@code read(write(x)) == x}, {@code write(read(json))} is stable, and every written document
 * validates against the shipped JSON Schema. Runs over seeded random portfolios (a stand-in for the
 * shared generators until they land).
 */
class RoundTripTest {
  private static final PortfolioWriter COMPACT = PortfolioJson.writer().withPrettyPrint(false);

  private static void check(Portfolio p) throws AttractJsonException {
    String pretty = PortfolioJson.writer().write(p);
    String compact = COMPACT.write(p);
    assertThat(PortfolioJson.reader().read(pretty)).isEqualTo(p);
    assertThat(PortfolioJson.reader().read(compact)).isEqualTo(p);
    PortfolioReadResult lenient = PortfolioJson.reader().readLenient(compact);
    assertThat(lenient.portfolio()).isEqualTo(p);
    assertThat(lenient.isClean()).isTrue();
    assertThat(PortfolioJson.writer().write(PortfolioJson.reader().read(pretty))).isEqualTo(pretty);
    Schemas.assertValid(Schemas.PORTFOLIO, compact);
  }

  @Test
  void samplePortfolioRoundTripsAndValidates() throws AttractJsonException {
    check(Samples.portfolio());
    check(Portfolio.builder().build());
  }

  @Test
  void randomPortfoliosRoundTripAndValidate() throws AttractJsonException {
    for (long seed = 0; seed < 60; seed++) {
      Portfolio p = new RandomPortfolios(seed).portfolio((int) (seed % 7));
      check(p);
    }
  }

  @Test
  void writeOfReadIsStableForDocumentsWrittenByHand() throws AttractJsonException {
    String byHand =
        "{\"projects\":[{\"industry\":\"energy\",\"location\":\"cn-hl-sys\",\"name\":\"P\","
            + "\"id\":\"p\",\"totalInvestment\":{\"currency\":\"CNY\",\"amount\":\"7.5\"},"
            + "\"capacities\":[{\"quantity\":{\"unit\":\"m2\",\"value\":\"1500.000\"},"
            + "\"product\":\"floor\"}],\"phases\":[]}],\"formatVersion\":\"1.3\","
            + "\"regions\":[{\"id\":\"cn-hl-sys\",\"name\":\"S\",\"kind\":\"city\"}],"
            + "\"industryTaxonomy\":{\"industries\":[{\"id\":\"energy\",\"name\":\"E\"}],"
            + "\"scheme\":\"s\"}}";
    String once = PortfolioJson.writer().write(PortfolioJson.reader().read(byHand));
    String twice = PortfolioJson.writer().write(PortfolioJson.reader().read(once));
    assertThat(twice).isEqualTo(once);
    assertThat(once)
        .contains("\"totalInvestment\": \"CNY 7.50\"")
        .contains("\"value\": \"1500\"")
        .contains("\"unit\": \"m²\"")
        .startsWith("{\n  \"formatVersion\": \"1.0\",");
    Schemas.assertValid(Schemas.PORTFOLIO, once);
  }

  @Test
  void theSchemaIsARealCheck() {
    String bad = StrictReaderTest.golden("\"CNY 1050000000.00\"", "1050000000");
    assertThat(Schemas.errors(Schemas.PORTFOLIO, bad)).isNotEmpty();
    String badText = StrictReaderTest.golden("\"CNY 1050000000.00\"", "\"CNY 1.05e9\"");
    assertThat(Schemas.errors(Schemas.PORTFOLIO, badText)).isNotEmpty();
    String badObject =
        StrictReaderTest.objects("\"amount\": \"1050000000.00\"", "\"amount\": 1050000000");
    assertThat(Schemas.errors(Schemas.PORTFOLIO, badObject)).isNotEmpty();
    assertThat(Schemas.errors(Schemas.PORTFOLIO, StrictReaderTest.OBJECTS)).isEmpty();
    String unknown = StrictReaderTest.golden("\"jobs\": 300", "\"jobs\": 300, \"x\": 1");
    assertThat(Schemas.errors(Schemas.PORTFOLIO, unknown)).isNotEmpty();
    assertThat(PortfolioJson.schema())
        .contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\"");
  }
}
