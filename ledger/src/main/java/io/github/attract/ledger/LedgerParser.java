package io.github.attract.ledger;

import com.google.common.collect.ImmutableList;
import io.github.attract.money.Money;
import io.github.attract.money.MoneyFormat;
import io.github.attract.money.ReportUnit;
import io.github.attract.portfolio.Portfolio;
import io.github.attract.project.AnnualPlan;
import io.github.attract.project.Designation;
import io.github.attract.project.DesignationKind;
import io.github.attract.project.InvalidProjectException;
import io.github.attract.project.InvestmentRevision;
import io.github.attract.project.Investor;
import io.github.attract.project.InvestorId;
import io.github.attract.project.ProgressReport;
import io.github.attract.project.Project;
import io.github.attract.project.ProjectId;
import io.github.attract.project.Status;
import io.github.attract.project.StatusHistory;
import io.github.attract.project.Violation;
import io.github.attract.taxonomy.Industry;
import io.github.attract.taxonomy.IndustryId;
import io.github.attract.taxonomy.Region;
import io.github.attract.taxonomy.RegionId;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Turns the rows of one sheet, in row order, into a {@link LedgerImport}: finds the header in the
 * first rows, then maps every data row to a project, a rejected row or a skipped row. Holds the
 * accepted projects, never the rows.
 */
final class LedgerParser {
  /** One cell: its text, and whether the text is the exact stored value of a number cell. */
  record Cell(String text, boolean numeric) {
    static final Cell BLANK = new Cell("", false);
  }

  /** Rows searched for the header. */
  private static final int HEADER_SEARCH = 12;

  /** Excel holds numbers as binary doubles and shows 15 significant digits. */
  private static final MathContext EXCEL_DIGITS = new MathContext(15, RoundingMode.HALF_EVEN);

  /** 1950-01-01 and 2100-12-31 as Excel serial days (1900 date system). */
  private static final int FIRST_SERIAL = 18_264;

  private static final int LAST_SERIAL = 73_415;
  private static final LocalDate SERIAL_EPOCH = LocalDate.of(1899, 12, 30);

