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
 * its error per size for each regime (a new question, a repeated question, the load), the ratio of
 * Attract to each peer from the same run, the memory per project after 1, 16 and 48 distinct
 * questions, and whether each target of issue 11 is met. A missing variant is reported as missing,
 * never guessed.
 *
 * <pre>{@code
 * java -cp benchmarks.jar io.github.attract.benchmarks.ResultsWriter \
 *     RESULTS.md machine.txt memory.json jmh-10k.json jmh-100k.json jmh-1m.json
 * }</pre>
 *
 * <p>Arguments: the output file, a text file describing the machine (written by {@code run.sh}),
 * the memory JSON of {@link MemoryFootprint} (or {@code -} if none), then JMH JSON result files. A
 * benchmark with a {@code threads} parameter is keyed {@code Class.method[threads=n]}.
 */
public final class ResultsWriter {
  /** Regime 1, a new question each invocation: the variants, in table order, with their labels. */
  static final Map<String, String> FRESH = new LinkedHashMap<>();

  /** Regime 2, the same question each invocation, its columns materialised. */
  static final Map<String, String> REPEATED = new LinkedHashMap<>();

  /** Regime 3, getting the data ready. */
  static final Map<String, String> LOAD = new LinkedHashMap<>();

  /** The projection variants. */
  static final Map<String, String> PROJECTION = new LinkedHashMap<>();

  /** The JSON variants. */
  static final Map<String, String> JSON = new LinkedHashMap<>();

  private static final String F = "FreshQuestionBenchmark.";
  private static final String R = "RepeatedQuestionBenchmark.";
  private static final String L = "LoadBenchmark.";
  static final String FRESH_SEQ = F + "attractSequential";
  static final String FRESH_PAR = F + "attractParallel";
  static final String REPEATED_SEQ = R + "attractSequential";
  static final String LOAD_ATTRACT = L + "attractIndexAndFirstQuestion";

  static {
    FRESH.put(FRESH_SEQ, "Attract API, sequential");
    FRESH.put(FRESH_PAR, "Attract API, parallel");
    FRESH.put(F + "duckDb[threads=1]", "DuckDB, threads=1");
    FRESH.put(F + "duckDb[threads=2]", "DuckDB, threads=2");
    FRESH.put(F + "h2", "H2 in-memory");
    FRESH.put(F + "streamsBigDecimal", "Streams groupingBy + BigDecimal over objects");
    FRESH.put(F + "handLoopObjects", "hand loop over objects, long sums");
    FRESH.put(F + "handLoopHistoryColumns", "hand loop over primitive history columns");
    REPEATED.put(REPEATED_SEQ, "Attract API, sequential (question's columns cached)");
    REPEATED.put(R + "attractParallel", "Attract API, parallel (question's columns cached)");
    REPEATED.put(R + "duckDbMaterialised[threads=1]", "DuckDB over CREATE TABLE AS, threads=1");
    REPEATED.put(R + "duckDbMaterialised[threads=2]", "DuckDB over CREATE TABLE AS, threads=2");
    REPEATED.put(
        R + "handLoopMaterialised", "hand loop over materialised primitive columns (the limit)");
    LOAD.put(LOAD_ATTRACT, "Attract: index, history columns and first question (fresh portfolio)");
    LOAD.put(L + "duckDbLoad[threads=1]", "DuckDB appender load of the four tables, threads=1");
    LOAD.put(L + "duckDbLoad[threads=2]", "DuckDB appender load of the four tables, threads=2");
    LOAD.put(L + "pojoBuild", "building the plain objects from the raw data");
    PROJECTION.put("ProjectionBenchmark.attractSchedule", "Attract baseline schedule by year");
    JSON.put("JsonBenchmark.attractJsonWrite", "attract-json, write");
    JSON.put("JsonBenchmark.jacksonWrite", "plain Jackson data binding, write");
    JSON.put("JsonBenchmark.attractJsonRead", "attract-json, read");
    JSON.put("JsonBenchmark.jacksonRead", "plain Jackson data binding, read");
  }

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
      JsonNode threads = r.path("params").path("threads");
      if (!threads.isMissingNode()) {
        name = name + "[threads=" + threads.asText() + "]";
      }
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

    md.append("\n## The question\n\n")
        .append("By level-1 industry × status on a day: count, total investment, annual planned")
        .append(" investment of a year and completed investment as of a month.\n\n")
        .append("### Regime 1: a new question every invocation\n\n")
        .append("Each invocation asks a day, month and year not asked just before; Attract's")
        .append(" portfolio is indexed (index and history columns built), no column of the")
        .append(" question is cached; the databases have their tables loaded.\n\n");
    table(md, FRESH);
    md.append("\n").append(ratioHeading(FRESH_SEQ));
    ratios(md, FRESH, FRESH_SEQ);
    md.append("\n### Regime 2: the same question every invocation, its columns materialised\n\n")
        .append("Attract reads the columns its first run cached; DuckDB groups a table made by")
        .append(" `CREATE TABLE AS` of the as-of projection; the hand loop reads materialised")
        .append(" primitive columns.\n\n");
    table(md, REPEATED);
    md.append("\n").append(ratioHeading(REPEATED_SEQ));
    ratios(md, REPEATED, REPEATED_SEQ);
    md.append("\n### Regime 3: getting the data ready (single shot per invocation)\n\n");
    table(md, LOAD);
    md.append("\n").append(ratioHeading(LOAD_ATTRACT));
    ratios(md, LOAD, LOAD_ATTRACT);

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
    md.append("\n## Targets (issue 11)\n\n");
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

