package io.github.attract.calc;

import static io.github.attract.calc.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.attract.portfolio.Labels;
import io.github.attract.portfolio.Portfolio;
import io.github.attract.project.Status;
import io.github.attract.taxonomy.FocusAreaId;
import io.github.attract.taxonomy.IndustryId;
import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.Test;

class LabelledTablesTest {
  private final Portfolio portfolio = Fixtures.portfolio();
  private final Labels zh = Labels.chinese(portfolio).with(COAL, "煤炭").with(POWER, "电力");

  private Breakdown<IndustryId> byIndustry() {
    return Aggregation.over(portfolio)
        .by(Dimensions.industry(1))
        .measuring(Measures.count(), Measures.totalInvestment())
        .run();
  }

  @Test
  void breakdownTableShowsNamesAlignedByDisplayWidth() {
    assertThat(byIndustry().toTable(zh))
        .isEqualTo(
            """
            Breakdown by industry(level 1)
            industry(level 1) | 项目数 |                   total-investment
            ---------------------------------------------------------------
            煤炭              |      2 |  CNY 100000000.00 + USD 5000000.00
            New materials     |      1 |                                  -
            电力              |      1 |                  CNY 1050000000.00
            合计              |      4 | CNY 1150000000.00 + USD 5000000.00""");
    assertThat(byIndustry().toTable(Labels.english(portfolio)))
        .isEqualTo(
            byIndustry()
                .toString()
                .replace("coal ", "Coal ")
                .replace("power", "Power")
                .replace("materials    ", "New materials"));
  }

  @Test
  void othersUnclassifiedAndNotAdditiveNotesSpeakTheLanguage() {
    assertThat(byIndustry().top(1, Measures.count()).toTable(zh))
        .contains("\n其他              |      2 |")
        .endsWith("\n合计              |      4 | CNY 1150000000.00 + USD 5000000.00");
    Breakdown<FocusAreaId> byFocus =
        Aggregation.over(portfolio)
            .by(Dimensions.focusArea())
            .measuring(Measures.count(), Measures.annualPlannedInvestment(Year.of(2023)))
            .run();
    assertThat(byFocus.toTable(zh))
        .contains("\n未分类")
        .endsWith("（各行不可相加：一个项目计入其所属的每个 focus-area，合计只计一次）");
    assertThat(byFocus.toTable(Labels.english(portfolio)))
        .contains("\n(unclassified)")
        .endsWith("the total counts it once)");
  }

  @Test
  void sharesTableShowsNames() {
    assertThat(byIndustry().shares(Measures.count()).toTable(zh))
        .isEqualTo(
            """
            占比 count    |     %
            ---------------------
            煤炭          | 50.00
            New materials | 25.00
            电力          | 25.00""");
  }

  @Test
  void pivotTableShowsNamesOfRowsAndColumns() {
    Pivot<IndustryId, Status> grid =
        Aggregation.over(portfolio)
            .by(Dimensions.industry(1), Dimensions.statusOn(LocalDate.of(2023, 12, 31)))
            .run();
    assertThat(grid.toTable(zh))
        .startsWith(
            """
            Pivot of industry(level 1) x status-on(2023-12-31)

            项目数
            industry(level 1) \\ status-on(2023-12-31) | 线索 | 已签约 | 在建 | 已投产 | 合计
            --------------------------------------------------------------------------------
            煤炭                                      |    0 |      1 |    1 |      0 |    2
            New materials                             |    1 |      0 |    0 |      0 |    1
            电力                                      |    0 |      0 |    0 |      1 |    1
            合计                                      |    1 |      1 |    1 |      1 |    4

            total-investment
            industry(level 1) \\ status-on(2023-12-31) | 线索 |         已签约 |""");
    assertThat(grid.toString()).contains("| lead | signed | under-construction |");
  }
}
