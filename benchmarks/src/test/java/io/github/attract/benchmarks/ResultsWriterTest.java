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
    r.put("attractBytesPerProject", 1150.0);
    r.put("pojoBytesPerProject", 1200.0);
    r.put("ratio", 1150.0 / 1200.0);
    ObjectNode after = r.putObject("attractBytesPerProjectAfterQuestions");
    after.put("1", 1150.0);
    after.put("16", 1200.0 * ratio);
    after.put("48", 1200.0 * ratio);
    r.put("ratioAfter48Questions", ratio);
    return root;
  }

  private static ObjectNode threads(ObjectNode result, int threads) {
    ((ObjectNode) result.path("params")).put("threads", Integer.toString(threads));
    return result;
  }

  @Test
  void writesScoresRatiosAndTargetsOfTheSameRun() {
    ArrayNode run = JSON.createArrayNode();
    run.add(result("FreshQuestionBenchmark.attractSequential", 1_000_000, 20.0, 0.5, "ms/op"));
    run.add(result("FreshQuestionBenchmark.attractParallel", 1_000_000, 10.0, 0.2, "ms/op"));
    run.add(threads(result("FreshQuestionBenchmark.duckDb", 1_000_000, 400.0, 10.0, "ms/op"), 1));
    run.add(threads(result("FreshQuestionBenchmark.duckDb", 1_000_000, 5.0, 1.0, "ms/op"), 2));
    run.add(threads(result("FreshQuestionBenchmark.duckDb", 10_000, 900.0, "NaN", "us/op"), 1));
    run.add(result("FreshQuestionBenchmark.handLoopObjects", 1_000_000, 0.2, 0.01, "s/op"));
    run.add(
        result(
            "FreshQuestionBenchmark.handLoopHistoryColumns", 1_000_000, 16000.0, 100.0, "us/op"));
    run.add(result("RepeatedQuestionBenchmark.attractSequential", 10_000, 30.0, 1.0, "us/op"));
    run.add(result("RepeatedQuestionBenchmark.handLoopMaterialised", 10_000, 10.0, 1.0, "us/op"));
    run.add(result("LoadBenchmark.attractIndexAndFirstQuestion", 1_000_000, 2.0, 0.1, "s/op"));
    run.add(threads(result("LoadBenchmark.duckDbLoad", 1_000_000, 4.0, 0.2, "s/op"), 2));
    ResultsWriter w = ResultsWriter.create();
    w.read(run);

    String md = w.render("cores: 2", Optional.of(memory(1.30)));

    assertThat(md)
        .contains("| variant | 10 k | 1 M |")
        .contains("| Attract API, sequential | not run | 20.0 ± 0.500 ms |")
        .contains("| DuckDB, threads=1 | 900 ± NaN µs | 400 ± 10.0 ms |")
        .contains("| DuckDB, threads=1 | — | 0.050× |")
        .contains(
            "| new question: Attract sequential faster than DuckDB threads=1 at 1 M (÷ DuckDB) |"
                + " 0.050× | yes |")
        .contains(
            "| new question: Attract parallel faster than DuckDB threads=2 at 1 M (÷ DuckDB) |"
                + " 2.00× | **no** |")
        .contains(
            "| new question: at least 3× faster than the hand loop over objects at 1 M (÷ hand"
                + " loop ÷ Attract) | 10.0× | yes |")
        .contains(
            "| new question: sequential within 2× of the hand loop over history columns at 1 M"
                + " (÷ Attract ÷ loop) | 1.25× | yes |")
        .contains(
            "| repeated question within 2× of the loop over materialised columns at 10 k (÷"
                + " Attract ÷ loop) | 3.00× | **no** |")
        .contains(
            "| new question: parallel speed-up at least 1.6× at 1 M (sequential ÷ parallel) |"
                + " 2.00× | yes |")
        .contains("(Attract ÷ DuckDB) | 0.500× | yes |")
        .contains("| 100 k | 1100.0 B | 1150.0 B | 1560.0 B | 1560.0 B | 1200.0 B | 1.30 |")
        .contains(
            "| memory at most 1.25× the plain objects after 48 distinct questions | 1.30× |"
                + " **no** |")
        .contains("JOL: Compressed references (oops): 3-bit shift.")
        .contains("- JVM flags: `-Xms1g -Xmx1g`")
        .contains("```\ncores: 2\n```");
  }

  @Test
  void saysSoWhenAttractWasNotMeasured() {
    ArrayNode run = JSON.createArrayNode();
    run.add(result("FreshQuestionBenchmark.handLoopObjects", 10_000, 70.0, 3.0, "us/op"));
    ResultsWriter w = ResultsWriter.create();
    w.read(run);

    String md = w.render("m", Optional.empty());

    assertThat(md)
        .contains("Attract was not measured in this regime, so there are no ratios.")
        .contains("| hand loop over objects, long sums | 70.0 ± 3.00 µs |")
        .contains("## Memory: retained bytes per project (JOL `GraphLayout`)\n\nNot measured")
        .contains(
            "| memory at most 1.25× the plain objects after 48 distinct questions | not measured |"
                + " unknown: not measured in this run |");
  }

  @Test
  void mainWritesTheFile(@TempDir Path dir) throws IOException {
    ArrayNode run = JSON.createArrayNode();
    run.add(result("FreshQuestionBenchmark.handLoopHistoryColumns", 10_000, 20.0, 1.0, "us/op"));
    Path jmh = dir.resolve("jmh.json");
    Path machine = dir.resolve("machine.txt");
    Path out = dir.resolve("RESULTS.md");
    JSON.writeValue(jmh.toFile(), run);
    Files.writeString(machine, "cores: 2\n", StandardCharsets.UTF_8);

    ResultsWriter.main(new String[] {out.toString(), machine.toString(), "-", jmh.toString()});

    assertThat(Files.readString(out, StandardCharsets.UTF_8))
        .startsWith("# Attract benchmark results")
        .contains("| hand loop over primitive history columns | 20.0 ± 1.00 µs |");
  }

  @Test
  void rejectsAScoreThatIsNotATimePerOperation() {
    ArrayNode run = JSON.createArrayNode();
    run.add(result("FreshQuestionBenchmark.h2", 10, 1.0, 0.0, "ops/s"));
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