  private static String ratioHeading(String attract) {
    return "Score of `"
        + attract
        + "` ÷ score of each other variant (below 1: Attract is faster):\n\n";
  }

  private void ratios(StringBuilder md, Map<String, String> family, String attract) {
    Set<Integer> sizes = sizes(family);
    md.append("| ÷ |");
    sizes.forEach(n -> md.append(' ').append(sizeLabel(n)).append(" |"));
    md.append("\n|---|");
    sizes.forEach(n -> md.append("---:|"));
    md.append('\n');
    family.forEach(
        (benchmark, label) -> {
          if (benchmark.equals(attract)) {
            return;
          }
          md.append("| ").append(label).append(" |");
          for (int n : sizes) {
            md.append(' ')
                .append(ratio(attract, benchmark, n).map(ResultsWriter::formatRatio).orElse("—"))
                .append(" |");
          }
          md.append('\n');
        });
    if (sizes.stream().allMatch(n -> score(attract, n).isEmpty())) {
      md.append("\nAttract was not measured in this regime, so there are no ratios.\n");
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
            "| projects | Attract objects, no question yet | after 1 question | after 16"
                + " | after 48 | plain objects | ratio after 48 questions |\n")
        .append("|---:|---:|---:|---:|---:|---:|---:|\n");
    for (JsonNode r : memory.get().path("results")) {
      JsonNode after = r.path("attractBytesPerProjectAfterQuestions");
      md.append(
          String.format(
              Locale.ROOT,
              "| %s | %.1f B | %.1f B | %.1f B | %.1f B | %.1f B | %.2f |\n",
              sizeLabel(r.path("size").asInt()),
              r.path("attractObjectsBytesPerProject").asDouble(),
              after.path("1").asDouble(Double.NaN),
              after.path("16").asDouble(Double.NaN),
              after.path("48").asDouble(Double.NaN),
              r.path("pojoBytesPerProject").asDouble(),
              r.path("ratioAfter48Questions").asDouble(Double.NaN)));
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
    Set<Integer> big = new TreeSet<>(sizes(FRESH));
    big.removeIf(n -> n < 100_000);
    perSize(
        md,
        "new question: Attract sequential faster than DuckDB threads=1",
        "DuckDB",
        big,
        n -> ratio(FRESH_SEQ, F + "duckDb[threads=1]", n),
        r -> r < 1.0);
    perSize(
        md,
        "new question: Attract parallel faster than DuckDB threads=2",
        "DuckDB",
        big,
        n -> ratio(FRESH_PAR, F + "duckDb[threads=2]", n),
        r -> r < 1.0);
    perSize(
        md,
        "new question: at least 3× faster than the hand loop over objects",
        "hand loop ÷ Attract",
        sizes(FRESH),
        n -> ratio(F + "handLoopObjects", FRESH_SEQ, n),
        r -> r >= 3.0);
    perSize(
        md,
        "new question: sequential within 2× of the hand loop over history columns",
        "Attract ÷ loop",
        sizes(FRESH),
        n -> ratio(FRESH_SEQ, F + "handLoopHistoryColumns", n),
        r -> r <= 2.0);
    perSize(
        md,
        "repeated question within 2× of the loop over materialised columns",
        "Attract ÷ loop",
        sizes(REPEATED),
        n -> ratio(REPEATED_SEQ, R + "handLoopMaterialised", n),
        r -> r <= 2.0);
    row(
        md,
        "index build (with the first question) at 1 M at most DuckDB's load, threads=2"
            + " (Attract ÷ DuckDB)",
        ratio(LOAD_ATTRACT, L + "duckDbLoad[threads=2]", 1_000_000),
        r -> r <= 1.0);
    row(
        md,
        "new question: parallel speed-up at least 1.6× at 1 M (sequential ÷ parallel)",
        ratio(FRESH_SEQ, FRESH_PAR, 1_000_000),
        r -> r >= 1.6);
    Optional<Double> mem = Optional.empty();
    if (memory.isPresent()) {
      for (JsonNode r : memory.get().path("results")) {
        double v = r.path("ratioAfter48Questions").asDouble(Double.NaN);
        mem = Double.isFinite(v) ? Optional.of(v) : Optional.empty();
      }
    }
    row(
        md,
        "memory at most 1.25× the plain objects after 48 distinct questions",
        mem,
        r -> r <= 1.25);
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
