package io.github.attract.ledgertest;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.attract.calc.Aggregation;
import io.github.attract.calc.Breakdown;
import io.github.attract.calc.Dimensions;
import io.github.attract.calc.Measures;
import io.github.attract.ledger.LedgerImport;
import io.github.attract.ledger.LedgerMapping;
import io.github.attract.ledger.LedgerReader;
import io.github.attract.money.Currencies;
import io.github.attract.money.Money;
import io.github.attract.taxonomy.RegionId;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 100,000-row workbook, written with POI's streaming SXSSF and read through the reader's event
 * path from disk: the reader keeps the projects, never the workbook's cells.
 */
class StreamingLedgerTest {
  private static final int ROWS = 100_000;

  @Test
  void readsAHundredThousandRowsFromAFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("大台账.xlsx");
    BigDecimal expectedTotal = BigDecimal.ZERO;
    long expectedInBaoqing = 0;
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(100);
        OutputStream out = Files.newOutputStream(file)) {
      Sheet sheet = workbook.createSheet("台账");
      Row header = sheet.createRow(0);
      String[] names = {"项目编号", "项目名称", "建设地点", "所属行业", "总投资（万元）", "项目状态"};
      for (int j = 0; j < names.length; j++) {
        header.createCell(j).setCellValue(names[j]);
      }
      for (int i = 1; i <= ROWS; i++) {
        Row row = sheet.createRow(i);
        if (i % 1000 == 0) {
          row.createCell(1).setCellValue("小计");
          continue;
        }
        String county = Ledgers.COUNTIES.get(i % Ledgers.COUNTIES.size());
        BigDecimal total = BigDecimal.valueOf(i % 9_973 + 1, 2).add(BigDecimal.valueOf(i));
        row.createCell(0).setCellValue("P" + i);
        row.createCell(1).setCellValue("项目" + i);
        row.createCell(2).setCellValue(i % 777 == 0 ? "某某县" : county);
        row.createCell(3).setCellValue(Ledgers.INDUSTRIES.get(i % Ledgers.INDUSTRIES.size()));
        row.createCell(4).setCellValue(total.doubleValue());
        row.createCell(5).setCellValue("在建");
        if (i % 777 != 0) {
          expectedTotal = expectedTotal.add(total);
          if (county.equals("宝清县")) {
            expectedInBaoqing++;
          }
        }
      }
      workbook.write(out);
    }

    LedgerImport result =
        LedgerReader.of(LedgerMapping.forYear(Year.of(2023)), Ledgers.base()).read(file);

    int totals = ROWS / 1000;
    int unknown =
        (int)
            java.util.stream.IntStream.rangeClosed(1, ROWS)
                .filter(i -> i % 777 == 0 && i % 1000 != 0)
                .count();
    assertThat(result.rowsIn()).isEqualTo(ROWS);
    assertThat(result.skipped()).hasSize(totals);
    assertThat(result.rejected()).hasSize(unknown);
    assertThat(result.rejected().get(0).toString()).contains("row=778");
    assertThat(result.projects()).hasSize(ROWS - totals - unknown);
    Breakdown<RegionId> byLocation =
        Aggregation.over(result.portfolio())
            .by(Dimensions.location())
            .measuring(Measures.count(), Measures.totalInvestment())
            .run();
    assertThat(byLocation.total().get(Measures.totalInvestment()).amount(Currencies.CNY))
        .isEqualTo(Money.of(Currencies.CNY, expectedTotal.movePointRight(4)));
    assertThat(byLocation.totals(RegionId.of("baoqing")).count()).isEqualTo(expectedInBaoqing);
  }
}
