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
    JsonNode bySize = json.get("bySizeClass");
    assertThat(bySize.get("result").asText()).isEqualTo("breakdown");
    assertThat(bySize.get("rows")).hasSize(2);
    JsonNode large = bySize.get("rows").get(0);
    assertThat(large.get("key").asText()).isEqualTo("large");
    assertThat(large.get("label").asText()).isEqualTo("1 billion yuan or more");
    assertThat(large.get("count").asLong()).isEqualTo(1);
    assertThat(large.get("values").get("total-investment").get(0).asText())
        .isEqualTo("CNY 1200000000.00");
    assertThat(json.get("sharesOfInvestment").get("shares").get(0).get("percent").asText())
        .isEqualTo("75.95");
    JsonNode schedule = json.get("baselineSchedule");
    assertThat(schedule.get("total").get(0).asText()).isEqualTo("CNY 1580000000.00");
    assertThat(schedule.get("byYear").fieldNames()).toIterable().containsExactly("2024", "2025");
  }
}
