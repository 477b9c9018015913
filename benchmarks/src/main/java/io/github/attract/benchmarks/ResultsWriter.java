package io.github.attract.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.DoublePredicate;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

/**
 * Writes {@code RESULTS.md} from one run: the machine, the JVM and JMH settings, every score with
 * its error per size, the ratio of Attract to each peer from the same run, the memory per project,
 * and whether each target of issue 7 is met. A missing variant is reported as missing, never
 * guessed.
 *
 * <pre>{@code
 * java -cp benchmarks.jar io.github.attract.benchmarks.ResultsWriter \
 *     RESULTS.md machine.txt memory.json jmh-10k.json jmh-100k.json jmh-1m.json
 * }</pre>
 *
 * <p>Arguments: the output file, a text file describing the machine (written by {@code run.sh}),
 * the memory JSON of {@link MemoryFootprint} (or {@code -} if none), then JMH JSON result files.
 */
public final class ResultsWriter {
  /** The breakdown variants, in table order, with their labels. */
  static final Map<String, String> BREAKDOWN = new LinkedHashMap<>();

  /** The projection variants. */
  static final Map<String, String> PROJECTION = new LinkedHashMap<>();

  /** The JSON variants. */
  static final Map<String, String> JSON = new LinkedHashMap<>();

  static {
    BREAKDOWN.put("BreakdownBenchmark.attractSequential", "(a) Attract API, sequential");
    BREAKDOWN.put("BreakdownBenchmark.attractParallel", "(a) Attract API, parallel");
    BREAKDOWN.put(
        "FirstQueryBenchmark.attractFirstQuery",
        "(a) Attract API, first query on a fresh portfolio (builds the index; single shot)");
    BREAKDOWN.put("BreakdownBenchmark.handLoopObjects", "(b) hand loop over objects, long sums");
    BREAKDOWN.put(
        "BreakdownBenchmark.handLoopColumns", "(b) hand loop over primitive columns (the limit)");
    BREAKDOWN.put("BreakdownBenchmark.streamsBigDecimal", "(c) Streams groupingBy + BigDecimal");
    BREAKDOWN.put("BreakdownBenchmark.h2", "(d) H2 in-memory GROUP BY");
    BREAKDOWN.put("BreakdownBenchmark.duckDb", "(e) DuckDB GROUP BY");
    PROJECTION.put("ProjectionBenchmark.attractSchedule", "Attract baseline schedule by year");
    JSON.put("JsonBenchmark.attractJsonWrite", "attract-json, write");
    JSON.put("JsonBenchmark.jacksonWrite", "plain Jackson data binding, write");
    JSON.put("JsonBenchmark.attractJsonRead", "attract-json, read");
    JSON.put("JsonBenchmark.jacksonRead", "plain Jackson data binding, read");
  }

  private static final String SEQ = "BreakdownBenchmark.attractSequential";
  private static final String PAR = "BreakdownBenchmark.attractParallel";

  private final List<Score> scores = new ArrayList<>();
  private final Set<String> jvmArgs = new LinkedHashSet<>();
  private final Set<String> settings = new LinkedHashSet<>();

  /** One JMH result: benchmark (class.method), size, score and error in microseconds. */
  record Score(String benchmark, int size, double micros, double errorMicros) {}

  private ResultsWriter() {}

  /**
   * Returns an empty writer, to {@link #read} results into.
   *
   * @return the writer
   */
  static ResultsWriter create() {
    return new ResultsWriter();
  }

