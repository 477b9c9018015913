package io.github.attract.ledgertest;

import io.github.attract.portfolio.Portfolio;
import io.github.attract.taxonomy.Industry;
import io.github.attract.taxonomy.IndustryId;
import io.github.attract.taxonomy.IndustryTaxonomy;
import io.github.attract.taxonomy.Region;
import io.github.attract.taxonomy.RegionHierarchy;
import io.github.attract.taxonomy.RegionId;
import io.github.attract.taxonomy.RegionKind;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A city's base portfolio and small workbooks written cell by cell, for the ledger tests. */
final class Ledgers {
  static final List<String> COUNTIES = List.of("宝清县", "集贤县", "友谊县", "饶河县", "尖山区");
  static final List<String> INDUSTRIES = List.of("煤炭", "电力", "储能", "钢铁", "粮食加工", "新材料", "文旅康养");

  private Ledgers() {}

  /** 双鸭山市 with five counties and districts, and the city's industries (储能 under 电力). */
  static Portfolio base() {
    RegionId city = RegionId.of("sys");
    List<Region> regions =
        List.of(
            Region.of(city, "双鸭山市", RegionKind.CITY),
            Region.of(RegionId.of("baoqing"), "宝清县", RegionKind.COUNTY, city),
            Region.of(RegionId.of("jixian"), "集贤县", RegionKind.COUNTY, city),
            Region.of(RegionId.of("youyi"), "友谊县", RegionKind.COUNTY, city),
            Region.of(RegionId.of("raohe"), "饶河县", RegionKind.COUNTY, city),
            Region.of(RegionId.of("jianshan"), "尖山区", RegionKind.DISTRICT, city));
    IndustryId power = IndustryId.of("electric-power");
    List<Industry> industries =
        List.of(
            Industry.of(IndustryId.of("coal"), "煤炭"),
            Industry.of(power, "电力"),
            Industry.of(IndustryId.of("energy-storage"), "储能", power),
            Industry.of(IndustryId.of("steel"), "钢铁"),
            Industry.of(IndustryId.of("grain"), "粮食加工"),
            Industry.of(IndustryId.of("new-materials"), "新材料"),
            Industry.of(IndustryId.of("tourism-health"), "文旅康养"));
    return Portfolio.builder()
        .regions(RegionHierarchy.of(regions))
        .industries(IndustryTaxonomy.of("city", industries))
        .build();
  }

  /**
   * A workbook of one sheet: each row a list of cells (null for none, a String, a Number, or a
   * LocalDate written as a date serial with a date format), and merged ranges such as "A1:O1".
   */
  static byte[] xlsx(String sheetName, List<List<?>> rows, String... merged) {
    try (Workbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      CellStyle date = workbook.createCellStyle();
      date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
      Sheet sheet = workbook.createSheet(sheetName);
      for (int r = 0; r < rows.size(); r++) {
        List<?> values = rows.get(r);
        if (values == null) {
          continue;
        }
        Row row = sheet.createRow(r);
        for (int j = 0; j < values.size(); j++) {
          Object v = values.get(j);
          if (v == null) {
            continue;
          }
          Cell cell = row.createCell(j);
          if (v instanceof String s) {
            cell.setCellValue(s);
          } else if (v instanceof BigDecimal b) {
            cell.setCellValue(b.doubleValue());
          } else if (v instanceof Number n) {
            cell.setCellValue(n.doubleValue());
          } else if (v instanceof LocalDate d) {
            cell.setCellValue(d);
            cell.setCellStyle(date);
          } else {
            throw new IllegalArgumentException("cell " + v);
          }
        }
      }
      for (String range : merged) {
        sheet.addMergedRegion(CellRangeAddress.valueOf(range));
      }
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
