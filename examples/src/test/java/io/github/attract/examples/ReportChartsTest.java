package io.github.attract.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportChartsTest {
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  @Test
  void writesBothChartsAsPngAndSvg(@TempDir Path dir) throws Exception {
    var portfolio = ShuangyashanFiguresTest.portfolio();
    var figures = ShuangyashanFigures.compute(portfolio, LocalDate.of(2023, 4, 24));
    var files = ReportCharts.write(portfolio, figures, dir.resolve("report"));
    assertThat(files)
        .extracting(p -> p.getFileName().toString())
        .containsExactly(
            ReportCharts.BY_INDUSTRY,
            ReportCharts.TIMELINE,
            ReportCharts.BY_INDUSTRY_SVG,
            ReportCharts.TIMELINE_SVG);
    for (Path f : files.subList(0, 2)) {
      byte[] head = Arrays.copyOf(Files.readAllBytes(f), 8);
      assertThat(head).isEqualTo(PNG);
      assertThat(Files.size(f)).isGreaterThan(5_000);
    }
    String svg = Files.readString(files.get(3), StandardCharsets.UTF_8);
    assertThat(svg).contains("<svg").endsWith("</svg>\n");
    assertThat(Files.readString(files.get(2), StandardCharsets.UTF_8)).contains("<svg");
  }

  @Test
  void undatedProjectsAreListedNotDropped() throws Exception {
    var portfolio = ShuangyashanFiguresTest.portfolio();
    assertThat(ReportCharts.undated(portfolio))
        .containsExactly(
            "Wind-water-fire-storage integrated energy base in the coal-mining subsidence area",
            "Jianlong Group 1.5 million t coking project",
            "Jianlong Group hydrogen-based shaft furnace smelting project",
            "Jianlong Group vanadium flow energy storage demonstration base",
            "Wanli Runda grain deep processing project",
            "Sichuan Hongzhan grain deep processing project");
    var chart = ReportCharts.timeline(portfolio, LocalDate.of(2023, 4, 24));
    assertThat(chart.getTitle()).endsWith("not shown, no date: 6 projects");
  }

  @Test
  void timelineAxesShowProjectNamesAndMonths() throws Exception {
    var portfolio = ShuangyashanFiguresTest.portfolio();
    var chart = ReportCharts.timeline(portfolio, LocalDate.of(2023, 4, 24));
    var y = chart.getStyler().getyAxisTickLabelsFormattingFunction();
    var x = chart.getStyler().getxAxisTickLabelsFormattingFunction();
    assertThat(y.apply(1.0)).isEqualTo("100,000-ton natural graphite anode material p...");
    assertThat(y.apply(1.5)).isBlank();
    assertThat(y.apply(0.5)).isNotEqualTo(y.apply(1.5));
    assertThat(x.apply(2023.0)).isEqualTo("2023-01");
    assertThat(x.apply(2023.5)).isEqualTo("2023-07");
    assertThat(x.apply(2025.99)).isEqualTo("2025-12");
  }
}
