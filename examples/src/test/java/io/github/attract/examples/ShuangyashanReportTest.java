package io.github.attract.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.attract.measure.Quantity;
import io.github.attract.projection.RampUp;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShuangyashanReportTest {

  @Test
  void mainPrintsNamesUnitsAndCountsABureauCanRead(@TempDir Path dir) throws Exception {
    String text = run("2023-06-30", dir.toString());
    assertThat(text)
        .contains("as of 2023-06-30")
        .contains("Q1 promotion activities           208")
        .contains("456亿元 / 45.6 billion yuan")
        .contains("10.5亿元 / 1.05 billion yuan")
        .contains("New-energy index                  9 projects, 145万千瓦 / 1450 MW")
        .contains("600万千瓦/年 / 6000 MW/a battery energy storage equipment")
        .contains("4万千瓦 / 40 MW electric power")
        .contains("在建 / under construction")
        .contains("  New materials                               1 project    ")
        .contains("2023 provincial key projects: annual planned investment")
        .contains("ramp-up 50 % → 80 % → 100 %")
        .contains("2026  output 50 %")
        .contains("remainder 145万千瓦 / 1450 MW")
        .contains("(no phase, construction period or dated status): 6 projects\n")
        .contains("    Sichuan Hongzhan grain deep processing project\n")
        // chains: coal mining has no project, coking one, grain deep processing two (Wanli Runda,
        // Sichuan Hongzhan); covered asks for two
        .contains("covered: at least 2 projects")
        .contains("    Coal mining and washing                 gap, 0 projects\n")
        .contains("    Coking                                  weak, 1 project\n")
        .contains("    Grain deep processing                   covered, 2 projects\n")
        // signed in 2023 by 30 June: 13 projects, 10 of them started, 2 of those in operation
        .contains("  signed 13 -> started 10 (76.9 %) -> producing 2 (20.0 %)\n")
        // activities of 2023: the work meeting, the two delegations, the Zhongjia ceremony; the
        // delegations led to Fengfan, Guoneng Baoqing, Guangdong Yudean and CSSC Wind, all signed
        // by 30 June, of which only Fengfan has started
        .contains(
            "  activities 4 -> led to projects 2 (50.0 %), 4 projects -> signed 4 (100.0 %)"
                + " -> started 1 (25.0 %) -> producing 0 (0.0 %)\n")
        // 19 itemized projects, 10 started: 0.8 × 19 = 15.2, so 16 must have started
        .contains("  开工率 2023 target 80 %, 52.63 % now (10 of 19), 6 projects short\n")
        .contains("    projects in scope started by the day / projects in scope\n")
        // the 13 signed in 2023, 10 started: 0.8 × 13 = 10.4, so 11 must have started
        .contains("  履约率 2023 target 80 %, 76.92 % now (10 of 13), 1 project short\n")
        .doesNotContain("RampUp[")
        .doesNotContain("kW/a")
        .doesNotContain("40000 kW")
        .doesNotContain("1 projects")
        .doesNotContain("2023-provincial-key-projects");
    assertThat(dir.resolve(ReportCharts.TIMELINE_SVG)).exists();
  }

  @Test
  void dataOptionReadsAnotherDatasetAndKeepsThePositionalArguments(@TempDir Path dir)
      throws Exception {
    Path data = dir.resolve("city.json");
    try (InputStream in =
        ShuangyashanReport.class.getResourceAsStream(ShuangyashanReport.DATASET)) {
      Files.copy(in, data);
    }
    String text = run("--data", data.toString(), "2023-05-31", dir.resolve("out").toString());
    assertThat(text)
        .startsWith("Dataset " + data + ": 103 records, all valid.")
        .contains("as of 2023-05-31");
    assertThat(dir.resolve("out").resolve(ReportCharts.BY_INDUSTRY)).exists();
  }

  @Test
  void dataOptionWithoutAFileIsRefusedByName() {
    assertThatThrownBy(() -> ShuangyashanReport.main(new String[] {"--data"}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Option '--data' needs a file, but none was given");
  }

  @Test
  void formatsCountsQuantitiesRampUpsAndCodes() {
    assertThat(ShuangyashanReport.projects(1)).isEqualTo("1 project");
    assertThat(ShuangyashanReport.projects(2)).isEqualTo("2 projects");
    assertThat(ShuangyashanReport.projects(0)).isEqualTo("0 projects");
    assertThat(ShuangyashanReport.quantity(Quantity.parse("40000 kW"))).isEqualTo("4万千瓦 / 40 MW");
    assertThat(ShuangyashanReport.quantity(Quantity.parse("40 MW"))).isEqualTo("4万千瓦 / 40 MW");
    assertThat(ShuangyashanReport.quantity(Quantity.parse("1450000 kW")))
        .isEqualTo("145万千瓦 / 1450 MW");
    assertThat(ShuangyashanReport.quantity(Quantity.parse("6000000 kW/a")))
        .isEqualTo("600万千瓦/年 / 6000 MW/a");
    assertThat(ShuangyashanReport.quantity(Quantity.parse("1.5 Mt/a"))).isEqualTo("1.5 Mt/a");
    assertThat(ShuangyashanReport.rampUp(RampUp.standard())).isEqualTo("50 % → 80 % → 100 %");
    assertThat(ShuangyashanReport.phrase("annual-planned-investment"))
        .isEqualTo("annual planned investment");
  }

  private static String run(String... args) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream old = System.out;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      ShuangyashanReport.main(args);
    } finally {
      System.setOut(old);
    }
    return out.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
  }
}