  private static final Pattern NUMBER = Pattern.compile("^[+-]?(\\d+(\\.\\d*)?|\\.\\d+)$");
  private static final Pattern DAY =
      Pattern.compile("^(\\d{4})\\s*[.\\-/年]\\s*(\\d{1,2})\\s*[.\\-/月]\\s*(\\d{1,2})\\s*日?$");
  private static final Pattern MONTH =
      Pattern.compile("^(\\d{4})\\s*[.\\-/年]\\s*(\\d{1,2})\\s*月?份?$");
  private static final Pattern COMPACT_DAY = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})$");
  private static final Pattern TOTAL =
      Pattern.compile("^(合计|小计|总计|共计|其中|total|subtotal|grandtotal)([:：(（].*|\\d.*)?$");
  private static final Pattern GROUPING = Pattern.compile("[,，\\s\\u3000]");
  private static final Pattern LIST_SEPARATORS = Pattern.compile("[、,，;；/\\n]+");
  private static final Pattern INVESTOR_SEPARATORS = Pattern.compile("[、;；\\n]+");
  private static final Set<String> NONE = Set.of("-", "—", "——", "/", "无", "－");
  private static final Set<String> YES = Set.of("是", "√", "✓", "✔", "y", "yes", "true", "1", "●");
  private static final Set<String> NO = Set.of("否", "不是", "n", "no", "false", "0", "×");

  /** A column of the header. */
  private record Column(
      int index,
      LedgerColumn column,
      String header,
      ReportUnit unit,
      Optional<Year> planYear,
      Optional<Integer> month) {}

  private final LedgerMapping mapping;
  private final Portfolio base;
  private final String sheet;
  private final Map<String, RegionId> regions = new HashMap<>();
  private final Map<String, IndustryId> industries = new HashMap<>();
  private final Map<String, InvestorId> investorsByName = new HashMap<>();
  private final Map<String, Integer> idRows = new HashMap<>();
  private final Map<InvestorId, Investor> newInvestors = new LinkedHashMap<>();

  private final List<List<Cell>> buffer = new ArrayList<>();
  private final List<Integer> bufferRows = new ArrayList<>();
  private @Nullable EnumMap<LedgerColumn, Column> columns;
  private List<String> headerLabels = List.of();
  private YearMonth asOf;
  private int lastRow;

  private final List<Project> projects = new ArrayList<>();
  private final List<RejectedRow> rejected = new ArrayList<>();
  private final List<SkippedRow> skipped = new ArrayList<>();
  private final List<CellFault> notes = new ArrayList<>();
  private int rowsIn;

  LedgerParser(LedgerMapping mapping, Portfolio base, String sheet) {
    this.mapping = mapping;
    this.base = base;
    this.sheet = sheet;
    this.asOf = mapping.asOf();
    for (Region r : base.regions().regions()) {
      index(regions, r.name(), r.id());
      regions.put("id:" + r.id(), r.id());
    }
    for (Industry i : base.industries().industries()) {
      index(industries, i.name(), i.id());
      industries.put("id:" + i.id(), i.id());
    }
    for (Investor i : base.investors()) {
      investorsByName.putIfAbsent(i.name().strip(), i.id());
      investorsByName.putIfAbsent("id:" + i.id(), i.id());
    }
    for (Project p : base.projects()) {
      idRows.put(p.id().toString(), 0);
    }
  }

  /** A name that two entries share resolves to neither (null marks it ambiguous). */
  private static <T> void index(Map<String, T> map, String name, T id) {
    String key = name.strip();
    if (map.containsKey(key) && !id.equals(map.get(key))) {
      map.put(key, null);
    } else {
      map.put(key, id);
    }
  }

  /** Takes the next row; row numbers ascend, and rows not given are blank. */
  void accept(int row, List<Cell> cells) {
    if (columns == null) {
      buffer.add(cells);
      bufferRows.add(row);
      if (buffer.size() >= HEADER_SEARCH) {
        findHeader();
      }
      return;
    }
    data(row, cells);
  }

  LedgerImport finish() {
    if (columns == null) {
      findHeader();
    }
    Portfolio portfolio = base;
    if (!projects.isEmpty()) {
      Portfolio.Builder builder =
          base.toBuilder().addAllInvestors(newInvestors.values()).addAllProjects(projects);
      // Warnings (a cost overrun) are kept with their projects; only errors would be a bug here.
      ImmutableList<Violation> violations =
          builder.violations().stream()
              .filter(Violation::isError)
              .collect(ImmutableList.toImmutableList());
      if (!violations.isEmpty()) {
        // Every reference was resolved and every id checked row by row; this would be a bug.
        throw new IllegalStateException(
            "Ledger '" + sheet + "' gave an invalid portfolio: " + violations);
      }
      portfolio = builder.build();
    }
    return new LedgerImport(
        sheet,
        asOf,
        portfolio,
        ImmutableList.copyOf(projects),
        ImmutableList.copyOf(rejected),
        ImmutableList.copyOf(skipped),
        ImmutableList.copyOf(notes),
        rowsIn);
  }

  // ---- the header ----------------------------------------------------------------------------

  private void findHeader() {
    int best = -1;
    boolean bestTwoRows = false;
    int bestScore = 1;
    for (int i = 0; i < buffer.size(); i++) {
      int single = score(labels(null, buffer.get(i)));
      if (single > bestScore) {
        best = i;
        bestTwoRows = false;
        bestScore = single;
      }
      if (i > 0) {
        int two = score(labels(buffer.get(i - 1), buffer.get(i)));
        if (two > bestScore) {
          best = i;
          bestTwoRows = true;
          bestScore = two;
        }
      }
    }
    if (best < 0) {
      throw new LedgerFormatException(
          "Ledger '"
              + sheet
              + "' has no header row naming '项目名称' and another column in its first "
              + HEADER_SEARCH
              + " rows");
    }
    List<Cell> top = bestTwoRows ? buffer.get(best - 1) : null;
    List<String[]> labels = labels(top, buffer.get(best));
    Optional<ReportUnit> unitLine = Optional.empty();
    for (int i = 0; i < (bestTwoRows ? best - 1 : best) && unitLine.isEmpty(); i++) {
      for (Cell c : buffer.get(i)) {
        String t = c.text().toLowerCase(java.util.Locale.ROOT);
        if (unitLine.isEmpty() && (t.contains("单位") || t.contains("unit"))) {
          unitLine = unit(c.text());
        }
      }
    }
    Optional<ReportUnit> sheetUnit = unitLine;
    EnumMap<LedgerColumn, Column> found = new EnumMap<>(LedgerColumn.class);
    List<String> shown = new ArrayList<>();
    for (int j = 0; j < labels.size(); j++) {
      String label = labels.get(j)[0];
      String group = labels.get(j)[1];
      shown.add(label);
      Optional<LedgerColumn> column = mapping.column(label);
      if (column.isEmpty()) {
        continue;
      }
      Column previous = found.get(column.get());
      if (previous != null) {
        throw new LedgerFormatException(
            "Ledger '"
                + sheet
                + "' columns "
                + letters(previous.index())
                + " '"
                + previous.header()
                + "' and "
                + letters(j)
                + " '"
                + label
                + "' both name '"
                + column.get()
                + "'");
      }
      ReportUnit unit =
          unit(label).or(() -> unit(group)).or(() -> sheetUnit).orElse(mapping.defaultUnit());
      found.put(
          column.get(),
          new Column(
              j,
              column.get(),
              label.strip(),
              unit,
              LedgerMapping.planYear(label),
              LedgerMapping.yearToDateMonth(label)));
    }
    for (LedgerColumn required :
        List.of(LedgerColumn.PROJECT_NAME, LedgerColumn.LOCATION, LedgerColumn.INDUSTRY)) {
      if (!found.containsKey(required)) {
        throw new LedgerFormatException(
            "Ledger '"
                + sheet
                + "' header row "
                + bufferRows.get(best)
                + " has no column for '"
                + required
                + "' ("
                + required.aliases().get(0)
                + "), but has "
                + shown);
      }
    }
    Column ytd = found.get(LedgerColumn.COMPLETED_YEAR_TO_DATE);
    if (ytd != null && ytd.month().isPresent()) {
      int month = ytd.month().get();
      if (month < 1 || month > 12) {
        throw new LedgerFormatException(
            "Ledger '" + sheet + "' header '" + ytd.header() + "' names no month 1-12");
      }
      asOf = YearMonth.of(mapping.year().getValue(), month);
    }
    columns = found;
    headerLabels = shown.stream().map(LedgerColumn::normalize).toList();
    lastRow = bufferRows.get(best);
    List<List<Cell>> rest = new ArrayList<>(buffer.subList(best + 1, buffer.size()));
    List<Integer> restRows = new ArrayList<>(bufferRows.subList(best + 1, bufferRows.size()));
    buffer.clear();
    bufferRows.clear();
    for (int i = 0; i < rest.size(); i++) {
      data(restRows.get(i), rest.get(i));
    }
  }

  /**
   * The label of each column and the text of the group header above it. A merged cell holds its
   * text in its first cell and leaves the others blank, so a group header (a cell merged across
   * columns above sub-headers) is carried right over the blanks under which sub-headers stand, and
   * a header merged down over two rows is the top text where the bottom is blank.
   */
  private static List<String[]> labels(@Nullable List<Cell> top, List<Cell> bottom) {
    int width = Math.max(bottom.size(), top == null ? 0 : top.size());
    List<String[]> labels = new ArrayList<>(width);
    String carry = "";
    for (int j = 0; j < width; j++) {
      String b = text(bottom, j);
      String t = top == null ? "" : text(top, j);
      if (!t.isEmpty()) {
        carry = t;
      } else if (b.isEmpty()) {
        carry = "";
      }
      labels.add(new String[] {b.isEmpty() ? t : b, b.isEmpty() ? "" : carry});
    }
    return labels;
  }

  private int score(List<String[]> labels) {
    Set<LedgerColumn> seen = new LinkedHashSet<>();
    for (String[] label : labels) {
      mapping.column(label[0]).ifPresent(seen::add);
    }
    return seen.contains(LedgerColumn.PROJECT_NAME) ? seen.size() : 0;
  }

  static Optional<ReportUnit> unit(String header) {
    String text = header.toLowerCase(java.util.Locale.ROOT);
    if (text.contains("亿元") || text.contains("hundred million") || text.contains("100 million")) {
      return Optional.of(ReportUnit.HUNDRED_MILLION_YUAN);
    }
    if (text.contains("万元") || text.contains("ten thousand") || text.contains("10k")) {
      return Optional.of(ReportUnit.TEN_THOUSAND_YUAN);
    }
    if (text.contains("元") || text.contains("yuan")) {
      return Optional.of(ReportUnit.YUAN);
    }
    return Optional.empty();
  }

  // ---- data rows -----------------------------------------------------------------------------

  private void data(int row, List<Cell> cells) {
    for (int missing = lastRow + 1; missing < row; missing++) {
      rowsIn++;
      skipped.add(new SkippedRow(sheet, missing, SkippedRow.Kind.BLANK, ""));
    }
    lastRow = row;
    rowsIn++;
    if (cells.stream().allMatch(c -> c.text().isBlank())) {
      skipped.add(new SkippedRow(sheet, row, SkippedRow.Kind.BLANK, ""));
      return;
    }
    Optional<String> total = totalLabel(cells);
    if (total.isPresent()) {
      skipped.add(new SkippedRow(sheet, row, SkippedRow.Kind.TOTAL, total.get()));
      return;
    }
    if (isRepeatedHeader(cells)) {
      skipped.add(new SkippedRow(sheet, row, SkippedRow.Kind.REPEATED_HEADER, text(cells, 0)));
      return;
    }
    new RowMapping(row, cells).map();
  }

  private Optional<String> totalLabel(List<Cell> cells) {
    Set<Integer> where = new LinkedHashSet<>(List.of(0, 1));
    for (LedgerColumn c : List.of(LedgerColumn.PROJECT_ID, LedgerColumn.PROJECT_NAME)) {
      Column column = columns().get(c);
      if (column != null) {
        where.add(column.index());
      }
    }
    for (int j : where) {
      String text = text(cells, j);
      if (TOTAL.matcher(LedgerNames.key(text)).matches()) {
        return Optional.of(text);
      }
    }
    return Optional.empty();
  }

  private boolean isRepeatedHeader(List<Cell> cells) {
    int same = 0;
    for (int j = 0; j < headerLabels.size(); j++) {
      String label = headerLabels.get(j);
      if (!label.isEmpty() && label.equals(LedgerColumn.normalize(text(cells, j)))) {
        same++;
      }
    }
    return same >= 2;
  }

  private EnumMap<LedgerColumn, Column> columns() {
    return java.util.Objects.requireNonNull(columns);
  }

  private static String text(List<Cell> cells, int j) {
    return j < cells.size() ? cells.get(j).text().strip() : "";
  }

  static String letters(int index) {
    StringBuilder s = new StringBuilder();
    for (int n = index + 1; n > 0; n = (n - 1) / 26) {
      s.insert(0, (char) ('A' + (n - 1) % 26));
    }
    return s.toString();
  }

  /** The mapping of one data row; collects every fault before deciding. */
  private final class RowMapping {
    private final int row;
    private final List<Cell> cells;
    private final List<CellFault> faults = new ArrayList<>();

    RowMapping(int row, List<Cell> cells) {
      this.row = row;
      this.cells = cells;
    }

    private @Nullable Column column(LedgerColumn c) {
      return columns().get(c);
    }

    private Cell cell(Column c) {
      return c.index() < cells.size() ? cells.get(c.index()) : Cell.BLANK;
    }

    private String text(@Nullable Column c) {
      return c == null ? "" : cell(c).text().strip();
    }

    private CellFault fault(Column c, String reason) {
      return new CellFault(sheet, row, letters(c.index()), c.header(), text(c), reason);
    }

    private void reject(@Nullable Column c, String reason) {
      faults.add(fault(c == null ? nameColumn() : c, reason));
    }

    private Column nameColumn() {
      return java.util.Objects.requireNonNull(column(LedgerColumn.PROJECT_NAME));
    }

    void map() {
      Column nameColumn = nameColumn();
      String name = text(nameColumn);
      if (name.isEmpty()) {
        reject(nameColumn, "'项目名称' must not be blank");
      }
      ProjectId id = id();
      RegionId location = resolve(LedgerColumn.LOCATION, regions, "region");
      IndustryId industry = resolve(LedgerColumn.INDUSTRY, industries, "industry");
      Optional<Money> total = money(LedgerColumn.TOTAL_INVESTMENT);
      Optional<Money> revised = money(LedgerColumn.REVISED_TOTAL_INVESTMENT);
      if (revised.isPresent() && total.isEmpty()) {
        reject(
            column(LedgerColumn.REVISED_TOTAL_INVESTMENT),
            "'调整总投资' revises '总投资', but the row states no '总投资'");
      }
      Optional<Money> plan = money(LedgerColumn.ANNUAL_PLAN);
      Optional<Money> ytd = money(LedgerColumn.COMPLETED_YEAR_TO_DATE);
      Optional<Money> cumulative = money(LedgerColumn.COMPLETED_CUMULATIVE);
      Optional<Money> funds = money(LedgerColumn.FUNDS_IN_PLACE);
      Optional<Status> status = status();
      Optional<LocalDate> start = date(LedgerColumn.START_DATE);
      List<Designation> designations = designations();
      List<InvestorId> investors = investors();
      StatusHistory history = history(status, start);
      List<ProgressReport> reports = progress(ytd, cumulative, funds);
      if (!faults.isEmpty() || id == null || location == null || industry == null) {
        rejectRow();
        return;
      }
      Project.Builder builder =
          Project.builder()
              .id(id)
              .name(name)
              .location(location)
              .industry(industry)
              .currency(mapping.currency())
              .totalInvestment(total)
              .statusHistory(history)
              .addAllInvestors(investors)
              .addAllDesignations(designations)
              .addAllProgressReports(reports);
      if (revised.isPresent() && total.isPresent() && !revised.get().equals(total.get())) {
        // a ledger dates no revision: it is known by the day the ledger's figures are stated for
        builder.addTotalInvestmentRevision(
            InvestmentRevision.of(asOf.atEndOfMonth(), revised.get()));
      }
      Column planColumn = column(LedgerColumn.ANNUAL_PLAN);
      if (plan.isPresent() && planColumn != null) {
        builder.addAnnualPlan(
            AnnualPlan.of(planColumn.planYear().orElse(mapping.year()), plan.get()));
      }
      Project project;
      try {
        project = builder.build();
      } catch (InvalidProjectException e) {
        // every broken rule of the project is a fault of the cell it comes from
        for (Violation v : e.violations()) {
          reject(blame(v), v.message());
        }
        rejectRow();
        return;
      } catch (IllegalArgumentException e) {
        reject(blame(e.getMessage()), String.valueOf(e.getMessage()));
        rejectRow();
        return;
      }
      idRows.put(id.toString(), row);
      for (InvestorId investor : investors) {
        if (base.investor(investor).isEmpty()) {
          newInvestors.computeIfAbsent(
              investor, i -> Investor.builder().id(i).name(i.toString()).build());
        }
      }
      projects.add(project);
    }

    private void rejectRow() {
      List<String> texts = new ArrayList<>(cells.size());
      for (Cell c : cells) {
        texts.add(c.text());
      }
      rejected.add(RejectedRow.of(sheet, row, faults, texts));
    }

    /** The column a violation of the project is about, by its field path. */
    private @Nullable Column blame(Violation v) {
      String path = v.path().orElse("");
      if (path.startsWith("statusHistory")) {
        Column c = column(LedgerColumn.STATUS);
        return c != null ? c : column(LedgerColumn.START_DATE);
      }
      if (path.equals("name")) {
        return column(LedgerColumn.PROJECT_NAME);
      }
      if (path.startsWith("designations")) {
        Column c = column(LedgerColumn.KEY_LEVEL);
        return c != null ? c : column(LedgerColumn.PROVINCIAL_KEY);
      }
      return blame(path.isEmpty() ? v.message() : path);
    }

    /** The column a construction message (or a field path) is about. */
    private @Nullable Column blame(@Nullable String message) {
      String m = message == null ? "" : message;
      if (m.contains("completedInvestment")) {
        Column c = column(LedgerColumn.COMPLETED_CUMULATIVE);
        return c != null ? c : column(LedgerColumn.COMPLETED_YEAR_TO_DATE);
      }
      if (m.contains("fundsInPlace")) {
        return column(LedgerColumn.FUNDS_IN_PLACE);
      }
      if (m.contains("annual plans") || m.contains("annualPlans")) {
        return column(LedgerColumn.ANNUAL_PLAN);
      }
      if (m.contains("investors") || m.contains("Investor")) {
        return column(LedgerColumn.INVESTOR);
      }
      if (m.contains("totalInvestmentRevisions")) {
        Column c = column(LedgerColumn.REVISED_TOTAL_INVESTMENT);
        return c != null ? c : column(LedgerColumn.TOTAL_INVESTMENT);
      }
      return column(LedgerColumn.TOTAL_INVESTMENT);
    }

    private @Nullable ProjectId id() {
      Column c = column(LedgerColumn.PROJECT_ID);
      String text = text(c);
      String id = text.isEmpty() ? mapping.idPrefix() + row : text;
      ProjectId projectId;
      try {
        projectId = ProjectId.of(id);
      } catch (IllegalArgumentException e) {
        reject(c, String.valueOf(e.getMessage()));
        return null;
      }
      Integer first = idRows.get(id);
      if (first != null) {
        reject(
            c,
            first == 0
                ? "project id '" + id + "' is already in the portfolio"
                : "project id '" + id + "' repeats the id of row " + first);
        return null;
      }
      return projectId;
    }

    private <T> @Nullable T resolve(LedgerColumn which, Map<String, T> known, String kind) {
      Column c = java.util.Objects.requireNonNull(column(which));
      String text = text(c);
      if (text.isEmpty()) {
        reject(c, "'" + c.header() + "' must not be blank");
        return null;
      }
      if (known.containsKey(text) && known.get(text) == null) {
        reject(c, "ambiguous " + kind + " '" + text + "': two " + kind + "s have that name");
        return null;
      }
      T id = known.get(text);
      if (id == null) {
        id = known.get("id:" + text);
      }
      if (id == null) {
        reject(c, "unknown " + kind + " '" + text + "'");
      }
      return id;
    }

    /** The column if the row has a value in it; blank, "-", "/" and "无" are no value. */
    private @Nullable Column filled(LedgerColumn which) {
      Column c = column(which);
      String text = text(c);
      return c == null || text.isEmpty() || NONE.contains(text) ? null : c;
    }

    private Optional<Money> money(LedgerColumn which) {
      Column c = filled(which);
      if (c == null) {
        return Optional.empty();
      }
      Cell cell = cell(c);
      String text = cell.text().strip();
      BigDecimal amount;
      String plain = GROUPING.matcher(text).replaceAll("");
      try {
        if (cell.numeric()) {
          amount = excelNumber(text);
        } else if (NUMBER.matcher(plain).matches()) {
          amount = new BigDecimal(plain);
        } else if (plain.endsWith("元")) {
          Money parsed = MoneyFormat.chinese().parse(plain);
          if (!parsed.isIn(mapping.currency())) {
            reject(
                c, "'" + c.header() + "' must be in " + mapping.currency() + ", but was " + parsed);
            return Optional.empty();
          }
          amount = c.unit().amountOf(parsed);
        } else {
          reject(
              c,
              "'"
                  + c.header()
                  + "' must be a number of "
                  + c.unit().chinesePrefix()
                  + "元 or an amount such as 10.5亿元, but was '"
                  + text
                  + "'");
          return Optional.empty();
        }
      } catch (IllegalArgumentException e) {
        reject(c, "'" + c.header() + "' is no amount of money: " + e.getMessage());
        return Optional.empty();
      }
      if (amount.signum() < 0) {
        reject(c, "'" + c.header() + "' must not be negative, but was " + text);
        return Optional.empty();
      }
      try {
        return Optional.of(c.unit().toMoney(mapping.currency(), amount));
      } catch (IllegalArgumentException e) {
        reject(
            c,
            "'"
                + c.header()
                + "' "
                + text
                + " "
                + c.unit().chinesePrefix()
                + "元 is finer than the currency's minor unit");
        return Optional.empty();
      }
    }

    private Optional<Status> status() {
      Column c = filled(LedgerColumn.STATUS);
      if (c == null) {
        return Optional.empty();
      }
      String text = text(c);
      Optional<Status> status = LedgerNames.status(text);
      if (status.isEmpty()) {
        reject(c, "unknown status '" + text + "'");
      }
      return status;
    }

    private Optional<LocalDate> date(LedgerColumn which) {
      Column c = filled(which);
      if (c == null) {
        return Optional.empty();
      }
      Cell cell = cell(c);
      String text = cell.text().strip();
      try {
        if (cell.numeric()
            || NUMBER.matcher(text).matches() && !COMPACT_DAY.matcher(text).matches()) {
          BigDecimal serial = excelNumber(text);
          if (serial.compareTo(BigDecimal.valueOf(FIRST_SERIAL)) < 0
              || serial.compareTo(BigDecimal.valueOf(LAST_SERIAL + 1)) >= 0) {
            reject(
                c,
                "'"
                    + c.header()
                    + "' must be a date such as 2023.4.7 or 2023年4月, or an Excel date from 1950"
                    + " to 2100, but was the number "
                    + text);
            return Optional.empty();
          }
          return Optional.of(SERIAL_EPOCH.plusDays(serial.longValue()));
        }
        Matcher m = DAY.matcher(text);
        if (!m.matches()) {
          m = COMPACT_DAY.matcher(text);
        }
        if (m.matches()) {
          return Optional.of(
              LocalDate.of(
                  Integer.parseInt(m.group(1)),
                  Integer.parseInt(m.group(2)),
                  Integer.parseInt(m.group(3))));
        }
        m = MONTH.matcher(text);
        if (m.matches()) {
          return Optional.of(
              YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))).atDay(1));
        }
      } catch (DateTimeException e) {
        reject(c, "'" + c.header() + "' is no day of the calendar: '" + text + "'");
        return Optional.empty();
      }
      reject(
          c,
          "'"
              + c.header()
              + "' must be a date such as 2023.4.7, 2023-04-07, 2023年4月 or an Excel date, but was '"
              + text
              + "'");
      return Optional.empty();
    }

    private List<Designation> designations() {
      Set<Designation> found = new LinkedHashSet<>();
      Column level = column(LedgerColumn.KEY_LEVEL);
      String text = text(level);
      if (level != null && !text.isEmpty() && !NONE.contains(text) && !NO.contains(key(text))) {
        for (String part : LIST_SEPARATORS.split(text)) {
          if (part.isBlank()) {
            continue;
          }
          Optional<DesignationKind> kind = LedgerNames.designation(part);
          if (kind.isEmpty()) {
            reject(level, "unknown key-project level '" + part.strip() + "'");
          } else {
            found.add(Designation.of(kind.get(), mapping.year()));
          }
        }
      }
      flag(LedgerColumn.PROVINCIAL_KEY, DesignationKind.PROVINCIAL_KEY, found);
      flag(LedgerColumn.CITY_KEY, DesignationKind.CITY_KEY, found);
      return new ArrayList<>(found);
    }

    private void flag(LedgerColumn which, DesignationKind kind, Set<Designation> found) {
      Column c = column(which);
      String text = key(text(c));
      if (c == null || text.isEmpty() || NONE.contains(text) || NO.contains(text)) {
        return;
      }
      if (YES.contains(text) || LedgerNames.designation(text).equals(Optional.of(kind))) {
        found.add(Designation.of(kind, mapping.year()));
      } else {
        reject(c, "'" + c.header() + "' must be 是 or 否 (or √ or blank), but was '" + text(c) + "'");
      }
    }

    private List<InvestorId> investors() {
      Column c = column(LedgerColumn.INVESTOR);
      String text = text(c);
      List<InvestorId> ids = new ArrayList<>();
      if (c == null || text.isEmpty() || NONE.contains(text)) {
        return ids;
      }
      for (String part : INVESTOR_SEPARATORS.split(text)) {
        String name = part.strip();
        if (name.isEmpty()) {
          continue;
        }
        InvestorId id = investorsByName.get(name);
        if (id == null) {
          id = investorsByName.get("id:" + name);
        }
        if (id == null) {
          try {
            id = InvestorId.of(name);
          } catch (IllegalArgumentException e) {
            reject(c, String.valueOf(e.getMessage()));
            continue;
          }
        }
        if (!ids.contains(id)) {
          ids.add(id);
        }
      }
      return ids;
    }

    private StatusHistory history(Optional<Status> status, Optional<LocalDate> start) {
      LocalDate day = asOf.atEndOfMonth();
      boolean started =
          status.isEmpty()
              || status.get().isAtOrBeyond(Status.UNDER_CONSTRUCTION)
              || status.get() == Status.SUSPENDED
              || status.get() == Status.CANCELLED;
      if (start.isPresent() && started) {
        if (start.get().isAfter(day)) {
          if (status.isEmpty()) {
            note(
                LedgerColumn.START_DATE,
                "a start after the as-of day " + day + " is a plan, not kept");
            return StatusHistory.empty();
          }
          reject(
              column(LedgerColumn.START_DATE),
              "'"
                  + java.util.Objects.requireNonNull(column(LedgerColumn.START_DATE)).header()
                  + "' "
                  + start.get()
                  + " is after the ledger's as-of day "
                  + day
                  + ", but the status is '"
                  + text(column(LedgerColumn.STATUS))
                  + "'");
          return StatusHistory.empty();
        }
        StatusHistory history = StatusHistory.empty().then(start.get(), Status.UNDER_CONSTRUCTION);
        return status.isEmpty() || status.get() == Status.UNDER_CONSTRUCTION
            ? history
            : history.then(day, status.get());
      }
      if (start.isPresent()) {
        note(
            LedgerColumn.START_DATE,
            "a start date of a project not started ('"
                + text(column(LedgerColumn.STATUS))
                + "') is a plan, not kept");
      }
      return status.map(s -> StatusHistory.empty().then(day, s)).orElse(StatusHistory.empty());
    }

    private void note(LedgerColumn which, String reason) {
      Column c = column(which);
      if (c != null) {
        notes.add(fault(c, reason));
      }
    }

    private List<ProgressReport> progress(
        Optional<Money> ytd, Optional<Money> cumulative, Optional<Money> funds) {
      List<ProgressReport> reports = new ArrayList<>();
      Optional<Money> completed = cumulative.or(() -> ytd);
      if (completed.isEmpty()) {
        if (funds.isPresent()) {
          reject(
              column(LedgerColumn.FUNDS_IN_PLACE),
              "'"
                  + java.util.Objects.requireNonNull(column(LedgerColumn.FUNDS_IN_PLACE)).header()
                  + "' needs a completed investment in the same row (1-N月完成投资 or 累计完成投资)");
        }
        return reports;
      }
      if (cumulative.isPresent() && ytd.isPresent()) {
        if (ytd.get().isGreaterThan(cumulative.get())) {
          reject(
              column(LedgerColumn.COMPLETED_YEAR_TO_DATE),
              "'"
                  + java.util.Objects.requireNonNull(column(LedgerColumn.COMPLETED_YEAR_TO_DATE))
                      .header()
                  + "' "
                  + ytd.get()
                  + " is more than '"
                  + java.util.Objects.requireNonNull(column(LedgerColumn.COMPLETED_CUMULATIVE))
                      .header()
                  + "' "
                  + cumulative.get());
          return reports;
        }
        Money before = cumulative.get().minus(ytd.get());
        if (before.isPositive()) {
          reports.add(
              ProgressReport.builder()
                  .month(YearMonth.of(asOf.getYear() - 1, 12))
                  .completedInvestment(before)
                  .build());
        }
      }
      ProgressReport.Builder now =
          ProgressReport.builder().month(asOf).completedInvestment(completed.get());
      funds.ifPresent(now::fundsInPlace);
      reports.add(now.build());
      return reports;
    }
  }

  private static String key(String text) {
    return LedgerNames.key(text);
  }

  /** The exact decimal of a number as a workbook stores it, to Excel's 15 significant digits. */
  static BigDecimal excelNumber(String raw) {
    BigDecimal value = new BigDecimal(raw.strip());
    BigDecimal rounded = value.round(EXCEL_DIGITS);
    BigDecimal stripped = rounded.signum() == 0 ? BigDecimal.ZERO : rounded.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
