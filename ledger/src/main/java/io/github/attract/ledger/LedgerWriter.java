package io.github.attract.ledger;

import io.github.attract.calc.Breakdown;
import io.github.attract.calc.Group;
import io.github.attract.calc.Measure;
import io.github.attract.calc.Pivot;
import io.github.attract.calc.Row;
import io.github.attract.calc.Totals;
import io.github.attract.money.Money;
import io.github.attract.money.MultiCurrencyAmount;
import io.github.attract.money.ReportUnit;
import io.github.attract.portfolio.Labels;
import io.github.attract.portfolio.Portfolio;
import io.github.attract.project.Designation;
import io.github.attract.project.ProgressReport;
import io.github.attract.project.Project;
import io.github.attract.project.Status;
import io.github.attract.project.StatusChange;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * Writes projects, a {@link Breakdown} or a {@link Pivot} to an Excel {@code .xlsx} workbook with
 * names instead of ids and money in a report unit (万元 by default), streaming (POI's SXSSF keeps a
 * window of 100 rows in memory), so a portfolio of any size is written in constant memory.
 *
 * <pre>{@code
 * LedgerWriter writer = LedgerWriter.of(LedgerMapping.forYear(Year.of(2023)).withAsOf(YearMonth.of(2023, 6)));
 * writer.writeProjects(portfolio, Path.of("台账.xlsx"));            // reads back with LedgerReader
 * writer.withLabels(Labels.chinese(portfolio)).writeBreakdown(byIndustry, out); // region, industry names
 * }</pre>
 *
 * <p>Names come from {@link Labels}: ids get the portfolio's names, statuses and key-project levels
 * their fixed names (which {@link LedgerNames} reads back), and the unclassified, "others" and
 * total rows {@link Labels#unclassified()}, {@link Labels#others()} and {@link Labels#total()}. By
 * default projects are written with {@link Labels#chinese(Portfolio)} of the portfolio written, and
 * breakdowns and pivots, which carry no portfolio, with {@link Labels#fixed Labels.fixed(CHINESE)}:
 * pass the portfolio's labels for names instead of ids. A dimension's header is its label if the
 * labels have a name for the dimension's name ({@link Labels#with}), else the ledger's Chinese
 * header (所属行业 for {@code "industry(level 1)"}).
 *
 * <p>Spreadsheet numbers are binary doubles with 15 significant digits: an amount with more
 * significant digits is written as text so that nothing is rounded, and {@link LedgerReader} reads
 * both back exactly. A money total in more than one currency, or in another currency than the
 * mapping's, is written as text ({@code "CNY 10.00 + USD 2.00"}).
 *
 * <p>Immutable and thread-safe.
 */
public final class LedgerWriter {
  private static final int WINDOW = 100;
  private static final int MAX_DIGITS = 15;

  private final LedgerMapping mapping;
  private final ReportUnit unit;
  private final @Nullable Labels labels;

  private LedgerWriter(LedgerMapping mapping, ReportUnit unit, @Nullable Labels labels) {
    this.mapping = mapping;
    this.unit = unit;
    this.labels = labels;
  }

  /**
   * Returns a writer for a ledger of the mapping's year and as-of month, money in the mapping's
   * default unit.
   *
   * @param mapping the mapping; its year names the annual plan and designations written, its as-of
   *     month the status, completed investment and funds in place
   * @return the writer
   */
  public static LedgerWriter of(LedgerMapping mapping) {
    Objects.requireNonNull(mapping, "mapping");
    return new LedgerWriter(mapping, mapping.defaultUnit(), null);
  }

  /**
   * Returns this writer with other labels, for projects, breakdowns and pivots alike.
   *
   * @param labels the labels, e.g. {@code Labels.chinese(portfolio)}, or {@code
   *     Labels.english(portfolio)} for English statuses and levels (read back as well); {@link
   *     Labels#with} adds names of one's own
   * @return the changed writer
   */
  public LedgerWriter withLabels(Labels labels) {
    return new LedgerWriter(mapping, unit, Objects.requireNonNull(labels, "labels"));
  }

  /**
   * Returns this writer with money in another unit.
   *
   * @param unit the unit, e.g. {@link ReportUnit#HUNDRED_MILLION_YUAN}
   * @return the changed writer
   */
  public LedgerWriter withUnit(ReportUnit unit) {
    return new LedgerWriter(mapping, Objects.requireNonNull(unit, "unit"), labels);
  }

  /**
   * Writes a portfolio's projects as a ledger to a file.
   *
   * @param portfolio the portfolio
   * @param file the file, replaced if it exists
   * @throws UncheckedIOException if the file cannot be written
   */
  public void writeProjects(Portfolio portfolio, Path file) {
    Objects.requireNonNull(portfolio, "portfolio");
    Objects.requireNonNull(file, "file");
    try (OutputStream out = Files.newOutputStream(file)) {
      writeProjects(portfolio, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes a portfolio's projects as a ledger, one row a project, with the columns 项目编号, 项目名称,
   * 建设地点, 所属行业, 投资方, 项目状态, 开工时间, 省级重点/市级重点, 总投资, YYYY年计划投资, 累计完成投资, 1-N月完成投资 and 到位资金 (money
   * headers carry the unit). The status is the one on the as-of month's last day, the start date
   * that of the change to 在建, and the key-project levels those of the mapping's year. 总投资 is the
   * original total: the dated revisions of a project's total investment are not written, since a
   * ledger row has no place for their dates.
   *
   * @param portfolio the portfolio
   * @param out where the workbook goes; not closed
   * @throws UncheckedIOException if the stream cannot be written
   */
  public void writeProjects(Portfolio portfolio, OutputStream out) {
    Objects.requireNonNull(portfolio, "portfolio");
    Objects.requireNonNull(out, "out");
    Labels names = labels != null ? labels : Labels.chinese(portfolio);
    YearMonth asOf = mapping.asOf();
    Year year = mapping.year();
    String u = "（" + unitName() + "）";
    List<String> header =
        List.of(
            "项目编号",
            "项目名称",
            "建设地点",
            "所属行业",
            "投资方",
            "项目状态",
            "开工时间",
            "省级重点/市级重点",
            "总投资" + u,
            year + "年计划投资" + u,
            "累计完成投资" + u,
            "1-" + asOf.getMonthValue() + "月完成投资" + u,
            "到位资金" + u);
    write(
        out,
        "台账",
        header,
        (sheet, styles) -> {
          int r = 1;
          for (Project p : portfolio.projects()) {
            org.apache.poi.ss.usermodel.Row row = sheet.createRow(r++);
            text(row, 0, p.id().toString());
            text(row, 1, p.name());
            text(row, 2, names.label(p.location()));
            text(row, 3, names.label(p.industry()));
            text(row, 4, p.investors().stream().map(names::label).collect(Collectors.joining("、")));
            p.statusOn(asOf.atEndOfMonth()).ifPresent(s -> text(row, 5, names.label(s)));
            startDate(p).ifPresent(d -> date(row, 6, d, styles));
            text(
                row,
                7,
                p.designations().stream()
                    .filter(d -> d.year().equals(year))
                    .map(Designation::kind)
                    .map(names::label)
                    .collect(Collectors.joining("、")));
            p.totalInvestment().ifPresent(m -> money(row, 8, m));
            p.annualPlan(year).ifPresent(a -> money(row, 9, a.planned()));
            Optional<ProgressReport> now = p.progressAsOf(asOf);
            if (now.isPresent()) {
              Money cumulative = now.get().completedInvestment();
              Money before = p.completedInvestmentAsOf(YearMonth.of(asOf.getYear() - 1, 12));
              money(row, 10, cumulative);
              money(row, 11, cumulative.minus(before));
              now.get().fundsInPlace().ifPresent(f -> money(row, 12, f));
            }
          }
        });
  }

  /**
   * Writes a breakdown: one row a group (its label from the labels), one column a measure, and the
   * grand total ({@link Labels#total()}, 合计) last.
   *
   * @param breakdown the breakdown
   * @param out where the workbook goes; not closed
   * @throws UncheckedIOException if the stream cannot be written
   */
  public void writeBreakdown(Breakdown<?> breakdown, OutputStream out) {
    Objects.requireNonNull(breakdown, "breakdown");
    Objects.requireNonNull(out, "out");
    Labels names = labels != null ? labels : Labels.fixed(Labels.Language.CHINESE);
    List<String> header = new ArrayList<>();
    header.add(dimension(names, breakdown.dimension()));
    for (Measure<?> m : breakdown.measures()) {
      header.add(measureHeader(m, breakdown.total().get(m)));
    }
    write(
        out,
        "汇总",
        header,
        (sheet, styles) -> {
          int r = 1;
          for (Row<?> row : breakdown.rows()) {
            totals(
                sheet.createRow(r++),
                label(names, row.group()),
                breakdown.measures(),
                row.totals());
          }
          totals(sheet.createRow(r), names.total(), breakdown.measures(), breakdown.total());
        });
  }

  /**
   * Writes a pivot of one measure: one row a row group, one column a column group, row totals in
   * the last column and column totals ({@link Labels#total()}, 合计) in the last row.
   *
   * @param pivot the pivot
   * @param measure the measure shown in the cells, one of the pivot's
   * @param out where the workbook goes; not closed
   * @throws IllegalArgumentException if the pivot has no such measure
   * @throws UncheckedIOException if the stream cannot be written
   */
  public void writePivot(Pivot<?, ?> pivot, Measure<?> measure, OutputStream out) {
    Objects.requireNonNull(pivot, "pivot");
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(out, "out");
    if (!pivot.measures().contains(measure)) {
      throw new IllegalArgumentException(
          "Pivot has no measure '" + measure.name() + "', only " + pivot.measures());
    }
    writeGrid(pivot, measure, out);
  }

  private <R extends Comparable<?>, C extends Comparable<?>> void writeGrid(
      Pivot<R, C> pivot, Measure<?> measure, OutputStream out) {
    Labels names = labels != null ? labels : Labels.fixed(Labels.Language.CHINESE);
    List<String> header = new ArrayList<>();
    header.add(
        dimension(names, pivot.rowDimension())
            + " \\ "
            + dimension(names, pivot.columnDimension())
            + " "
            + measureHeader(measure, pivot.total().get(measure)));
    for (Group<C> c : pivot.columnGroups()) {
      header.add(label(names, c));
    }
    header.add(names.total());
    List<Measure<?>> one = List.of(measure);
    write(
        out,
        "交叉表",
        header,
        (sheet, styles) -> {
          int r = 1;
          for (Group<R> g : pivot.rowGroups()) {
            org.apache.poi.ss.usermodel.Row row = sheet.createRow(r++);
            text(row, 0, label(names, g));
            int j = 1;
            for (Group<C> c : pivot.columnGroups()) {
              value(row, j++, pivot.cell(g, c).get(measure));
            }
            value(row, j, pivot.rowTotal(g).get(measure));
          }
          org.apache.poi.ss.usermodel.Row total = sheet.createRow(r);
          text(total, 0, names.total());
          int j = 1;
          for (Group<C> c : pivot.columnGroups()) {
            value(total, j++, pivot.columnTotal(c).get(measure));
          }
          totals(total, one, pivot.total(), j);
        });
  }

  /** A key group is labelled by its key; the unclassified and "others" groups by their names. */
  private static String label(Labels names, Group<?> group) {
    Optional<?> key = group.key();
    if (key.isPresent()) {
      return names.label(key.get());
    }
    return group.isUnclassified() ? names.unclassified() : names.others();
  }

  /** A dimension's name from the labels, else the ledger's Chinese header of a built-in one. */
  private static String dimension(Labels names, String dimension) {
    Optional<String> own = names.name(dimension);
    if (own.isPresent()) {
      return own.get();
    }
    String head =
        dimension.contains("(") ? dimension.substring(0, dimension.indexOf('(')) : dimension;
    return switch (head) {
      case "industry" -> "所属行业";
      case "location" -> "建设地点";
      case "status", "status-on" -> "项目状态";
      case "designation-kind" -> "重点级别";
      case "source-region", "source-economic-region" -> "来源地区";
      case "start-year" -> "开工年份";
      case "signing-year" -> "签约年份";
      case "chain" -> "产业链";
      case "chain-link" -> "产业链环节";
      default -> dimension;
    };
  }

  private String unitName() {
    return unit.chinesePrefix() + "元";
  }

  private String measureHeader(Measure<?> measure, Object sample) {
    String name =
        switch (measure.name()) {
          case "count" -> "项目数";
          case "total-investment" -> "总投资";
          case "contract-value" -> "签约额";
          case "expected-revenue" -> "预计营业收入";
          case "expected-profit" -> "预计利润";
          case "expected-tax" -> "预计税收";
          case "expected-jobs" -> "预计就业";
          default -> measure.name();
        };
    return sample instanceof MultiCurrencyAmount ? name + "（" + unitName() + "）" : name;
  }

  private void totals(
      org.apache.poi.ss.usermodel.Row row, String label, List<Measure<?>> measures, Totals totals) {
    text(row, 0, label);
    totals(row, measures, totals, 1);
  }

  private void totals(
      org.apache.poi.ss.usermodel.Row row, List<Measure<?>> measures, Totals totals, int first) {
    int j = first;
    for (Measure<?> m : measures) {
      value(row, j++, totals.get(m));
    }
  }

  private void value(org.apache.poi.ss.usermodel.Row row, int j, Object value) {
    if (value instanceof Long n) {
      row.createCell(j).setCellValue(n.doubleValue());
    } else if (value instanceof MultiCurrencyAmount m) {
      if (m.isEmpty()) {
        number(row, j, BigDecimal.ZERO);
      } else if (m.size() == 1 && m.contains(mapping.currency())) {
        money(row, j, m.amount(mapping.currency()));
      } else {
        text(row, j, m.toString());
      }
    } else {
      text(row, j, String.valueOf(value));
    }
  }

  private void money(org.apache.poi.ss.usermodel.Row row, int j, Money money) {
    if (!money.isIn(mapping.currency())) {
      text(row, j, money.toString());
      return;
    }
    number(row, j, unit.amountOf(money));
  }

  private static void number(org.apache.poi.ss.usermodel.Row row, int j, BigDecimal amount) {
    if (amount.precision() > MAX_DIGITS) {
      text(row, j, amount.toPlainString());
    } else {
      // At most 15 significant digits: the nearest double prints back as the same decimal.
      row.createCell(j).setCellValue(amount.doubleValue());
    }
  }

  private static void text(org.apache.poi.ss.usermodel.Row row, int j, String text) {
    if (!text.isEmpty()) {
      row.createCell(j).setCellValue(text);
    }
  }

  private static void date(
      org.apache.poi.ss.usermodel.Row row, int j, LocalDate date, Map<String, CellStyle> styles) {
    Cell cell = row.createCell(j);
    cell.setCellValue(date);
    cell.setCellStyle(styles.get("date"));
  }

  /** The day of the first change to 在建, which a ledger's 开工时间 states. */
  private static Optional<LocalDate> startDate(Project project) {
    for (StatusChange change : project.statusHistory().changes()) {
      if (change.status() == Status.UNDER_CONSTRUCTION) {
        return Optional.of(change.date());
      }
    }
    return Optional.empty();
  }

  private interface Body {
    void write(Sheet sheet, Map<String, CellStyle> styles);
  }

  private static void write(OutputStream out, String name, List<String> header, Body body) {
    SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
    try {
      CellStyle date = workbook.createCellStyle();
      date.setDataFormat(workbook.createDataFormat().getFormat("yyyy.m.d"));
      Sheet sheet = workbook.createSheet(name);
      org.apache.poi.ss.usermodel.Row head = sheet.createRow(0);
      for (int j = 0; j < header.size(); j++) {
        head.createCell(j).setCellValue(header.get(j));
      }
      body.write(sheet, Map.of("date", date));
      workbook.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      try {
        workbook.close();
      } catch (IOException e) {
        // The temporary files are gone either way; the workbook was written or the write threw.
      }
    }
  }
}
