package io.github.attract.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.attract.portfolio.Portfolio;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.openjdk.jol.info.GraphLayout;
import org.openjdk.jol.vm.VM;

/**
 * Measures the retained bytes per project of the Attract portfolio (everything reachable from the
 * {@link Portfolio}: its id index, and its columnar index with the history columns and the cached
 * columns of questions, before any question and after 1, 16 and 48 distinct questions) and of the
 * equivalent plain objects ({@link PojoProject}{@code []}), built from the same data, with JOL's
 * {@code GraphLayout}; writes them as JSON for {@link ResultsWriter} and the class-by-class
 * footprints as text next to it.
 *
 * <pre>{@code
 * java -cp benchmarks.jar io.github.attract.benchmarks.MemoryFootprint target/memory.json 100000
 * java -cp benchmarks.jar io.github.attract.benchmarks.MemoryFootprint --setup-only 1000000
 * }</pre>
 *
 * <p>With {@code --setup-only} it only times generating and building each representation at each
 * size, to check that the benchmarks' set-up fits its heap and time.
 */
public final class MemoryFootprint {
  /** After how many distinct questions the portfolio is measured. */
  static final int[] QUESTIONS = {1, 16, 48};

  private MemoryFootprint() {}

  /**
   * Runs the measurement.
   *
   * @param args the output file, then one or more sizes; or {@code --setup-only} and sizes
   * @throws IOException if the output cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      throw new IllegalArgumentException(
          "Usage: MemoryFootprint <out.json> <size>... | --setup-only <size>...");
    }
    List<Integer> sizes = new ArrayList<>();
    for (int k = 1; k < args.length; k++) {
      sizes.add(Integer.parseInt(args[k]));
    }
    if (args[0].equals("--setup-only")) {
      for (int size : sizes) {
        setUpOnly(size);
      }
      return;
    }
    Path out = Path.of(args[0]);
    ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = json.createObjectNode();
    root.put("vm", VM.current().details());
    ArrayNode results = root.putArray("results");
    StringBuilder footprints = new StringBuilder();
    for (int size : sizes) {
      SyntheticPortfolio data = Trials.data(size);
      Portfolio portfolio =
          Trials.timed("build Attract portfolio", () -> AttractPortfolios.of(data));
      PojoProject[] pojos = Trials.timed("build objects", () -> PojoProject.of(data));
      long objectsOnly = GraphLayout.parseInstance(portfolio).totalSize();
      // The first question builds the columnar index, the history columns and the question's
      // columns, kept by the portfolio from then on; then more distinct questions, whose columns
      // the bounded cache keeps or evicts.
      Trials.verify(
          Oracle.of(data),
          AttractBreakdown.toBreakdown(AttractBreakdown.run(portfolio, false)),
          "attractSequential");
      GraphLayout attract = GraphLayout.parseInstance(portfolio);
      long[] afterQuestions = new long[QUESTIONS.length];
      int asked = 1;
      for (int i = 0; i < QUESTIONS.length; i++) {
        for (; asked < QUESTIONS[i]; asked++) {
          AttractBreakdown.run(portfolio, false, Question.fresh(asked));
        }
        afterQuestions[i] =
            i == 0 ? attract.totalSize() : GraphLayout.parseInstance(portfolio).totalSize();
      }
      GraphLayout plain = GraphLayout.parseInstance((Object) pojos);
      ObjectNode r = results.addObject();
      r.put("size", size);
      r.put("attractBytes", attract.totalSize());
      r.put("attractObjectsBytes", objectsOnly);
      // Bytes per project and the ratio are report figures for RESULTS.md, not money: a double is
      // what the JSON result file and the table writer expect.
      r.put("attractObjectsBytesPerProject", (double) objectsOnly / size);
      r.put("pojoBytes", plain.totalSize());
      r.put("attractBytesPerProject", (double) attract.totalSize() / size);
      r.put("pojoBytesPerProject", (double) plain.totalSize() / size);
      r.put("ratio", (double) attract.totalSize() / plain.totalSize());
      ObjectNode after = r.putObject("attractBytesPerProjectAfterQuestions");
      for (int i = 0; i < QUESTIONS.length; i++) {
        after.put(Integer.toString(QUESTIONS[i]), (double) afterQuestions[i] / size);
      }
      r.put(
          "ratioAfter" + QUESTIONS[QUESTIONS.length - 1] + "Questions",
          (double) afterQuestions[QUESTIONS.length - 1] / plain.totalSize());
      r.put("data", data.volumes());
      footprints
          .append("== Attract portfolio, ")
          .append(size)
          .append(" projects\n")
          .append(attract.toFootprint())
          .append("\n== Plain objects, ")
          .append(size)
          .append(" projects\n")
          .append(plain.toFootprint())
          .append('\n');
      System.out.println(r);
    }
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    json.writeValue(out.toFile(), root);
    Files.writeString(
        out.resolveSibling(out.getFileName() + ".footprint.txt"),
        footprints,
        StandardCharsets.UTF_8);
  }

  private static void setUpOnly(int size) {
    Runtime rt = Runtime.getRuntime();
    SyntheticPortfolio data = Trials.data(size);
    Breakdown expected = Trials.timed("oracle", () -> Oracle.of(data));
    Portfolio portfolio = Trials.timed("build Attract portfolio", () -> AttractPortfolios.of(data));
    PojoProject[] pojos = Trials.timed("build objects", () -> PojoProject.of(data));
    Columns columns = Trials.timed("build columns", () -> Columns.of(data));
    Trials.verify(
        expected, HandLoops.overObjects(pojos, SyntheticPortfolio.level1Table()), "objects");
    Trials.verify(expected, HandLoops.overColumns(columns), "columns");
    Trials.settle();
    System.out.println(
        "# setup: heap used after set-up of "
            + portfolio.projects().size()
            + " projects (all representations): "
            + (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024)
            + " MB of max "
            + rt.maxMemory() / (1024 * 1024)
            + " MB");
  }
}
