package io.github.attract.ledgertest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.attract.calc.Aggregation;
import io.github.attract.calc.Breakdown;
import io.github.attract.calc.Dimensions;
import io.github.attract.calc.Measures;
import io.github.attract.calc.Pivot;
import io.github.attract.ledger.LedgerImport;
import io.github.attract.ledger.LedgerMapping;
import io.github.attract.ledger.LedgerReader;
import io.github.attract.ledger.LedgerWriter;
import io.github.attract.money.ReportUnit;
import io.github.attract.portfolio.Labels;
import io.github.attract.portfolio.Portfolio;
import io.github.attract.project.Status;
import io.github.attract.taxonomy.IndustryId;
import io.github.attract.taxonomy.RegionId;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class LedgerWriterTest {
  private static final LedgerMapping MAPPING = LedgerMapping.forYear(Year.of(2023));

  private static Portfolio portfolio() {
    LedgerImport result =
        LedgerReader.of(MAPPING, Ledgers.base())
            .readCsv(
                new StringReader(
                    "项目名称,建设地点,所属行业,总投资（亿元）,项目状态,开工时间\n"
                        + "风帆储能,宝清县,储能,10.5,在建,2023.4.7\n"
                        + "石墨负极,宝清县,新材料,30,在建,2023.3.1\n"
                        + "风电基地,集贤县,电力,177,已签约,\n"
                        + "腐植酸,饶河县,新材料,123456.7890123456,已投产,2022.5.1\n"),
                "c");
    assertThat(result.rejected()).isEmpty();
    return result.portfolio();
  }

  /** The sheet's cells as text: numbers in Excel's shortest form, blanks as "". */
  private static List<List<String>> cells(byte[] workbook) throws IOException {
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
      Sheet sheet = book.getSheetAt(0);
      List<List<String>> rows = new ArrayList<>();
      for (Row row : sheet) {
        List<String> texts = new ArrayList<>();
        for (int j = 0; j < row.getLastCellNum(); j++) {
          Cell cell = row.getCell(j);
          texts.add(
              cell == null
                  ? ""
                  : cell.getCellType() == CellType.NUMERIC
                      ? new java.math.BigDecimal(String.valueOf(cell.getNumericCellValue()))
                          .stripTrailingZeros()
                          .toPlainString()
                      : cell.getStringCellValue());
        }
        rows.add(texts);
      }
      return rows;
    }
  }

  @Test
  void writesABreakdownWithNamesUnitsAndTheGrandTotal() throws IOException {
    Breakdown<IndustryId> byIndustry =
        Aggregation.over(portfolio())
            .by(Dimensions.industry(1))
            .measuring(Measures.count(), Measures.totalInvestment())
            .run();
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    LedgerWriter.of(MAPPING)
        .withUnit(ReportUnit.HUNDRED_MILLION_YUAN)
        .withLabels(Labels.chinese(Ledgers.base()))
        .writeBreakdown(byIndustry, out);

    assertThat(cells(out.toByteArray()))
        .containsExactly(
            List.of("所属行业", "项目数", "总投资（亿元）"),
            List.of("电力", "2", "187.5"),
            List.of("新材料", "2", "123486.7890123456"),
            List.of("合计", "4", "123674.2890123456"));
  }

  @Test
  void writesAmountsOfMoreThanFifteenDigitsAsTextSoNothingIsRounded() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    LedgerWriter.of(MAPPING).writeProjects(portfolio(), out);

    List<List<String>> rows = cells(out.toByteArray());
    assertThat(rows.get(0))
        .startsWith("项目编号", "项目名称", "建设地点", "所属行业", "投资方", "项目状态", "开工时间", "省级重点/市级重点", "总投资（万元）");
    assertThat(rows.get(1).subList(1, 9))
        .containsExactly("风帆储能", "宝清县", "储能", "", "在建", "45023", "", "105000");
    // 123456.7890123456亿元 is 1234567890.123456万元: 16 digits, more than a double shows.
    assertThat(rows.get(4).get(8)).isEqualTo("1234567890.123456");
    LedgerImport back =
        LedgerReader.of(MAPPING, Ledgers.base())
            .readXlsx(new ByteArrayInputStream(out.toByteArray()), "back.xlsx");
    assertThat(back.projects()).isEqualTo(portfolio().projects());
  }

  @Test
  void writesAPivotOfOneMeasureWithLabelsOfTheCallersOwn() throws IOException {
    Pivot<RegionId, Status> grid =
        Aggregation.over(portfolio())
            .by(Dimensions.location(), Dimensions.statusOn(LocalDate.of(2023, 12, 31)))
            .measuring(Measures.count())
            .run();
    Labels english = Labels.english(Ledgers.base()).with("location", "county");
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    LedgerWriter.of(MAPPING).withLabels(english).writePivot(grid, Measures.count(), out);

    assertThat(cells(out.toByteArray()))
        .containsExactly(
            List.of("county \\ 项目状态 项目数", "signed", "under construction", "in operation", "total"),
            List.of("宝清县", "0", "2", "0", "2"),
            List.of("集贤县", "1", "0", "0", "1"),
            List.of("饶河县", "0", "0", "1", "1"),
            List.of("total", "1", "2", "1", "4"));
    assertThatThrownBy(
            () -> LedgerWriter.of(MAPPING).writePivot(grid, Measures.totalInvestment(), out))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Pivot has no measure 'total-investment', only [count]");
  }

  @Test
  void writesBreakdownsWithoutAPortfolioWithIdsAndTheFixedChineseNames() throws IOException {
    Breakdown<Status> byStatus =
        Aggregation.over(portfolio())
            .by(Dimensions.statusOn(LocalDate.of(2023, 12, 31)))
            .measuring(Measures.count())
            .run();
    Breakdown<RegionId> byLocation =
        Aggregation.over(portfolio()).by(Dimensions.location()).measuring(Measures.count()).run();
    ByteArrayOutputStream statuses = new ByteArrayOutputStream();
    ByteArrayOutputStream locations = new ByteArrayOutputStream();

    LedgerWriter.of(MAPPING).writeBreakdown(byStatus, statuses);
    LedgerWriter.of(MAPPING).writeBreakdown(byLocation.top(1, Measures.count()), locations);

    assertThat(cells(statuses.toByteArray()))
        .containsExactly(
            List.of("项目状态", "项目数"),
            List.of("已签约", "1"),
            List.of("在建", "2"),
            List.of("已投产", "1"),
            List.of("合计", "4"));
    assertThat(cells(locations.toByteArray()))
        .containsExactly(
            List.of("建设地点", "项目数"),
            List.of(byLocation.rows().get(0).group().key().orElseThrow().toString(), "2"),
            List.of("其他", "2"),
            List.of("合计", "4"));
  }

  @Test
  void writesProjectsWithEnglishLabelsThatReadBackToTheSameProjects() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    LedgerWriter.of(MAPPING)
        .withLabels(Labels.english(Ledgers.base()))
        .writeProjects(portfolio(), out);

    List<List<String>> rows = cells(out.toByteArray());
    assertThat(rows.get(1).subList(1, 6))
        .containsExactly("风帆储能", "宝清县", "储能", "", "under construction");
    assertThat(rows.get(3).get(5)).isEqualTo("signed");
    assertThat(rows.get(4).get(5)).isEqualTo("in operation");
    LedgerImport back =
        LedgerReader.of(MAPPING, Ledgers.base())
            .readXlsx(new ByteArrayInputStream(out.toByteArray()), "back.xlsx");
    assertThat(back.rejected()).isEmpty();
    assertThat(back.projects()).isEqualTo(portfolio().projects());
  }
}
