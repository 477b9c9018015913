package io.github.attract.jsontest;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.attract.json.PortfolioJson;
import io.github.attract.portfolio.Portfolio;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** Golden files pin the format: a hand-built portfolio must write exactly these texts. */
class GoldenTest {
  static String resource(String name) throws IOException {
    try (InputStream in =
        Objects.requireNonNull(GoldenTest.class.getResourceAsStream("/golden/" + name), name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void prettyOutputIsPinned() throws IOException {
    assertThat(PortfolioJson.writer().write(Samples.portfolio()))
        .isEqualTo(resource("portfolio-1.0.json"));
  }

  @Test
  void compactOutputIsPinned() throws IOException {
    assertThat(PortfolioJson.writer().withPrettyPrint(false).write(Samples.portfolio()))
        .isEqualTo(resource("portfolio-1.0.min.json").strip());
  }

  @Test
  void goldenFileReadsBackToTheSamePortfolio() throws IOException {
    Portfolio read = PortfolioJson.reader().read(resource("portfolio-1.0.json"));
    assertThat(read).isEqualTo(Samples.portfolio());
  }

  @Test
  void moneyAsObjectsAndWrittenDefaultsReadToTheSamePortfolio() throws IOException {
    String objects = resource("portfolio-1.0-money-objects.json");
    assertThat(objects)
        .contains("\"totalInvestment\": {\n        \"amount\": \"1050000000.00\",")
        .contains("\"provenance\": \"reported\"");
    assertThat(PortfolioJson.reader().read(objects)).isEqualTo(Samples.portfolio());
  }

  @Test
  void moneyIsWrittenAsTextAndDefaultProvenanceIsLeftOut() throws IOException {
    String written = PortfolioJson.writer().write(Samples.portfolio());
    assertThat(written)
        .contains("\"totalInvestment\": \"CNY 1050000000.00\"")
        .contains("\"amount\": \"CNY 60000000000.00\"")
        .doesNotContain("\"amount\": {")
        .doesNotContain("\"amount\": \"1")
        .doesNotContain("\"provenance\": \"reported\"")
        .doesNotContain("\"totalInvestmentProvenance\": \"reported\"");
  }

  @Test
  void emptyPortfolioWritesEverySection() throws IOException {
    assertThat(PortfolioJson.writer().withPrettyPrint(false).write(Portfolio.builder().build()))
        .isEqualTo(
            "{\"formatVersion\":\"1.0\",\"industryTaxonomy\":{\"scheme\":\"none\"},"
                + "\"regions\":[],\"chains\":[],\"focusAreas\":[],\"investors\":[],"
                + "\"projects\":[],\"activities\":[],\"signings\":[],\"targets\":[],"
                + "\"reportedFigures\":[]}");
    assertThat(
            PortfolioJson.reader().read(PortfolioJson.writer().write(Portfolio.builder().build())))
        .isEqualTo(Portfolio.builder().build());
  }
}