  /**
   * Writes the results file.
   *
   * @param args output, machine description, memory JSON or {@code -}, JMH JSON files
   * @throws IOException if a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 4) {
      throw new IllegalArgumentException(
          "Usage: ResultsWriter <RESULTS.md> <machine.txt> <memory.json|-> <jmh.json>...");
    }
    ResultsWriter w = create();
    ObjectMapper mapper = new ObjectMapper();
    for (int k = 3; k < args.length; k++) {
      w.read(mapper.readTree(Path.of(args[k]).toFile()));
    }
    String machine = Files.readString(Path.of(args[1]), StandardCharsets.UTF_8);
    Optional<JsonNode> memory =
        args[2].equals("-")
            ? Optional.empty()
            : Optional.of(mapper.readTree(Path.of(args[2]).toFile()));
    Files.writeString(Path.of(args[0]), w.render(machine, memory), StandardCharsets.UTF_8);
  }

  /**
   * Reads the results of one JMH JSON file.
   *
   * @param results the array JMH writes with {@code -rf json}
   */
  void read(JsonNode results) {
    for (JsonNode r : results) {
      String full = r.path("benchmark").asText();
      int method = full.lastIndexOf('.');
      String name = full.substring(full.lastIndexOf('.', method - 1) + 1);
      int size = r.path("params").path("size").asInt(0);
      JsonNode m = r.path("primaryMetric");
      double factor = toMicros(m.path("scoreUnit").asText());
      scores.add(
          new Score(
              name, size, number(m.path("score")) * factor, number(m.path("scoreError")) * factor));
      StringBuilder args = new StringBuilder();
      for (JsonNode a : r.path("jvmArgs")) {
        args.append(args.length() == 0 ? "" : " ").append(a.asText());
      }
      jvmArgs.add(args.toString());
      settings.add(
          String.format(
              Locale.ROOT,
              "JMH %s, %s %s, forks %d, warm-up %d × %s, measurement %d × %s, mode %s",
              r.path("jmhVersion").asText(),
              r.path("vmName").asText(),
              r.path("jdkVersion").asText(),
              r.path("forks").asInt(),
              r.path("warmupIterations").asInt(),
              r.path("warmupTime").asText(),
              r.path("measurementIterations").asInt(),
              r.path("measurementTime").asText(),
              r.path("mode").asText()));
    }
  }

  private static double number(JsonNode n) {
    return n.isNumber() ? n.asDouble() : n.isTextual() ? parse(n.asText()) : Double.NaN;
  }

