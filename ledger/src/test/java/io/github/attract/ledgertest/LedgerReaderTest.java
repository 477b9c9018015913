package io.github.attract.ledgertest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.attract.ledger.CellFault;
import io.github.attract.ledger.LedgerColumn;
import io.github.attract.ledger.LedgerFormatException;
import io.github.attract.ledger.LedgerImport;
import io.github.attract.ledger.LedgerMapping;
import io.github.attract.ledger.LedgerReader;
import io.github.attract.ledger.RejectedRow;
import io.github.attract.ledger.SkippedRow;
import io.github.attract.money.Currencies;
import io.github.attract.money.Money;
import io.github.attract.money.ReportUnit;
import io.github.attract.project.AnnualPlan;
import io.github.attract.project.Designation;
import io.github.attract.project.DesignationKind;
import io.github.attract.project.InvestorId;
import io.github.attract.project.ProgressReport;
import io.github.attract.project.Project;
import io.github.attract.project.Status;
import io.github.attract.project.StatusHistory;
import io.github.attract.project.Violation;
import io.github.attract.taxonomy.IndustryId;
import io.github.attract.taxonomy.RegionId;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class LedgerReaderTest {
  private static final LedgerMapping MAPPING = LedgerMapping.forYear(Year.of(2023));
  private static final LedgerReader READER = LedgerReader.of(MAPPING, Ledgers.base());
  private static final List<String> HEADER =
      List.of("项目名称", "建设地点", "所属行业", "总投资（万元）", "项目状态", "开工时间");

  private static LedgerImport xlsx(List<List<?>> rows, String... merged) {
    return READER.readXlsx(new ByteArrayInputStream(Ledgers.xlsx("台账", rows, merged)), "t.xlsx");
  }

  private static LedgerImport csv(String text) {
    return READER.readCsv(new StringReader(text), "台账.csv");
  }

  private static List<?> row(Object... cells) {
    return Arrays.asList(cells);
  }

  private static Money cny(String amount) {
    return Money.of(Currencies.CNY, new BigDecimal(amount));
  }

  @Test
  void readsAGoodRowIntoAProjectOfTheBasePortfolio() {
    LedgerImport result =
        xlsx(List.of(HEADER, row("风帆储能装备制造项目", "宝清县", "储能", 105000, "在建", "2023.4.7")));

    assertThat(result.rowsIn()).isEqualTo(1);
    assertThat(result.isClean()).isTrue();
    Project p = result.projects().get(0);
    assertThat(p.id().toString()).isEqualTo("row-2");
    assertThat(p.name()).isEqualTo("风帆储能装备制造项目");
    assertThat(p.location()).isEqualTo(RegionId.of("baoqing"));
    assertThat(p.industry()).isEqualTo(IndustryId.of("energy-storage"));
    assertThat(p.totalInvestment()).contains(cny("1050000000"));
    assertThat(p.statusHistory())
        .isEqualTo(StatusHistory.empty().then(LocalDate.of(2023, 4, 7), Status.UNDER_CONSTRUCTION));
    assertThat(result.portfolio().projects()).containsExactly(p);
    assertThat(result.asOf()).isEqualTo(YearMonth.of(2023, 12));
  }

  @Test
  void takesTheUnitFromTheHeaderOrTheUnitLineOrTheMapping() {
    List<?> data = row("项目", "宝清县", "煤炭", 10.5);
    assertThat(total(List.of(row("项目名称", "建设地点", "所属行业", "总投资（亿元）"), data)))
        .isEqualTo(cny("1050000000"));
    assertThat(total(List.of(row("项目名称", "建设地点", "所属行业", "总投资(元)"), data))).isEqualTo(cny("10.50"));
    assertThat(
            total(
                List.of(row("2023年项目台账"), row("单位：亿元"), row("项目名称", "建设地点", "所属行业", "总投资"), data)))
        .isEqualTo(cny("1050000000"));
    assertThat(total(List.of(row("项目名称", "建设地点", "所属行业", "总投资"), data))).isEqualTo(cny("105000"));
    LedgerImport yuan =
        LedgerReader.of(MAPPING.withDefaultUnit(ReportUnit.YUAN), Ledgers.base())
            .readCsv(new StringReader("项目名称,建设地点,所属行业,总投资\n项目,宝清县,煤炭,\"1,050.5\"\n"), "c");
    assertThat(yuan.projects().get(0).totalInvestment()).contains(cny("1050.50"));
  }

  @Test
  void readsAmountsWrittenWithTheirUnitAndNumbersToExcelsFifteenDigits() {
    assertThat(
            total(
                List.of(row("项目名称", "建设地点", "所属行业", "总投资（万元）"), row("项目", "宝清县", "煤炭", "10.5亿元"))))
        .isEqualTo(cny("1050000000"));
    // 0.1 + 0.2 is stored as 0.30000000000000004; Excel shows, and the reader takes, 0.3.
    assertThat(
            total(
                List.of(row("项目名称", "建设地点", "所属行业", "总投资（万元）"), row("项目", "宝清县", "煤炭", 0.1 + 0.2))))
        .isEqualTo(cny("3000"));
  }

  private static Money total(List<List<?>> rows) {
    LedgerImport result = xlsx(rows);
    assertThat(result.rejected()).isEmpty();
    return result.projects().get(0).totalInvestment().orElseThrow();
  }

  @Test
  void readsTheDateFormsOfLedgers() {
    List<Object> forms =
        List.of(
            "2023.4.7",
            "2023-04-07",
            "2023/4/7",
            "2023年4月7日",
            "20230407",
            LocalDate.of(2023, 4, 7),
            45023,
            "45023");
    for (Object form : forms) {
      LedgerImport result = xlsx(List.of(HEADER, row("项目", "宝清县", "煤炭", 1, "在建", form)));
      assertThat(result.rejected()).as("%s", form).isEmpty();
      assertThat(result.projects().get(0).statusHistory().changes().get(0).date())
          .as("%s", form)
          .isEqualTo(LocalDate.of(2023, 4, 7));
    }
    LedgerImport month = xlsx(List.of(HEADER, row("项目", "宝清县", "煤炭", 1, "在建", "2023年4月")));
    assertThat(month.projects().get(0).statusHistory().changes().get(0).date())
        .isEqualTo(LocalDate.of(2023, 4, 1));
  }

  @Test
  void skipsAndReportsBlankTotalAndRepeatedHeaderRows() {
    LedgerImport result =
        xlsx(
            Arrays.asList(
                HEADER,
                row("一号项目", "宝清县", "煤炭", 100),
                null,
                row("", "", ""),
                row("小计", null, null, 100),
                HEADER,
                row("二号项目", "集贤县", "电力", 200),
                row("合 计", null, null, 300)));

    assertThat(result.projects()).hasSize(2);
    assertThat(result.skipped())
        .containsExactly(
            new SkippedRow("台账", 3, SkippedRow.Kind.BLANK, ""),
            new SkippedRow("台账", 4, SkippedRow.Kind.BLANK, ""),
            new SkippedRow("台账", 5, SkippedRow.Kind.TOTAL, "小计"),
            new SkippedRow("台账", 6, SkippedRow.Kind.REPEATED_HEADER, "项目名称"),
            new SkippedRow("台账", 8, SkippedRow.Kind.TOTAL, "合 计"));
    assertThat(result.rowsIn()).isEqualTo(7);
  }

  @Test
  void reportsEachFaultWithItsSheetRowColumnAndReason() {
    LedgerImport result =
        xlsx(
            List.of(
                HEADER,
                row("未知县项目", "某某县", "煤炭", 100),
                row("未知行业项目", "宝清县", "航天", 100),
                row("", "宝清县", "煤炭", 100),
                row("金额项目", "宝清县", "煤炭", "约500"),
                row("负数项目", "宝清县", "煤炭", -5),
                row("状态项目", "宝清县", "煤炭", 100, "待定"),
                row("日期项目", "宝清县", "煤炭", 100, "在建", "2023.13.5"),
                row("未来项目", "宝清县", "煤炭", 100, "在建", "2024.3.1"),
                row("序数项目", "宝清县", "煤炭", 100, "在建", 2023.4),
                row("", "", "", "", "待定")));

    assertThat(result.projects()).isEmpty();
    assertThat(result.rejected()).hasSize(10);
    assertThat(result.rejected().stream().map(r -> r.faults().get(0).toString()))
        .containsExactly(
            "台账!B2 (建设地点) '某某县': unknown region '某某县'",
            "台账!C3 (所属行业) '航天': unknown industry '航天'",
            "台账!A4 (项目名称) '': '项目名称' must not be blank",
            "台账!D5 (总投资（万元）) '约500': '总投资（万元）' must be a number of 万元 or an amount such as"
                + " 10.5亿元, but was '约500'",
            "台账!D6 (总投资（万元）) '-5': '总投资（万元）' must not be negative, but was -5",
            "台账!E7 (项目状态) '待定': unknown status '待定'",
            "台账!F8 (开工时间) '2023.13.5': '开工时间' is no day of the calendar: '2023.13.5'",
            "台账!F9 (开工时间) '2024.3.1': '开工时间' 2024-03-01 is after the ledger's as-of day"
                + " 2023-12-31, but the status is '在建'",
            "台账!F10 (开工时间) '2023.4': '开工时间' must be a date such as 2023.4.7 or 2023年4月, or"
                + " an Excel date from 1950 to 2100, but was the number 2023.4",
            "台账!A11 (项目名称) '': '项目名称' must not be blank");
    // Every fault of a row is reported, not only the first.
    assertThat(result.rejected().get(9).faults().stream().map(CellFault::column))
        .containsExactly("A", "B", "C", "E");
    assertThat(result.rejected().get(0).cells()).containsExactly("未知县项目", "某某县", "煤炭", "100");
    assertThat(result.rowsIn()).isEqualTo(10);
  }

  @Test
  void rejectsARowThatBreaksAProjectRuleAndARepeatedId() {
    LedgerImport result =
        csv(
            "项目编号,项目名称,建设地点,所属行业,总投资（万元）,累计完成投资（万元）,到位资金（万元）\n"
                + "P-1,甲,宝清县,煤炭,100,120,\n"
                + "P-2,乙,宝清县,煤炭,100,50,60\n"
                + "P-2,丙,宝清县,煤炭,100,50,\n"
                + "P-3,丁,宝清县,煤炭,100,,40\n");

    // P-1's completed 120 above its total 100 is a cost overrun: kept, with a warning.
    assertThat(result.projects()).extracting(p -> p.id().toString()).containsExactly("P-1", "P-2");
    assertThat(result.projects().get(0).violations())
        .extracting(v -> v.path().orElseThrow())
        .containsExactly("progressReports[2023-12].completedInvestment");
    assertThat(result.warnings())
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.subjectId()).isEqualTo("P-1");
              assertThat(w.rule()).isEqualTo(Violation.Rule.COST_OVERRUN);
              assertThat(w.path()).contains("progressReports[2023-12].completedInvestment");
            });
    assertThat(result.rejected().stream().map(r -> r.row() + " " + r.column() + " " + r.reason()))
        .containsExactly(
            "4 A project id 'P-2' repeats the id of row 3",
            "5 G '到位资金（万元）' needs a completed investment in the same row (1-N月完成投资 or 累计完成投资)");
  }

  @Test
  void everyBrokenProjectRuleOfARowIsAFaultOfItsCell() {
    // 150 planned for the year > 100 in total; 120 funds in place > 100 in total: two rules of
    // the project, two faults, in the columns they come from (F and H); P-2 is fine.
    LedgerImport result =
        csv(
            "项目编号,项目名称,建设地点,所属行业,总投资（万元）,年度计划投资（万元）,累计完成投资（万元）,到位资金（万元）\n"
                + "P-1,甲,宝清县,煤炭,100,150,50,120\n"
                + "P-2,乙,宝清县,煤炭,100,50,50,60\n");
    assertThat(result.projects()).extracting(p -> p.id().toString()).containsExactly("P-2");
    assertThat(result.rejected()).hasSize(1);
    RejectedRow row = result.rejected().get(0);
    assertThat(row.row()).isEqualTo(2);
    assertThat(row.faults()).extracting(CellFault::column).containsExactly("F", "H");
    assertThat(row.faults().get(0).reason())
        .isEqualTo(
            "Project 'P-1' annual plans sum to CNY 1500000.00, more than its 'totalInvestment'"
                + " CNY 1000000.00");
    assertThat(row.faults().get(1).reason())
        .startsWith("Project 'P-1' 'progressReports[2023-12].fundsInPlace' must not exceed");
    assertThat(result.warnings()).isEmpty();
  }

  @Test
  void readsTwoRowHeadersWithMergedGroupCellsAndTheAsOfMonthOfTheHeader() {
    LedgerImport result =
        xlsx(
            Arrays.asList(
                row("双鸭山市2023年重点项目台账"),
                row("项目名称", "建设地点", "所属行业", "投资情况（万元）", null, null, null, null),
                row(null, null, null, "总投资", "年度计划投资", "累计完成投资", "1-6月完成投资", "到位资金"),
                row("项目", "宝清县", "煤炭", 1000, 300, 500, 200, 400)),
            "A1:H1",
            "A2:A3",
            "B2:B3",
            "C2:C3",
            "D2:H2");

    assertThat(result.rejected()).isEmpty();
    assertThat(result.asOf()).isEqualTo(YearMonth.of(2023, 6));
    Project p = result.projects().get(0);
    assertThat(p.annualPlans()).containsExactly(AnnualPlan.of(Year.of(2023), cny("3000000")));
    assertThat(p.progressReports())
        .containsExactly(
            ProgressReport.builder()
                .month(YearMonth.of(2022, 12))
                .completedInvestment(cny("3000000"))
                .build(),
            ProgressReport.builder()
                .month(YearMonth.of(2023, 6))
                .completedInvestment(cny("5000000"))
                .fundsInPlace(cny("4000000"))
                .build());
  }

  @Test
  void readsEnglishHeadersAliasesKeyLevelsAndInvestors() {
    LedgerImport result =
        LedgerReader.of(MAPPING.withAlias(LedgerColumn.LOCATION, "县区"), Ledgers.base())
            .readCsv(
                new StringReader(
                    "\uFEFFProject name,县区,Industry,Total investment (yuan),Status,Start date,"
                        + "Key-project level,Investor,省级重点\n"
                        + "Wind base,宝清县,电力,2000000,in operation,2023-03-01,市级、春季开工,"
                        + "甲公司、乙公司,是\n"),
                "en.csv");

    assertThat(result.rejected()).isEmpty();
    Project p = result.projects().get(0);
    assertThat(p.totalInvestment()).contains(cny("2000000"));
    assertThat(p.statusHistory())
        .isEqualTo(
            StatusHistory.empty()
                .then(LocalDate.of(2023, 3, 1), Status.UNDER_CONSTRUCTION)
                .then(LocalDate.of(2023, 12, 31), Status.IN_OPERATION));
    assertThat(p.designations())
        .containsExactlyInAnyOrder(
            Designation.of(DesignationKind.CITY_KEY, Year.of(2023)),
            Designation.of(DesignationKind.SPRING_START, Year.of(2023)),
            Designation.of(DesignationKind.PROVINCIAL_KEY, Year.of(2023)));
    assertThat(p.investors()).containsExactly(InvestorId.of("甲公司"), InvestorId.of("乙公司"));
    assertThat(result.portfolio().investors())
        .extracting(i -> i.name())
        .containsExactly("甲公司", "乙公司");
  }

  @Test
  void notesAPlannedStartOfAProjectNotYetStarted() {
    LedgerImport result = xlsx(List.of(HEADER, row("项目", "宝清县", "煤炭", 1, "已签约", "2024.5.1")));

    assertThat(result.projects().get(0).statusHistory())
        .isEqualTo(StatusHistory.empty().then(LocalDate.of(2023, 12, 31), Status.SIGNED));
    assertThat(result.notes())
        .extracting(CellFault::toString)
        .containsExactly(
            "台账!F2 (开工时间) '2024.5.1': a start date of a project not started ('已签约') is a plan,"
                + " not kept");
  }

  @Test
  void failsOnAFileWithoutALedgerHeader() {
    assertThatThrownBy(() -> csv("a,b\n1,2\n"))
        .isInstanceOf(LedgerFormatException.class)
        .hasMessage(
            "Ledger '台账.csv' has no header row naming '项目名称' and another column in its first 12 rows");
    assertThatThrownBy(() -> csv("项目名称,总投资\n甲,1\n"))
        .isInstanceOf(LedgerFormatException.class)
        .hasMessage(
            "Ledger '台账.csv' header row 1 has no column for 'LOCATION' (建设地点), but has [项目名称, 总投资]");
  }
}
