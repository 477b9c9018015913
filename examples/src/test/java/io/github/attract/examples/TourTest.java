package io.github.attract.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's tour is Tour.java verbatim, and Tour prints what its comments say. */
class TourTest {
  private static final Path TOUR = Path.of("src/main/java/io/github/attract/examples/Tour.java");
  private static final Path README = Path.of("../README.md");

  @Test
  void theReadmeTourIsTourJavaByteForByte() throws IOException {
    assertThat(readmeTour()).isEqualTo(region(Files.readString(TOUR, StandardCharsets.UTF_8)));
  }

  @Test
  void theRegionIsTheWholeProgramButItsPackage() throws IOException {
    String tour = region(Files.readString(TOUR, StandardCharsets.UTF_8));
    assertThat(tour).startsWith("import ").contains("public static void main(String[] args)");
    assertThat(tour).endsWith("}\n");
  }

  @Test
  void mainPrintsEveryStepsResult() {
    String out = run();
    assertThat(out)
        .startsWith("CNY 1050000000.00\n1.05 billion yuan\nOptional[under-construction]\n1\n")
        .contains("shares of total-investment: electric-power 100.00 %\n")
        .contains(
            "{2023=CNY 201044600.94, 2024=CNY 545745305.16, 2025=CNY 303210093.90, 2026=CNY 0.00,")
        .contains("\ntrue\n")
        .contains("\"language\": \"zh\"")
        .contains("\"label\": \"Electric power\"")
        .contains("\"CNY 1050000000.00\"")
        .contains("\nElectric power    |        1 | CNY 1050000000.00\n")
        .endsWith(
            "\ncoal/mining: gap, 0 projects (at least 2 projects)\n"
                + "Cohort funnel, activities dated in 2023-01-01/2023-12-31, as of 2023-04-24:"
                + " activities 4 (led to a project 2), projects 4, signed 4, started 1,"
                + " producing 0\n"
                + "start-rate target 80 %, 52.63 % now (10 of 19), 6 projects short\n");
  }

  private static String run() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream old = System.out;
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      Tour.main(new String[0]);
    } finally {
      System.setOut(old);
    }
    return bytes.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
  }

  /** The lines between the markers, without the markers. */
  static String region(String source) {
    String begin = "// tour:begin\n";
    int from = source.indexOf(begin);
    int to = source.indexOf("// tour:end\n");
    assertThat(from).as("tour:begin marker").isNotNegative();
    assertThat(to).as("tour:end marker").isGreaterThan(from);
    return source.substring(from + begin.length(), to);
  }

  /** The first java code block after the tour's heading. */
  static String readmeTour() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    int heading = readme.indexOf("\n## A five-minute tour\n");
    assertThat(heading).as("tour heading").isNotNegative();
    String open = "```java\n";
    int from = readme.indexOf(open, heading);
    int to = readme.indexOf("\n```\n", from);
    assertThat(from).as("tour code block").isNotNegative();
    return readme.substring(from + open.length(), to + 1);
  }
}
