package io.github.attract.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Runs every JSON benchmark method once at a tiny size, after the set-up JMH runs. */
class JsonBenchmarkTest {
  private static final int TINY = 500;
  private final JsonBenchmark benchmark = new JsonBenchmark();

  @Test
  void attractJsonWritesAndReadsBackTheSamePortfolio() throws IOException {
    JsonBenchmark.AttractData s = new JsonBenchmark.AttractData();
    s.size = TINY;
    s.setUp();

    assertThat(benchmark.attractJsonWrite(s)).isEqualTo(s.json.length);
    assertThat(benchmark.attractJsonRead(s)).isEqualTo(s.portfolio);
  }

  @Test
  void plainJacksonWritesAndReadsBackTheSameProjects() throws IOException {
    JsonBenchmark.JacksonData s = new JsonBenchmark.JacksonData();
    s.size = TINY;
    s.setUp();

    assertThat(benchmark.jacksonWrite(s)).isEqualTo(s.json.length);
    PojoProject[] back = benchmark.jacksonRead(s);
    assertThat(back).hasSize(TINY);
    assertThat(HandLoops.overObjects(back, SyntheticPortfolio.level1Table()))
        .isEqualTo(Oracle.of(PortfolioGenerator.generate(TINY, PortfolioGenerator.DEFAULT_SEED)));
    String text = new String(s.json, StandardCharsets.UTF_8);
    assertThat(text)
        .startsWith("[{\"id\":\"P0000001\",\"name\":")
        .contains("\"month\":\"20")
        .doesNotContain("Fen");
  }
}
