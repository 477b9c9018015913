package io.github.attract.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultsWriterTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One result as JMH writes it with {@code -rf json}. */
  private static ObjectNode result(
      String method, int size, Object score, Object error, String unit) {
    ObjectNode r = JSON.createObjectNode();
    r.put("jmhVersion", "1.37");
    r.put("benchmark", "io.github.attract.benchmarks." + method);
    r.put("mode", "avgt");
    r.put("forks", 1);
    r.putArray("jvmArgs").add("-Xms1g").add("-Xmx1g");
    r.put("jdkVersion", "17.0.15");
    r.put("vmName", "OpenJDK 64-Bit Server VM");
    r.put("warmupIterations", 3);
    r.put("warmupTime", "1 s");
    r.put("measurementIterations", 5);
    r.put("measurementTime", "1 s");
    r.putObject("params").put("size", Integer.toString(size));
    ObjectNode m = r.putObject("primaryMetric");
    m.set("score", JSON.valueToTree(score));
    m.set("scoreError", JSON.valueToTree(error));
    m.put("scoreUnit", unit);
    return r;
  }

  private static JsonNode memory(double ratio) {
    ObjectNode root = JSON.createObjectNode();
    root.put("vm", "# VM mode: 64 bits\n# Compressed references (oops): 3-bit shift\n");
    ObjectNode r = root.putArray("results").addObject();
    r.put("size", 100_000);
    r.put("attractObjectsBytesPerProject", 1100.0);
    r.put("attractBytesPerProject", 1200.0 * ratio);
    r.put("pojoBytesPerProject", 1200.0);
    r.put("ratio", ratio);
    return root;
  }

  @Test
  void writesScoresRatiosAndTargetsOfTheSameRun() {
    ArrayNode run = JSON.createArrayNode();
    run.add(result("BreakdownBenchmark.attractSequential", 1_000_000, 5.0, 0.5, "ms/op"));
    run.add(result("BreakdownBenchmark.attractParallel", 1_000_000, 2.5, 0.2, "ms/op"));
    run.add(result("BreakdownBenchmark.handLoopColumns", 1_000_000, 4000.0, 100.0, "us/op"));
    run.add(result("BreakdownBenchmark.streamsBigDecimal", 1_000_000, 0.2, 0.01, "s/op"));
    run.add(result("BreakdownBenchmark.duckDb", 1_000_000, 10.0, 1.0, "ms/op"));
    run.add(result("BreakdownBenchmark.duckDb", 10_000, 900.0, "NaN", "us/op"));
    ResultsWriter w = ResultsWriter.create();
    w.read(run);

    String md = w.render("cores: 2", Optional.of(memory(1.25)));

    assertThat(md)
        .contains("| variant | 10 k | 1 M |")
        .contains("| (a) Attract API, sequential | not run | 5.00 ± 0.500 ms |")
        .contains("| (c) Streams groupingBy + BigDecimal | not run | 200 ± 10.0 ms |")
        .contains("| (e) DuckDB GROUP BY | 900 ± NaN µs | 10.0 ± 1.00 ms |")
        .contains("| (e) DuckDB GROUP BY | — | 0.500× |")
        .contains("| breakdown faster than DuckDB at 1 M (÷ DuckDB) | 0.500× | yes |")
        .contains(
            "| breakdown within 2× of the hand loop over primitive columns at 1 M (÷ columns) |"
                + " 1.25× | yes |")
        .contains(
            "| breakdown at least 20× faster than Streams + BigDecimal at 1 M (÷ Streams) | 40.0× |"
                + " yes |")
        .contains(
            "| parallel speed-up at least 1.7× at 1 M (sequential ÷ parallel) | 2.00× | yes |")
        .contains("| breakdown faster than DuckDB at 10 k (÷ DuckDB) | not measured |")
        .contains("| 100 k | 1100.0 B | 1500.0 B | 1200.0 B | 1.25 |")
        .contains("| memory at most 1.2× the plain objects (index included) | 1.25× | **no** |")
        .contains("JOL: Compressed references (oops): 3-bit shift.")
        .contains("- JVM flags: `-Xms1g -Xmx1g`")
        .contains("```\ncores: 2\n```");
  }

  @Test
  void saysSoWhenAttractWasNotMeasured() {
    ArrayNode run = JSON.createArrayNode();
    run.add(result("BreakdownBenchmark.handLoopObjects", 10_000, 70.0, 3.0, "us/op"));
    ResultsWriter w = ResultsWriter.create();
    w.read(run);

    String md = w.render("m", Optional.empty());

    assertThat(md)
        .contains("The Attract breakdown was not measured in this run, so there are no ratios.")
        .contains("| (b) hand loop over objects, long sums | 70.0 ± 3.00 µs |")
        .contains("## Memory: retained bytes per project (JOL `GraphLayout`)\n\nNot measured")
        .contains(
            "| memory at most 1.2× the plain objects (index included) | not measured | unknown:"
                + " not measured in this run |");
  }

  @Test
  void mainWritesTheFile(@TempDir Path dir) throws IOException {
    ArrayNode run = JSON.createArrayNode();
    run.add(result("BreakdownBenchmark.handLoopColumns", 10_000, 20.0, 1.0, "us/op"));
    Path jmh = dir.resolve("jmh.json");
    Path machine = dir.resolve("machine.txt");
    Path out = dir.resolve("RESULTS.md");
    JSON.writeValue(jmh.toFile(), run);
    Files.writeString(machine, "cores: 2\n", StandardCharsets.UTF_8);

    ResultsWriter.main(new String[] {out.toString(), machine.toString(), "-", jmh.toString()});

    assertThat(Files.readString(out, StandardCharsets.UTF_8))
        .startsWith("# Attract benchmark results")
        .contains("| (b) hand loop over primitive columns (the limit) | 20.0 ± 1.00 µs |");
  }

  @Test
  void rejectsAScoreThatIsNotATimePerOperation() {
    ArrayNode run = JSON.createArrayNode();
    run.add(result("BreakdownBenchmark.h2", 10, 1.0, 0.0, "ops/s"));
    ResultsWriter w = ResultsWriter.create();
    assertThatThrownBy(() -> w.read(run))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("JMH result 'scoreUnit' must be a time per operation, but was 'ops/s'");
  }

  @Test
  void formatsSizesAndNumbers() {
    assertThat(ResultsWriter.sizeLabel(10_000)).isEqualTo("10 k");
    assertThat(ResultsWriter.sizeLabel(1_000_000)).isEqualTo("1 M");
    assertThat(ResultsWriter.sizeLabel(2_500)).isEqualTo("2500");
    assertThat(ResultsWriter.sig(0.01234)).isEqualTo("0.012");
    assertThat(ResultsWriter.sig(123.4)).isEqualTo("123");
    assertThat(ResultsWriter.formatRatio(1.7)).isEqualTo("1.70×");
  }
}