  private static double parse(String text) {
    try {
      return Double.parseDouble(text);
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  private static double toMicros(String unit) {
    String u = unit.endsWith("/op") ? unit.substring(0, unit.length() - 3) : unit;
    return switch (u) {
      case "ns" -> 1e-3;
      case "us" -> 1.0;
      case "ms" -> 1e3;
      case "s" -> 1e6;
      default ->
          throw new IllegalArgumentException(
              "JMH result 'scoreUnit' must be a time per operation, but was '" + unit + "'");
    };
  }

  Optional<Score> score(String benchmark, int size) {
    return scores.stream()
        .filter(s -> s.benchmark().equals(benchmark) && s.size() == size)
        .findFirst();
  }

  private Set<Integer> sizes(Map<String, String> family) {
    Set<Integer> sizes = new TreeSet<>();
    for (Score s : scores) {
      if (family.containsKey(s.benchmark())) {
        sizes.add(s.size());
      }
    }
    return sizes;
  }

  /**
   * Renders the Markdown.
   *
   * @param machine the machine description
   * @param memory the memory measurement, if any
   * @return the document
   */
  String render(String machine, Optional<JsonNode> memory) {
    StringBuilder md = new StringBuilder();
    md.append("# Attract benchmark results\n\n")
        .append("Written by `benchmarks/run.sh` from one run; every number below comes from it.")
        .append(" Scores are JMH averages per operation ± the 99.9% confidence half-width")
        .append(" (NaN with a single iteration). Ratios are quotients of the scores of the same")
        .append(" run. Method and caveats: `benchmarks/README.md`.\n\n")
        .append("## Machine\n\n```\n")
        .append(machine.strip())
        .append("\n```\n\n## JVM and JMH\n\n");
    for (String s : settings) {
      md.append("- ").append(s).append('\n');
    }
    for (String a : jvmArgs) {
      md.append("- JVM flags: `").append(a).append("`\n");
    }

    md.append("\n## Breakdown: level-1 industry × status as of a day\n\n")
        .append("Count, total investment, annual planned investment for 2025 and completed")
        .append(" investment as of June 2025, by level-1 industry × status on 2025-06-30.\n\n");
    table(md, BREAKDOWN);
    md.append("\n### Attract against each peer (score of Attract ÷ score of the peer)\n\n");
    ratios(md);

    if (!sizes(PROJECTION).isEmpty()) {
      md.append("\n## Projection: yearly investment schedule 2023–2030\n\n");
      table(md, PROJECTION);
    }
    if (!sizes(JSON).isEmpty()) {
      md.append("\n## JSON: writing and reading projects\n\n");
      table(md, JSON);
    }
    md.append("\n## Memory: retained bytes per project (JOL `GraphLayout`)\n\n");
    memory(md, memory);
    md.append("\n## Targets (issue 7)\n\n");
    targets(md, memory);
    return md.toString();
  }

  private void table(StringBuilder md, Map<String, String> family) {
    Set<Integer> sizes = sizes(family);
    md.append("| variant |");
    sizes.forEach(n -> md.append(' ').append(sizeLabel(n)).append(" |"));
    md.append("\n|---|");
    sizes.forEach(n -> md.append("---:|"));
    md.append('\n');
    family.forEach(
        (benchmark, label) -> {
          md.append("| ").append(label).append(" |");
          for (int n : sizes) {
            md.append(' ')
                .append(score(benchmark, n).map(ResultsWriter::formatScore).orElse("not run"))
                .append(" |");
          }
          md.append('\n');
        });
  }

  private void ratios(StringBuilder md) {
    Set<Integer> sizes = sizes(BREAKDOWN);
    md.append("| Attract sequential ÷ |");
    sizes.forEach(n -> md.append(' ').append(sizeLabel(n)).append(" |"));
    md.append("\n|---|");
    sizes.forEach(n -> md.append("---:|"));
    md.append('\n');
    BREAKDOWN.forEach(
        (benchmark, label) -> {
          if (benchmark.equals(SEQ)) {
            return;
          }
          md.append("| ").append(label).append(" |");
          for (int n : sizes) {
            md.append(' ')
                .append(ratio(SEQ, benchmark, n).map(ResultsWriter::formatRatio).orElse("—"))
                .append(" |");
          }
          md.append('\n');
        });
    if (sizes.stream().allMatch(n -> score(SEQ, n).isEmpty())) {
      md.append("\nThe Attract breakdown was not measured in this run, so there are no ratios.\n");
    }
  }

  private Optional<Double> ratio(String numerator, String denominator, int size) {
    Optional<Score> a = score(numerator, size);
    Optional<Score> b = score(denominator, size);
    if (a.isEmpty() || b.isEmpty()) {
      return Optional.empty();
    }
    double r = a.get().micros() / b.get().micros();
    return Double.isFinite(r) ? Optional.of(r) : Optional.empty();
  }

  private static void memory(StringBuilder md, Optional<JsonNode> memory) {
    if (memory.isEmpty()) {
      md.append("Not measured in this run.\n");
      return;
    }
    md.append(
            "| projects | Attract objects, before any query | Attract portfolio, index included"
                + " | plain objects | ratio (index included) |\n")
        .append("|---:|---:|---:|---:|---:|\n");
    for (JsonNode r : memory.get().path("results")) {
      md.append(
          String.format(
              Locale.ROOT,
              "| %s | %.1f B | %.1f B | %.1f B | %.2f |\n",
              sizeLabel(r.path("size").asInt()),
              r.path("attractObjectsBytesPerProject").asDouble(),
              r.path("attractBytesPerProject").asDouble(),
              r.path("pojoBytesPerProject").asDouble(),
              r.path("ratio").asDouble()));
    }
    md.append("\nJOL: ")
        .append(
            memory
                .get()
                .path("vm")
                .asText()
                .lines()
                .filter(l -> l.contains("Compressed references") || l.contains("alignment"))
                .map(l -> l.replace("# ", "").strip())
                .collect(Collectors.joining("; ")))
        .append(". Shared values (taxonomy, regions, investors) count once.\n");
  }

  private void targets(StringBuilder md, Optional<JsonNode> memory) {
    md.append("| target | result | met? |\n|---|---|---|\n");
    Set<Integer> sizes = sizes(BREAKDOWN);
    perSize(
        md,
        "breakdown faster than DuckDB",
        "DuckDB",
        sizes,
        n -> ratio(SEQ, "BreakdownBenchmark.duckDb", n),
        r -> r < 1.0);
    perSize(
        md,
        "breakdown within 2× of the hand loop over primitive columns",
        "columns",
        sizes,
        n -> ratio(SEQ, "BreakdownBenchmark.handLoopColumns", n),
        r -> r <= 2.0);
    perSize(
        md,
        "breakdown at least 20× faster than Streams + BigDecimal",
        "Streams",
        sizes,
        n -> ratio("BreakdownBenchmark.streamsBigDecimal", SEQ, n),
        r -> r >= 20.0);
    Optional<Double> speedUp = ratio(SEQ, PAR, 1_000_000);
    row(
        md,
        "parallel speed-up at least 1.7× at 1 M (sequential ÷ parallel)",
        speedUp,
        r -> r >= 1.7);
    Set<Integer> jsonSizes = sizes(JSON);
    perSize(
        md,
        "JSON write within 1.3× of plain Jackson",
        "Jackson",
        jsonSizes,
        n -> ratio("JsonBenchmark.attractJsonWrite", "JsonBenchmark.jacksonWrite", n),
        r -> r <= 1.3);
    perSize(
        md,
        "JSON read within 1.3× of plain Jackson",
        "Jackson",
        jsonSizes,
        n -> ratio("JsonBenchmark.attractJsonRead", "JsonBenchmark.jacksonRead", n),
        r -> r <= 1.3);
    Optional<Double> mem = Optional.empty();
    if (memory.isPresent()) {
      for (JsonNode r : memory.get().path("results")) {
        mem = Optional.of(r.path("ratio").asDouble());
      }
    }
    row(md, "memory at most 1.2× the plain objects (index included)", mem, r -> r <= 1.2);
  }

  private void perSize(
      StringBuilder md,
      String target,
      String peer,
      Set<Integer> sizes,
      IntFunction<Optional<Double>> ratio,
      DoublePredicate met) {
    if (sizes.isEmpty()) {
      row(md, target, Optional.empty(), met);
      return;
    }
    for (int n : sizes) {
      row(md, target + " at " + sizeLabel(n) + " (÷ " + peer + ")", ratio.apply(n), met);
    }
  }

  private static void row(
      StringBuilder md, String target, Optional<Double> ratio, DoublePredicate met) {
    md.append("| ")
        .append(target)
        .append(" | ")
        .append(ratio.map(ResultsWriter::formatRatio).orElse("not measured"))
        .append(" | ")
        .append(
            ratio
                .map(r -> met.test(r) ? "yes" : "**no**")
                .orElse("unknown: not measured in this run"))
        .append(" |\n");
  }

  static String sizeLabel(int n) {
    if (n >= 1_000_000 && n % 1_000_000 == 0) {
      return (n / 1_000_000) + " M";
    }
    if (n >= 1_000 && n % 1_000 == 0) {
      return (n / 1_000) + " k";
    }
    return Integer.toString(n);
  }

  static String formatScore(Score s) {
    double v = s.micros();
    String unit;
    double f;
    if (v >= 1e6) {
      unit = "s";
      f = 1e6;
    } else if (v >= 1e3) {
      unit = "ms";
      f = 1e3;
    } else {
      unit = "µs";
      f = 1.0;
    }
    return String.format(Locale.ROOT, "%s ± %s %s", sig(v / f), sig(s.errorMicros() / f), unit);
  }

  static String formatRatio(double r) {
    return String.format(Locale.ROOT, "%s×", sig(r));
  }

  /** Three significant digits, plain notation. */
  static String sig(double v) {
    if (Double.isNaN(v)) {
      return "NaN";
    }
    double a = Math.abs(v);
    String pattern = a >= 100 ? "%.0f" : a >= 10 ? "%.1f" : a >= 1 ? "%.2f" : "%.3f";
    return String.format(Locale.ROOT, pattern, v);
  }
}
