package io.github.attract.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportChartsTest {
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  @Test
  void writesBothChartsAsPng(@TempDir Path dir) throws Exception {
    var portfolio = ShuangyashanFiguresTest.portfolio();
    var figures = ShuangyashanFigures.compute(portfolio, LocalDate.of(2023, 4, 24));
    var files = ReportCharts.write(portfolio, figures, dir.resolve("report"));
    assertThat(files)
        .extracting(p -> p.getFileName().toString())
        .containsExactly(ReportCharts.BY_INDUSTRY, ReportCharts.TIMELINE);
    for (Path f : files) {
      byte[] head = Arrays.copyOf(Files.readAllBytes(f), 8);
      assertThat(head).isEqualTo(PNG);
      assertThat(Files.size(f)).isGreaterThan(5_000);
    }
  }

  @Test
  void mainPrintsTheReportAndWritesTheCharts(@TempDir Path dir) throws Exception {
    var out = new java.io.ByteArrayOutputStream();
    var old = System.out;
    System.setOut(new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8));
    try {
      ShuangyashanReport.main(new String[] {"2023-06-30", dir.toString()});
    } finally {
      System.setOut(old);
    }
    String text = out.toString(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(text)
        .contains("as of 2023-06-30")
        .contains("Q1 promotion activities           208")
        .contains("456亿元 / 45.6 billion yuan")
        .contains("10.5亿元 / 1.05 billion yuan");
    assertThat(dir.resolve(ReportCharts.BY_INDUSTRY)).exists();
    assertThat(dir.resolve(ReportCharts.TIMELINE)).exists();
  }
}
