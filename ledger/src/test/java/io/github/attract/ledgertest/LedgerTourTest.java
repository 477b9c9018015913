package io.github.attract.ledgertest;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.attract.calc.Aggregation;
import io.github.attract.calc.Breakdown;
import io.github.attract.calc.Dimensions;
import io.github.attract.calc.Measures;
import io.github.attract.ledger.LedgerImport;
import io.github.attract.ledger.LedgerMapping;
import io.github.attract.ledger.LedgerReader;
import io.github.attract.ledger.LedgerWriter;
import io.github.attract.portfolio.Labels;
import io.github.attract.portfolio.Portfolio;
import io.github.attract.taxonomy.IndustryId;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's "import a ledger" step, kept compiling and true. */
class LedgerTourTest {
  @Test
  void importsALedgerAndWritesABreakdownBack(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("2023年重点项目台账.xlsx");
    Files.write(
        file,
        Ledgers.xlsx(
            "台账",
            List.of(
                List.of("项目名称", "建设地点", "所属行业", "总投资（万元）", "项目状态", "开工时间"),
                List.of("风帆储能装备制造项目", "宝清县", "储能", 105000, "在建", "2023.4.7"),
                List.of("石墨负极材料项目", "某某县", "新材料", 300000, "在建", "2023年3月"),
                Arrays.asList("合计", null, null, 405000))));
    Portfolio base = Ledgers.base();
    Path report = dir.resolve("by-industry.xlsx");

    // tour:begin
    LedgerMapping mapping = LedgerMapping.forYear(Year.of(2023));
    LedgerImport ledger = LedgerReader.of(mapping, base).read(file);
    ledger.projects(); // one project per good row: 风帆储能装备制造项目
    ledger.rejected(); // 台账!B3 (建设地点) '某某县': unknown region '某某县'
    ledger.skipped(); // 台账!4 total: 合计
    // rows in = accepted + rejected + skipped, always

    Breakdown<IndustryId> byIndustry =
        Aggregation.over(ledger.portfolio())
            .by(Dimensions.industry(1))
            .measuring(Measures.count(), Measures.totalInvestment())
            .run();
    try (OutputStream out = Files.newOutputStream(report)) {
      LedgerWriter.of(mapping)
          .withLabels(Labels.chinese(ledger.portfolio())) // names, not ids
          .writeBreakdown(byIndustry, out); // 所属行业 | 项目数 | 总投资（万元）: 电力 | 1 | 105000
    }
    // tour:end

    assertThat(ledger.projects()).extracting(p -> p.name()).containsExactly("风帆储能装备制造项目");
    assertThat(ledger.rejected().get(0).faults().get(0).toString())
        .isEqualTo("台账!B3 (建设地点) '某某县': unknown region '某某县'");
    assertThat(ledger.skipped().get(0).toString()).isEqualTo("台账!4 total: 合计");
    assertThat(ledger.rowsIn()).isEqualTo(3);
    try (XSSFWorkbook book =
        new XSSFWorkbook(new ByteArrayInputStream(Files.readAllBytes(report)))) {
      var sheet = book.getSheetAt(0);
      assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("总投资（万元）");
      assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("电力");
      assertThat(sheet.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(105000.0);
    }
  }
}
