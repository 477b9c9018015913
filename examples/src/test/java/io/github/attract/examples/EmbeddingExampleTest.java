package io.github.attract.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EmbeddingExampleTest {
  @Test
  void mainPrintsTheDashboardJson() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream old = System.out;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      EmbeddingExample.main(new String[0]);
    } finally {
      System.setOut(old);
    }
    JsonNode json = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
    assertThat(json.get("bySizeClass")).hasSize(2);
    assertThat(json.get("bySizeClass").get(0).get("group").asText()).isEqualTo("large");
    assertThat(json.get("bySizeClass").get(0).get("projects").asLong()).isEqualTo(1);
    assertThat(json.get("bySizeClass").get(0).get("sharePercent").asText()).isEqualTo("75.95");
    assertThat(json.get("total").asText()).isEqualTo("CNY 1580000000.00");
    assertThat(json.get("baselineByYear").fieldNames())
        .toIterable()
        .containsExactly("2024", "2025");
  }
}
